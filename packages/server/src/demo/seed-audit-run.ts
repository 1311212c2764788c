import { inArray } from 'drizzle-orm';
import type { Database } from '../platform/db/client';
import type { Actor } from '../platform/security/actor';
import { startAuditRun } from '../modules/audits/commands/start-run';
import { datasets } from '../modules/datasets/schema';

/** The shipped agreement the demo audits, and the last day of the demo's simulated weeks. */
const demoAudit = { agreementId: 'eleme-shanghai-2025', asOf: '2025-05-18' };

/**
 * Queues one audit of the Ele.me agreement over the demo's delivery orders and weather alerts, so the audit,
 * dashboard and scorecard pages have findings to show. The server's executor runs it after start-up, as it runs
 * any queued run.
 */
export async function queueDemoAuditRun(db: Database, author: Actor, today: string): Promise<void> {
  const stored = await db
    .select({ id: datasets.id })
    .from(datasets)
    .where(inArray(datasets.kind, ['delivery_orders', 'weather_alerts']));
  if (stored.length === 0) return;
  await startAuditRun(
    db,
    author,
    { agreementId: demoAudit.agreementId, datasetIds: stored.map((d) => d.id), asOf: demoAudit.asOf },
    today,
  );
}
