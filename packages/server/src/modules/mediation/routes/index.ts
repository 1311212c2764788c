import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { centreRoutes } from './centres.routes';
import { mediationRoutes } from './mediation.routes';

export async function registerMediationRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  for (const routes of [centreRoutes, mediationRoutes]) await app.register(routes(ctx));
}
