import { rowFactNodes } from '../compile/facts';
import type { RulePlan } from '../compile/plan';
import type { QueryContext } from './query-context';

/**
 * Row clauses share one scan of the source: each row gets one status per clause (empty when out of the
 * clause's scope, else 0 unchecked, 1 fine, 2 finding), every verdict evaluated once.
 *  - findings: only the rows some clause flags are kept (`row_hits`, computed once), and each clause's
 *    findings are read from them;
 *  - summary: one aggregate row counts every clause's statuses (`row_counts`), read once per clause;
 *  - both, where rows are structs (DuckDB): one pass groups the rows by their statuses (`row_pass`), each
 *    group with its size and the list of its flagged rows; the findings spread those lists back into rows
 *    and columns (`row_hits`), and the counts add up the groups' sizes. The verdicts are evaluated once over
 *    one scan; elsewhere the flagged rows and the counts are two scans.
 */
export function buildRowCtes(
  ctx: QueryContext,
  plans: readonly RulePlan[],
): { ctes: string[]; selects: string[] } {
  const d = ctx.dialect;
  const layers = ctx.layers('r');
  const statuses = plans.map((plan, i) => {
    const e = ctx.emitter(plan, layers);
    return `CASE WHEN ${ctx.scope(plan, e)} THEN ${d.status(e.emit(plan.violation))} END AS __s${i}`;
  });
  const materialized = d.supportsMaterializedCte ? 'MATERIALIZED ' : '';
  const evaluated = `(SELECT *, ${statuses.join(', ')} FROM ${layers.wrap('src')} __r)`;
  const summary = () => {
    const counts = plans.flatMap((_, i) => [
      `COUNT(__s${i}) AS __n${i}`,
      `COALESCE(SUM(CASE WHEN __s${i} = 0 THEN 1 ELSE 0 END), 0) AS __u${i}`,
      `COALESCE(SUM(CASE WHEN __s${i} = 2 THEN 1 ELSE 0 END), 0) AS __f${i}`,
    ]);
    return {
      ctes: [`row_counts AS ${materialized}(SELECT ${counts.join(', ')} FROM ${evaluated} __e)`],
      selects: countSelects(ctx, plans),
    };
  };
  if (ctx.mode === 'summary') return summary();
  // An engine that pushes its readers' filters into the CTE gets them once; a second copy would run twice.
  const flagged = d.pushesFiltersIntoCtes ? '' : ` WHERE ${anyFlagged(plans)}`;
  const findings = plans.map((plan, i) =>
    ctx.findingRows(plan, {
      base: `(SELECT * FROM row_hits WHERE __s${i} = 2)`,
      key: '__id',
      evidence: d.listOf(['__id']),
      values: rowFactNodes(plan),
    }),
  );
  if (ctx.mode === 'both' && d.supportsRowStructs) {
    // Only what the findings read is kept with a flagged row.
    const read = [...new Set(plans.flatMap((p) => p.columnsRead))].sort().map((c) => d.quote(c));
    const kept = `(SELECT ${['__id', '__day', ...read].join(', ')}, ${statuses.join(', ')} FROM ${layers.wrap('src')} __r)`;
    return onePass(ctx, plans, kept, findings);
  }
  const ctes = [`row_hits AS ${materialized}(SELECT * FROM ${evaluated} __e${flagged})`];
  if (ctx.mode === 'findings') return { ctes, selects: findings };
  // Both: the flagged rows and the counts are two scans of the source (storing every row's statuses to count
  // them later costs more than evaluating the row verdicts again).
  const counted = summary();
  return { ctes: [...ctes, ...counted.ctes], selects: [...findings, ...counted.selects] };
}

/** Findings and counts from one scan: rows grouped by their statuses, each group listing its flagged rows. */
function onePass(
  ctx: QueryContext,
  plans: readonly RulePlan[],
  evaluated: string,
  findings: string[],
): { ctes: string[]; selects: string[] } {
  const statuses = plans.map((_, i) => `__s${i}`).join(', ');
  // Zero, not empty, when the data has no row: an empty count would read as a finding.
  const sizes = (condition: string) =>
    `CAST(COALESCE(SUM(CASE WHEN ${condition} THEN __rows ELSE 0 END), 0) AS BIGINT)`;
  const counts = plans.flatMap((_, i) => [
    `${sizes(`__s${i} IS NOT NULL`)} AS __n${i}`,
    `${sizes(`__s${i} = 0`)} AS __u${i}`,
    `${sizes(`__s${i} = 2`)} AS __f${i}`,
  ]);
  return {
    ctes: [
      `row_pass AS MATERIALIZED (SELECT ${statuses}, COUNT(*) AS __rows, list(__e) FILTER (WHERE ${anyFlagged(plans)}) AS __hits FROM ${evaluated} __e GROUP BY ${statuses})`,
      `row_hits AS (SELECT unnest(__hit) FROM (SELECT unnest(__hits) AS __hit FROM row_pass) __h)`,
      `row_counts AS MATERIALIZED (SELECT ${counts.join(', ')} FROM row_pass)`,
    ],
    selects: [...findings, ...countSelects(ctx, plans)],
  };
}

/** Some clause flags the row. */
function anyFlagged(plans: readonly RulePlan[]): string {
  return plans.map((_, i) => `__s${i} = 2`).join(' OR ');
}

/** Each clause's summary row, read from `row_counts`. */
function countSelects(ctx: QueryContext, plans: readonly RulePlan[]): string[] {
  return plans.map(
    (plan, i) =>
      `SELECT ${ctx.bindings.bind(plan.clauseId, 'string')} AS clause_id, ${ctx.summaryColumns(`__n${i}`, `__u${i}`, `__f${i}`)} FROM row_counts`,
  );
}
