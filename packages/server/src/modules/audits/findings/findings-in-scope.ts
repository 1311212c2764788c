import type { AuditRunRow } from '../schema';
import type { FindingScope } from './findings-scope';
import { findingWhere, rows, withFindingsOfRuns } from './findings-store';

/**
 * How many findings of each finished run lie inside the reader's scope: all of them for the city's readers,
 * their district's or their platform's for the others (as their findings list counts them). Runs that have not
 * succeeded have none yet and are left out.
 */
export async function findingsInScopeOfRuns(
  dataDir: string,
  runs: readonly AuditRunRow[],
  scope: FindingScope,
): Promise<Map<string, number>> {
  const finished = runs.filter((r) => r.findingsCount !== null);
  if (scope.kind === 'all') return new Map(finished.map((r) => [r.id, r.findingsCount!]));
  const counts = new Map(finished.map((r) => [r.id, 0]));
  if (scope.kind === 'none' || finished.length === 0) return counts;
  const where = findingWhere(scope, {});
  const counted = await withFindingsOfRuns(
    dataDir,
    finished.map((r) => ({ runId: r.id, reviews: new Map() })),
    (connection) =>
      rows<{ run_id: string; n: number | string }>(
        connection,
        `SELECT run_id, count(*) AS n FROM f ${where.sql} GROUP BY run_id`,
        where.params,
      ),
  );
  for (const { run_id, n } of counted) counts.set(run_id, Number(n));
  return counts;
}
