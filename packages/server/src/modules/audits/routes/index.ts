import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../../app-context';
import { auditExecutorOf } from '../runs/executor';
import { auditFindingRoutes } from './findings.routes';
import { auditRunRoutes } from './runs.routes';

/**
 * Registers the audit routes. The executor that runs queued audits lives as long as the application: closing it
 * interrupts the run in progress, which stays `running` and is resumed by the next start (`resumeAuditRuns`).
 */
export async function registerAuditRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  await app.register(auditRunRoutes(ctx));
  await app.register(auditFindingRoutes(ctx));
  app.addHook('onClose', async () => {
    await auditExecutorOf(ctx).stop();
  });
}

/**
 * Takes up the runs left queued, or running under an expired lease, and keeps looking for runs whose process
 * stopped; called once the database is ready.
 */
export function resumeAuditRuns(ctx: AppContext): Promise<number> {
  const executor = auditExecutorOf(ctx);
  executor.watchUnfinished();
  return executor.resume();
}
