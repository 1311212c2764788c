import { existsSync } from 'node:fs';
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { findingStatesOf, type FindingQuery, type FindingState } from '@gigpact/contracts';
import { sqlString } from '@gigpact/datasets';
import { canonicalDecimal } from '@gigpact/rules';
import { errors } from '../../../platform/http/errors';
import { findingsFile } from '../runs/run-files';
import type { FindingScope } from './findings-scope';

/** A finding as stored in the run's Parquet. */
export interface StoredFinding {
  key: string;
  clause_id: string;
  finding_key: string;
  rule: string;
  liable: string;
  dataset: string;
  evidence: string[];
  amount: string | null;
  computed: string;
  platform: string | null;
  district: string | null;
  franchisee: string | null;
  worker: string | null;
  day: string | null;
  month: string | null;
  /** The districts of its evidence rows, whose officers see it; `district` is the one shown, if it has one. */
  districts: string[];
}

/** The review states of the touched findings of a run (the rest are `new`). */
export type ReviewStates = ReadonlyMap<string, { state: FindingState; version: number }>;

export type FindingFilter = Omit<FindingQuery, 'page' | 'pageSize' | 'sort' | 'order'>;
/** How findings are listed: by which column, ascending or descending. */
export type FindingOrder = Pick<FindingQuery, 'sort' | 'order'>;

/**
 * Opens the run's findings in a fresh in-memory DuckDB as the view `f` (findings joined to their review
 * state), runs `work`, and closes it. A run without stored findings is a 404.
 */
export async function withFindings<T>(
  dataDir: string,
  runId: string,
  reviews: ReviewStates,
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  if (!existsSync(findingsFile(dataDir, runId))) throw errors.notFound();
  return withFindingsOfRuns(dataDir, [{ runId, reviews }], work);
}

/**
 * Opens the findings of several runs in one in-memory DuckDB as the view `f`, each row with its `run_id` and
 * review state, runs `work`, and closes it. Runs without stored findings are left out; `f` is empty (with the
 * columns of a findings file) when none has any.
 */
