import { desc, eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import type { Actor } from '../../../platform/security/actor';
import { findingScopeOf } from '../policies';
import { auditRuns } from '../schema';
import { findingWhere, rows, withFindings } from './findings-store';
import { reviewStates } from './reviews.repository';

/** States in which a finding still asks for work: not yet reviewed, confirmed but not rectified, or disputed. */
const openStates = ['new', 'confirmed', 'disputed'] as const;

/**
 * The findings still open in the reader's scope, counted over the latest succeeded run of each agreement (an
 * earlier run of the same agreement is superseded by the later one, not added to it).
 */
export async function countOpenFindings(db: Database, dataDir: string, actor: Actor): Promise<number> {
  const scope = findingScopeOf(actor);
  if (scope.kind === 'none') return 0;
  const succeeded = await db
    .select({ id: auditRuns.id, agreementId: auditRuns.agreementId })
    .from(auditRuns)
    .where(eq(auditRuns.status, 'succeeded'))
    .orderBy(desc(auditRuns.finishedAt), desc(auditRuns.id));
  const latest = new Map<string, string>();
  for (const run of succeeded) if (!latest.has(run.agreementId)) latest.set(run.agreementId, run.id);
  let open = 0;
  for (const runId of latest.values()) {
    const reviews = await reviewStates(db, runId, scope);
    const where = findingWhere(scope, {});
    const states = openStates.map((s) => `'${s}'`).join(', ');
    const condition = where.sql ? `${where.sql} AND state IN (${states})` : `WHERE state IN (${states})`;
    open += await withFindings(dataDir, runId, reviews, async (connection) => {
      const [counted] = await rows<{ n: string | number }>(
        connection,
        `SELECT count(*)::BIGINT AS n FROM f ${condition}`,
        where.params,
      );
      return Number(counted?.n ?? 0);
    });
  }
  return open;
}
