import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { coverageRoutes } from './coverage.routes';
import { enterpriseRoutes } from './enterprises.routes';
import { importRoutes } from './imports.routes';
import { mapRoutes } from './map.routes';
import { memberRoutes } from './members.routes';
import { organisationRoutes } from './organisations.routes';
import { platformRoutes } from './platforms.routes';

export async function registerRegistryRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  for (const routes of [
    platformRoutes,
    enterpriseRoutes,
    organisationRoutes,
    coverageRoutes,
    importRoutes,
    memberRoutes,
    mapRoutes,
  ]) {
    await app.register(routes(ctx));
  }
}
