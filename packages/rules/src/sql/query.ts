import type { RulePlan } from '../compile/plan';
import { blockTimeline, buildBlockCtes } from './block-query';
import { buildRowCtes } from './row-query';
import type { SqlDialect } from './dialect';
import {
  buildGroupCtes,
  groupClusterKey,
  rollsUpFrom,
  sharesTimeline,
  type TimelineShare,
} from './group-query';
import { QueryContext, type QueryMode } from './query-context';
import { alertLevelSql, derivedAlertColumn } from '../weather/alerts';

export interface FindingsQuery {
  readonly sql: string;
  readonly params: readonly (string | boolean | null)[];
}

/**
 * Extra inputs of a query: the weather-alerts table when orders take their alert level from it, whether
 * worker timelines are sorted by worker id as well as by its hash (see `CompileOptions.exactWorkerOrder`), and
 * in how many parts they are streamed (`CompileOptions.timelineParts`).
 */
export interface QueryInputs {
  weatherAlertsTable?: string;
  exactWorkerOrder?: boolean;
  timelineParts?: number;
}

type QueryBuilder = (
  plans: readonly RulePlan[],
  dialect: SqlDialect,
  table: string,
  asOf: string,
  inputs?: QueryInputs,
) => FindingsQuery;

const builderFor =
  (mode: QueryMode): QueryBuilder =>
  (plans, dialect, table, asOf, inputs = {}) =>
    buildQuery(
      plans,
      new QueryContext(dialect, asOf, mode, inputs.exactWorkerOrder, inputs.timelineParts),
      table,
      inputs,
    );

/**
 * One statement that checks every applicable clause over one dataset and returns their findings as rows of
 * (clause_id, finding_key, evidence, amount, computed). Row clauses share one scan (`row_hits`); each group
 * and block clause adds its CTEs over the same source.
 */
export const buildFindingsQuery = builderFor('findings');

/**
 * The companion statement: per clause, how many rows (groups, for group clauses) were in scope, how many were
 * unchecked because a needed value was empty, and how many were findings — the clause summary of an audit.
 */
export const buildSummaryQuery = builderFor('summary');

/**
 * Both at once, for an engine that stores a CTE read twice (DuckDB): every verdict is evaluated once, and each
 * clause's findings and its summary are read from the same stored rows or groups. Rows have the findings'
 * columns, then in_scope, unchecked and findings; a finding's counts are empty, a summary row's finding
 * columns are (its in_scope never is).
 */
export const buildAuditQuery = builderFor('both');

function buildQuery(
  plans: readonly RulePlan[],
  ctx: QueryContext,
  table: string,
  inputs: QueryInputs,
): FindingsQuery {
  const first = plans[0];
  if (!first) throw new Error('no clauses to compile');
  const dialect = ctx.dialect;
  const q = (name: string) => dialect.quote(name);
  const alertLevel = inputs.weatherAlertsTable
    ? `, ${alertLevelSql(q, inputs.weatherAlertsTable)} AS ${q(derivedAlertColumn)}`
    : '';
  const ctes = [
    `src AS ${dialect.inlinedCte}(SELECT *, ${dialect.concat(first.rowKeyColumns.map(q))} AS __id, ${dialect.truncate('day', q(first.dayColumn))} AS __day${alertLevel} FROM ${q(table)} o)`,
  ];
  const selects: string[] = [];

  const rowPlans = plans.filter((p) => p.shape === 'row');
  if (rowPlans.length > 0) {
    const built = buildRowCtes(ctx, rowPlans);
    ctes.push(...built.ctes);
    selects.push(...built.selects);
  }

  if (plans.some((p) => p.group?.completeWeeks)) {
    const week = dialect.truncate('week', '__d');
    ctes.push(
      `__weeks AS (SELECT ${week} AS __week FROM (SELECT DISTINCT __day AS __d FROM src) d GROUP BY ${week} HAVING COUNT(*) = 7)`,
    );
  }
  const clusters = new Map<string, RulePlan[]>();
  for (const plan of plans.filter((p) => p.shape === 'group'))
    clusters.set(groupClusterKey(plan), [...(clusters.get(groupClusterKey(plan)) ?? []), plan]);
  const blockPlans = plans.filter((p) => p.shape === 'blocks');
  // A group per worker and day reads its working time from a block clause's pass over the same worker and
  // start, instead of sorting its rows again (one group per block clause); it comes after that pass.
  const shares = new Map<number, TimelineShare>();
  const groupsAfterBlocks: (() => string[])[] = [];
  // A group per worker and week whose rows are another group's per worker and day is aggregated from those
  // days (see `rollsUpFrom`), after them.
  const groupList = [...clusters.values()];
  const fromDays = new Map<number, number>();
  groupList.forEach((weeks, i) => {
    const j = groupList.findIndex((days, k) => k !== i && rollsUpFrom(weeks, days, dialect));
    if (j >= 0) fromDays.set(i, j);
  });
  const feedsWeeks = new Set(fromDays.values());
  const groupsAfterDays: string[] = [];
  groupList.forEach((cluster, i) => {
    const days = fromDays.get(i);
    const b =
      days !== undefined
        ? -1
        : blockPlans.findIndex((block, k) => !shares.has(k) && sharesTimeline(cluster, block, dialect));
    const timeline = b < 0 ? undefined : blockTimeline(b);
    const built = buildGroupCtes(ctx, cluster, i, {
      timeline,
      fromDays: days === undefined ? undefined : `g${days}`,
      feedsWeeks: feedsWeeks.has(i),
    });
    if (built.share) shares.set(b, built.share);
    const own = built.ctes;
    if (timeline) groupsAfterBlocks.push(() => [...own, ...built.afterTimeline()]);
    else if (days !== undefined) groupsAfterDays.push(...own);
    else ctes.push(...own);
    selects.push(...built.selects);
  });
  blockPlans.forEach((plan, i) => {
    const built = buildBlockCtes(ctx, plan, i, shares.get(i));
    ctes.push(...built.ctes);
    selects.push(built.select);
  });
  for (const group of groupsAfterBlocks) ctes.push(...group());
  ctes.push(...groupsAfterDays);
  ctes.push(...ctx.passes);

  const order = ctx.mode === 'summary' ? 'clause_id' : 'clause_id, finding_key';
  // The union is ordered as a whole (ClickHouse would otherwise order only its last SELECT).
  const sql = `WITH ${ctes.join(',\n')}\nSELECT * FROM (\n${selects.join('\nUNION ALL\n')}\n) __all ORDER BY ${order}`;
  return { sql, params: ctx.bindings.values };
}
