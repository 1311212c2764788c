import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseArea } from '@gigpact/contracts';
import type { AppContext } from '../../app-context';
import { findLiveSession } from '../../modules/accounts/sessions.repository';
import type { Actor } from '../security/actor';
import { constantTimeEquals, sha256Hex } from '../security/tokens';
import { errors } from './errors';

export const sessionCookieName = 'gigpact_session';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | undefined;
    session: { tokenHash: string; csrfToken: string } | undefined;
  }
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Resolves the session cookie to an actor on every API request, and checks the CSRF token of every state-changing
 * request made with a session (the synchronizer-token pattern: the token lives in the server-side session).
 */
export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('session', undefined);
  app.addHook('preHandler', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[sessionCookieName];
    if (!token || !ctx.readiness.ready) return;
    const found = await findLiveSession(ctx.db, sha256Hex(token), ctx.now());
    if (!found || found.user.disabled) return;
    const area = parseArea(found.user.area);
    if (!area) return;
    request.session = { tokenHash: found.session.tokenHash, csrfToken: found.session.csrfToken };
    request.actor = {
      id: found.user.id,
      username: found.user.username,
      displayName: found.user.displayName,
      role: found.user.role,
      area,
      language: found.user.language,
    };
    const signingIn = request.method === 'POST' && request.routeOptions.url === '/api/session';
    if (!safeMethods.has(request.method) && !signingIn) {
      const sent = request.headers['x-csrf-token'];
      if (typeof sent !== 'string' || !constantTimeEquals(sent, found.session.csrfToken)) {
        throw errors.csrfInvalid();
      }
    }
  });
}

/** The actor of a request that must be signed in. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw errors.unauthenticated();
  return request.actor;
}

export function setSessionCookie(reply: FastifyReply, ctx: AppContext, token: string, expiresAt: Date): void {
  const secure =
    ctx.config.secureCookies === 'always' ||
    (ctx.config.secureCookies === 'auto' && reply.request.protocol === 'https');
  void reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(sessionCookieName, { path: '/' });
}
