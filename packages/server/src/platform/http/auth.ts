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
 * Whether an API route answers without an account: the health check, the API's description, the regions, signing
 * in, and the public pages' data (`/api/public/…`). Every other route refuses a request without a session.
 */
export function isOpenRoute(method: string, url: string): boolean {
  return (
    url === '/api/health' ||
    url === '/api/docs' ||
    url.startsWith('/api/docs/') ||
    url === '/api/regions' ||
    url.startsWith('/api/public/') ||
    (url === '/api/session' && method === 'POST')
  );
}

/**
 * Resolves the session cookie to an actor on every API request, refuses a request without one to every route that
 * is not open (`isOpenRoute`), and checks the CSRF token of every state-changing request made with a session (the
 * synchronizer-token pattern: the token lives in the server-side session). It runs as the request arrives, before
 * its body is read or checked: a request without an account learns nothing of what the route expects, and an
 * upload without one is not read at all.
 */
export function installAuthentication(app: FastifyInstance, ctx: AppContext): void {
  app.decorateRequest('actor', undefined);
  app.decorateRequest('session', undefined);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/') || !ctx.readiness.ready) return;
    const route = request.routeOptions.url;
    // An unknown route is answered as one (404), whoever asks.
    const open = route === undefined || isOpenRoute(request.method, route);
    const token = request.cookies[sessionCookieName];
    const found = token ? await findLiveSession(ctx.db, sha256Hex(token), ctx.now()) : undefined;
    const area = found && !found.user.disabled ? parseArea(found.user.area) : undefined;
    if (!found || !area) {
      if (!open) throw errors.unauthenticated();
      return;
    }
    request.session = { tokenHash: found.session.tokenHash, csrfToken: found.session.csrfToken };
    request.actor = {
      id: found.user.id,
      username: found.user.username,
      displayName: found.user.displayName,
      role: found.user.role,
      area,
      language: found.user.language,
    };
    const signingIn = request.method === 'POST' && route === '/api/session';
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
