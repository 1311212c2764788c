import type { DuckDBConnection } from '@duckdb/node-api';
import { duckRows, num } from '../stats/duck';
import { theilSen } from '../stats/theil-sen';
import { latestChange } from './regime';
import { timeFit, type TimeFit } from './time-fit';

export interface TimeFitPeriod {
  /** First and last month of the orders fitted (null without any). */
  from: string | null;
  to: string | null;
  orders: number;
  /** The latest change of the riding speed, and the speed fitted over the months before it (to its own start). */
  change: { month: string; previousFrom: string; kmhBefore: number | null; kmhAfter: number | null } | null;
}

/** A month as the orders have it (`YYYY-MM`), checked before it is written into SQL. */
function monthLiteral(month: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`not a month: ${month}`);
  return `'${month}'`;
}

/**
 * The time function now in force, from `inf_orders` (id, month, km, allowed): fitted per month, then over the
 * months since the latest change of the riding speed between them (`latestChange`), or over all where it held.
 * Those orders are left in `inf_current` for the effects read against this fit.
 */
export async function fitCurrentAlgorithm(
  c: DuckDBConnection,
  options: { seed: number },
): Promise<{ timeFit: TimeFit; byMonth: (TimeFit & { month: string })[]; timeFitPeriod: TimeFitPeriod }> {
  const fitted = { seed: options.seed, interval: true };
  const monthly = await theilSen(c, `SELECT month AS grp, id, km AS x, allowed AS y FROM inf_orders`, fitted);
  const byMonth = monthly.map((m) => ({ month: m.group, ...timeFit(m) }));
  const change = latestChange(byMonth);
  await c.run(
    `CREATE OR REPLACE TEMP TABLE inf_current AS SELECT * FROM inf_orders
     ${change ? `WHERE month >= ${monthLiteral(change.month)}` : ''}`,
  );
  const [current] = await theilSen(
    c,
    `SELECT 'all' AS grp, id, km AS x, allowed AS y FROM inf_current`,
    fitted,
  );
  const [before] = change
    ? await theilSen(
        c,
        `SELECT 'all' AS grp, id, km AS x, allowed AS y FROM inf_orders
         WHERE month >= ${monthLiteral(change.previousFrom)} AND month < ${monthLiteral(change.month)}`,
        fitted,
      )
    : [];
  const [period] = await duckRows(
    c,
    `SELECT count(*) AS n, min(month) AS first, max(month) AS last FROM inf_current`,
  );
  const headline = timeFit(current);
  return {
    timeFit: headline,
    byMonth,
    timeFitPeriod: {
      from: (period?.first as string | null) ?? null,
      to: (period?.last as string | null) ?? null,
      orders: num(period?.n) ?? 0,
      change: change && {
        ...change,
        kmhBefore: timeFit(before).ridingKmh,
        kmhAfter: headline.ridingKmh,
      },
    },
  };
}
