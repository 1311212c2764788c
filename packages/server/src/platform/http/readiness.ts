import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { errors } from './errors';

/** Until migrations are applied, every API call but the health check answers 503 NOT_READY. */
export function installReadinessGate(app: FastifyInstance, ctx: AppContext): void {
  app.addHook('onRequest', async (request) => {
    if (ctx.readiness.ready || !request.url.startsWith('/api/') || request.url.startsWith('/api/health'))
      return;
    if (request.url.startsWith('/api/docs')) return;
    throw errors.notReady();
  });
}
