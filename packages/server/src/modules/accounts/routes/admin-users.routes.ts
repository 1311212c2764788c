import {
  createUserRequest,
  pageQuery,
  passwordResetRequest,
  updateUserRequest,
  userSummary,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { checkAreaForRole } from '../area-rules';
import { createUser } from '../commands/createUser';
import { resetPassword } from '../commands/setPassword';
import { isLocked } from '../commands/signIn';
import { accountPolicies } from '../policies';
import { presentUserSummary } from '../presenters';
import { deleteSessionsOfUser } from '../sessions.repository';
import { clearLockout, findUserById, listUsers, updateUser } from '../users.repository';

const tags = ['admin'];

export function adminUserRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/users',
      {
        schema: {
          tags,
          summary: '账户列表 / accounts',
          querystring: pageQuery.extend({ q: z.string().trim().max(64).optional() }),
          response: { 200: z.object({ items: z.array(userSummary), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.listUsers);
        const { page, pageSize, q } = request.query;
        const result = await listUsers(ctx.db, { page, pageSize, query: q });
        await audit(ctx, request, 'user.list', 'users', {
          page,
          pageSize,
          q: q ?? null,
          rows: result.items.length,
        });
        const now = ctx.now();
        return { items: result.items.map((user) => presentUserSummary(user, now)), total: result.total };
      },
    );

    app.post(
      '/api/admin/users',
      {
        schema: {
          tags,
          summary: '新建账户 / create an account',
          body: createUserRequest,
          response: { 201: userSummary },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.createUser);
        const user = await createUser(ctx.db, request.body);
        await audit(ctx, request, 'user.create', `user:${user.username}`, {
          role: user.role,
          area: user.area,
        });
        return reply.status(201).send(presentUserSummary(user, ctx.now()));
      },
    );

    app.patch(
      '/api/admin/users/:id',
      {
        schema: {
          tags,
          summary: '修改账户 / change an account',
          params: z.object({ id: z.uuid() }),
          body: updateUserRequest,
          response: { 200: userSummary },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.updateUser);
        const existing = await findUserById(ctx.db, request.params.id);
        if (!existing) throw errors.notFound({ zh: '该账户', en: 'The account' });
        const patch = request.body;
        const role = patch.role ?? existing.role;
        const area = patch.area ?? existing.area;
        if (patch.role || patch.area) {
          const checked = checkAreaForRole(role, area);
          if ('issues' in checked) throw errors.validation(checked.issues);
        }
        if (existing.id === actor.id && (patch.disabled || (patch.role && patch.role !== existing.role))) {
          throw errors.conflict({
            zh: '不能停用自己的账户或更改自己的角色',
            en: 'You cannot disable your own account or change your own role',
          });
        }
        const updated = await updateUser(ctx.db, existing.id, patch);
        if (!updated) throw errors.notFound({ zh: '该账户', en: 'The account' });
        if (patch.disabled || patch.role || patch.area) await deleteSessionsOfUser(ctx.db, existing.id);
        await audit(ctx, request, 'user.update', `user:${updated.username}`, { changes: Object.keys(patch) });
        return presentUserSummary(updated, ctx.now());
      },
    );

    app.put(
      '/api/admin/users/:id/password',
      {
        schema: {
          tags,
          summary:
            '重置密码（结束其会话、解除锁定） / reset a password (ends their sessions, lifts a lockout)',
          params: z.object({ id: z.uuid() }),
          body: passwordResetRequest,
          response: { 200: userSummary },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.resetPassword);
        const existing = await findUserById(ctx.db, request.params.id);
        if (!existing) throw errors.notFound({ zh: '该账户', en: 'The account' });
        if (existing.id === actor.id) {
          throw errors.conflict({
            zh: '不能在这里重置自己的密码，请使用“修改密码”（需要输入当前密码）',
            en: 'You cannot reset your own password here: use Change password, which asks for the current one',
          });
        }
        const now = ctx.now();
        const updated = await resetPassword(ctx.db, existing, request.body.newPassword);
        await audit(ctx, request, 'user.password_reset', `user:${updated.username}`, {
          sessionsEnded: true,
          wasLocked: isLocked(existing, now),
        });
        return presentUserSummary(updated, now);
      },
    );

    app.post(
      '/api/admin/users/:id/unlock',
      {
        schema: {
          tags,
          summary: '解除登录锁定 / lift a sign-in lockout',
          params: z.object({ id: z.uuid() }),
          response: { 200: userSummary },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.unlockUser);
        const existing = await findUserById(ctx.db, request.params.id);
        if (!existing) throw errors.notFound({ zh: '该账户', en: 'The account' });
        const now = ctx.now();
        const updated = await clearLockout(ctx.db, existing.id);
        if (!updated) throw errors.notFound({ zh: '该账户', en: 'The account' });
        await audit(ctx, request, 'user.unlock', `user:${updated.username}`, {
          wasLocked: isLocked(existing, now),
        });
        return presentUserSummary(updated, now);
      },
    );
  };
}
