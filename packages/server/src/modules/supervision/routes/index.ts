import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { campaignRoutes } from './campaigns.routes';
import { letterRoutes } from './letters.routes';

export async function registerSupervisionRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  for (const routes of [letterRoutes, campaignRoutes]) await app.register(routes(ctx));
}
