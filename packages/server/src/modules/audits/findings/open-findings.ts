import { openFindingStates, type FindingQuery, type FindingState } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import type { Actor } from '../../../platform/security/actor';
import { findingScopeOf } from '../policies';
import { latestFirst, officialRunsWhere } from '../runs/runs.repository';
import { auditRuns, type AuditRunRow } from '../schema';
import {
  findingWhere,
  rows,
  selectFinding,
  sortColumns,
  withFindingsOfRuns,
  type FindingFilter,
  type ListedFinding,
} from './findings-store';
import { reviewStates } from './reviews.repository';

/**
 * The latest official run of each agreement (an earlier one is superseded by it): succeeded and standing as the
 * agreement's official audit (`audit_runs.official`: a stored version over the rows it covers, started for the
 * whole city, with a clause that checked a row). A district officer's run, a command-line audit of an agreement
 * file or with `--ignore-coverage`, and a run whose data no clause could check are studies and never stand for the
 * agreement, however recent.
 */
export async function latestRuns(db: Database, agreementId?: string): Promise<AuditRunRow[]> {
  const official = await db
    .select()
    .from(auditRuns)
    .where(officialRunsWhere(agreementId))
    .orderBy(...latestFirst);
  const latest = new Map<string, AuditRunRow>();
  for (const run of official) if (!latest.has(run.agreementId)) latest.set(run.agreementId, run);
  return [...latest.values()];
}

export type RunFinding = ListedFinding & { run_id: string };

export type AcrossRunsFilter = Omit<FindingFilter, 'state'> & {
  states?: readonly FindingState[] | undefined;
  agreementId?: string | undefined;
};

/**
 * A page of the findings over the latest official run of each agreement, inside the reader's scope (the same
 * scope as a run's own findings), filtered, sorted and paged in DuckDB; ties broken by clause, key and run.
 */
export async function findingsAcrossRuns(
  db: Database,
  dataDir: string,
  actor: Actor,
  query: AcrossRunsFilter & Pick<FindingQuery, 'page' | 'pageSize' | 'sort' | 'order'>,
  /** The latest runs of `query.agreementId` (`latestRuns`), where the caller has read them already. */
  latest?: AuditRunRow[],
): Promise<{ items: RunFinding[]; total: number; runs: AuditRunRow[] }> {
  const scope = findingScopeOf(actor);
  if (scope.kind === 'none') return { items: [], total: 0, runs: [] };
  const runs = latest ?? (await latestRuns(db, query.agreementId));
  const withReviews = await Promise.all(
    runs.map(async (run) => ({ runId: run.id, reviews: await reviewStates(db, run.id, scope) })),
  );
  const where = findingWhere(scope, query);
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  return withFindingsOfRuns(dataDir, withReviews, async (connection) => {
    const [counted] = await rows<{ n: string | number }>(
      connection,
      `SELECT count(*)::BIGINT AS n FROM f ${where.sql}`,
      where.params,
    );
    const total = Number(counted?.n ?? 0);
    const items =
      query.pageSize > 0 && total > 0
        ? await rows<RunFinding>(
            connection,
            `SELECT ${selectFinding}, run_id FROM f ${where.sql}
             ORDER BY ${sortColumns[query.sort]} ${direction} NULLS LAST, clause_id, finding_key, run_id
             LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
            where.params,
          )
        : [];
    return { items, total, runs };
  });
}

/**
 * The findings still open in the reader's scope, counted over the latest official run of each agreement: the
 * total of `GET /api/audits/findings?state=open`.
 */
export async function countOpenFindings(db: Database, dataDir: string, actor: Actor): Promise<number> {
  const counted = await findingsAcrossRuns(db, dataDir, actor, {
    states: openFindingStates,
    page: 1,
    pageSize: 0,
    sort: 'clause',
    order: 'asc',
  });
  return counted.total;
}