export async function withFindingsOfRuns<T>(
  dataDir: string,
  runs: readonly { runId: string; reviews: ReviewStates }[],
  work: (connection: DuckDBConnection) => Promise<T>,
): Promise<T> {
  const stored = runs.filter((r) => existsSync(findingsFile(dataDir, r.runId)));
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reviewed = stored.flatMap((r) =>
      [...r.reviews].map(([key, review]) => ({ run: r.runId, key, ...review })),
    );
    await connection.run(
      `CREATE TABLE reviews AS SELECT unnest(from_json($1::JSON, '["VARCHAR"]')) AS run_id,
         unnest(from_json($2::JSON, '["VARCHAR"]')) AS key,
         unnest(from_json($3::JSON, '["VARCHAR"]')) AS state, unnest(from_json($4::JSON, '["INTEGER"]')) AS version`,
      [
        JSON.stringify(reviewed.map((r) => r.run)),
        JSON.stringify(reviewed.map((r) => r.key)),
        JSON.stringify(reviewed.map((r) => r.state)),
        JSON.stringify(reviewed.map((r) => r.version)),
      ],
    );
    const sources = await Promise.all(
      stored.map((r) => findingsOfRunSql(connection, findingsFile(dataDir, r.runId), r.runId)),
    );
    const findings = sources.length
      ? sources.join(' UNION ALL BY NAME ')
      : `SELECT * FROM (${emptyFindings}) e`;
    await connection.run(
      `CREATE VIEW f AS SELECT p.*, coalesce(r.state, 'new') AS state, coalesce(r.version, 1) AS version
       FROM (${findings}) p LEFT JOIN reviews r USING (run_id, key)`,
    );
    return await work(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/**
 * A run's stored findings with their run id. A file written before findings listed the districts of their
 * evidence placed each in the district of its first row, which then stands as its only district.
 */
async function findingsOfRunSql(connection: DuckDBConnection, file: string, runId: string): Promise<string> {
  const source = `read_parquet(${sqlString(file)})`;
  const described = await rows<{ column_name: string }>(connection, `DESCRIBE SELECT * FROM ${source}`, []);
  const districts = described.some((c) => c.column_name === 'districts')
    ? ''
    : `CASE WHEN p.district IS NULL THEN []::VARCHAR[] ELSE [p.district] END AS districts, `;
  return `SELECT p.*, ${districts}${sqlString(runId)} AS run_id FROM ${source} p`;
}

/** No findings, with the columns of a findings file. */
const emptyFindings = `SELECT NULL::VARCHAR AS key, NULL::VARCHAR AS clause_id, NULL::VARCHAR AS finding_key,
  NULL::VARCHAR AS rule, NULL::VARCHAR AS liable, NULL::VARCHAR AS dataset, NULL::VARCHAR[] AS evidence,
  NULL::DECIMAL(18, 2) AS amount, NULL::VARCHAR AS computed, NULL::VARCHAR AS platform, NULL::VARCHAR AS district,
  NULL::VARCHAR AS franchisee, NULL::VARCHAR AS worker, NULL::DATE AS day, NULL::VARCHAR AS month,
  NULL::VARCHAR[] AS districts, NULL::VARCHAR AS run_id WHERE FALSE`;

/** The WHERE clause (with its bound values) of a scope and a filter. */
export function findingWhere(
  scope: FindingScope,
  filter: Partial<FindingFilter> & { states?: readonly FindingState[] | undefined },
): { sql: string; params: DuckDBValue[] } {
  const parts: string[] = [];
  const params: DuckDBValue[] = [];
  const add = (sql: string, value: DuckDBValue) => {
    params.push(value);
    parts.push(sql.replace('?', `$${params.length}`));
  };
  if (scope.kind === 'none') parts.push('FALSE');
  // A district officer sees the findings of work done in their district (`districts`, all evidence rows), and the
  // district filter picks the same: a rider's day worked in two districts is in both.
  if (scope.kind === 'district') add('list_contains(districts, ?)', scope.district);
  if (scope.kind === 'platform') add('platform = ?', scope.platform);
  if (filter.clause) add('clause_id = ?', filter.clause);
  if (filter.platform) add('platform = ?', filter.platform);
  if (filter.district) add('list_contains(districts, ?)', filter.district);
  if (filter.franchisee) add('franchisee = ?', filter.franchisee);
  if (filter.worker) add('worker = ?', filter.worker);
  // A finding of a month (a platform's) lies in the dates when its month meets them.
  const monthStart = `TRY_CAST(month || '-01' AS DATE)`;
  if (filter.from) add(`coalesce(day, last_day(${monthStart})) >= CAST(? AS DATE)`, filter.from);
  if (filter.to) add(`coalesce(day, ${monthStart}) <= CAST(? AS DATE)`, filter.to);
  const states = filter.states ?? findingStatesOf(filter.state);
  if (states) add(`list_contains(from_json(?::JSON, '["VARCHAR"]'), state)`, JSON.stringify(states));
  return { sql: parts.length ? `WHERE ${parts.join(' AND ')}` : '', params };
}

export const sortColumns: Record<FindingQuery['sort'], string> = {
  clause: 'clause_id',
  amount: 'amount',
  day: 'day',
  platform: 'platform',
  district: 'district',
  worker: 'worker',
};

export const selectFinding = `key, clause_id, finding_key, rule, liable, dataset, evidence,
  CAST(amount AS VARCHAR) AS amount, computed, platform, district, franchisee, worker,
  CAST(day AS VARCHAR) AS day, month, districts, state, version`;

export type ListedFinding = StoredFinding & { state: FindingState; version: number };

export async function rows<T>(
  connection: DuckDBConnection,
  sql: string,
  params: DuckDBValue[],
): Promise<T[]> {
  const reader = await connection.run(sql, params);
  return (await reader.getRowObjectsJson()) as T[];
}

/** A page of findings, filtered and sorted in DuckDB; ties broken by clause and key so pages never overlap. */
export async function pageOfFindings(
  connection: DuckDBConnection,
  scope: FindingScope,
  query: FindingQuery,
): Promise<{ items: ListedFinding[]; total: number }> {
  const where = findingWhere(scope, query);
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const [counted] = await rows<{ n: string | number }>(
    connection,
    `SELECT count(*)::BIGINT AS n FROM f ${where.sql}`,
    where.params,
  );
  const items = await rows<ListedFinding>(
    connection,
    `SELECT ${selectFinding} FROM f ${where.sql}
     ORDER BY ${sortColumns[query.sort]} ${direction} NULLS LAST, clause_id, finding_key
     LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    where.params,
  );
  return { items, total: Number(counted?.n ?? 0) };
}

export async function oneFinding(
  connection: DuckDBConnection,
  key: string,
): Promise<ListedFinding | undefined> {
  const [found] = await rows<ListedFinding>(connection, `SELECT ${selectFinding} FROM f WHERE key = $1`, [
    key,
  ]);
  return found;
}

/** Findings and their amount per clause inside a scope. */
export async function clauseTotals(
  connection: DuckDBConnection,
  scope: FindingScope,
): Promise<Map<string, { violations: number; amount: string }>> {
  const where = findingWhere(scope, {});
  const totals = await rows<{ clause_id: string; n: string | number; amount: string }>(
    connection,
    `SELECT clause_id, count(*)::BIGINT AS n, CAST(coalesce(sum(amount), 0) AS VARCHAR) AS amount
     FROM f ${where.sql} GROUP BY clause_id`,
    where.params,
  );
  return new Map(
    totals.map((t) => [t.clause_id, { violations: Number(t.n), amount: canonicalDecimal(t.amount) }]),
  );
}
