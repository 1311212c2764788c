import {
  errorCatalogue,
  loginRequest,
  passwordChangeRequest,
  preferencesRequest,
  sessionResponse,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { clearSessionCookie, requireActor, setSessionCookie } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { recordAudit } from '../../audit-log/audit-log.repository';
import { changeFailureReason, changeOwnPassword } from '../commands/changePassword';
import { lockoutPolicy, signIn, signInError } from '../commands/signIn';
import { accountPolicies } from '../policies';
import { UnknownNameFailures } from '../unknown-names';
import { presentSessionUser } from '../presenters';
import { deleteSession } from '../sessions.repository';
import { findUserById, updateUser } from '../users.repository';

const tags = ['session'];

const rateLimited = () => ({
  statusCode: 429,
  code: 'RATE_LIMITED',
  message: errorCatalogue.RATE_LIMITED.en,
});

export function sessionRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  const unknownNames = new UnknownNameFailures(lockoutPolicy);
  return async (app) => {
    app.get(
      '/api/session',
      { schema: { tags, summary: '当前会话 / the signed-in user', response: { 200: sessionResponse } } },
      async (request) => {
        const actor = requireActor(request);
        const user = await findUserById(ctx.db, actor.id);
        if (!user || !request.session) throw errors.unauthenticated();
        return { user: presentSessionUser(user), csrfToken: request.session.csrfToken };
      },
    );

    app.post(
      '/api/session',
      {
        schema: { tags, summary: '登录 / sign in', body: loginRequest, response: { 200: sessionResponse } },
        config: {
          rateLimit: { max: 10, timeWindow: '1 minute', errorResponseBuilder: rateLimited },
        },
      },
      async (request, reply) => {
        const outcome = await signIn(
          ctx.db,
          {
            ...request.body,
            ip: request.ip,
            userAgent: request.headers['user-agent'],
            sessionHours: ctx.config.sessionHours,
            now: ctx.now(),
          },
          unknownNames,
        );
        if (!outcome.ok) {
          await recordAudit(ctx.db, {
            actorId: outcome.user?.id ?? null,
            actorUsername: request.body.username,
            action: 'session.login_failed',
            subject: `user:${request.body.username}`,
            ip: request.ip,
            requestId: request.id,
            details: { reason: outcome.reason },
          });
          throw signInError(outcome.reason);
        }
        await recordAudit(ctx.db, {
          actorId: outcome.user.id,
          actorUsername: outcome.user.username,
          action: 'session.login',
          subject: `user:${outcome.user.username}`,
          ip: request.ip,
          requestId: request.id,
        });
        setSessionCookie(reply, ctx, outcome.token, outcome.expiresAt);
        return { user: presentSessionUser(outcome.user), csrfToken: outcome.csrfToken };
      },
    );

    app.delete(
      '/api/session',
      { schema: { tags, summary: '退出登录 / sign out', response: { 204: z.null() } } },
      async (request, reply) => {
        const actor = requireActor(request);
        if (request.session) await deleteSession(ctx.db, request.session.tokenHash);
        await audit(ctx, request, 'session.logout', `user:${actor.username}`);
        clearSessionCookie(reply);
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/session/password',
      {
        schema: {
          tags,
          summary: '修改本人密码（结束本人的其他会话） / change my password (ends my other sessions)',
          body: passwordChangeRequest,
          response: { 204: z.null() },
        },
        config: {
          // Each try checks a password (Argon2): a user, not an address, gets ten a quarter of an hour.
          rateLimit: {
            max: 10,
            timeWindow: '15 minutes',
            keyGenerator: (request) => request.actor?.id ?? request.ip,
            errorResponseBuilder: rateLimited,
          },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.changeOwnPassword);
        if (!request.session) throw errors.unauthenticated();
        const subject = `user:${actor.username}`;
        try {
          await changeOwnPassword(ctx.db, {
            userId: actor.id,
            currentPassword: request.body.currentPassword,
            newPassword: request.body.newPassword,
            sessionTokenHash: request.session.tokenHash,
            now: ctx.now(),
          });
        } catch (error) {
          // A wrong current password, or a lockout, is logged as a failed sign-in is; a too-short new one is not.
          const reason = changeFailureReason(error);
          if (reason) await audit(ctx, request, 'user.password_change_failed', subject, { reason });
          throw error;
        }
        await audit(ctx, request, 'user.password_change', subject, { otherSessionsEnded: true });
        return reply.status(204).send(null);
      },
    );

    app.put(
      '/api/session/preferences',
      {
        schema: {
          tags,
          summary: '界面语言 / interface language',
          body: preferencesRequest,
          response: { 200: sessionResponse },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const user = await updateUser(ctx.db, actor.id, { language: request.body.language });
        if (!user || !request.session) throw errors.unauthenticated();
        return { user: presentSessionUser(user), csrfToken: request.session.csrfToken };
      },
    );
  };
}
