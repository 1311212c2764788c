import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { analysisRoutes } from './analysis.routes';
import { sandboxRoutes } from './sandbox.routes';
import { scorecardRoutes } from './scorecards.routes';

/** Governance: evaluation, inference, the negotiation sandbox and the scorecards. */
export async function registerGovernanceRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(analysisRoutes(ctx));
  await app.register(sandboxRoutes(ctx));
  await app.register(scorecardRoutes(ctx));
}
