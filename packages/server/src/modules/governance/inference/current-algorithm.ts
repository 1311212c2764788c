import type { DuckDBConnection } from '@duckdb/node-api';
import { duckRows, num } from '../stats/duck';
import { theilSen, type LineFit } from '../stats/theil-sen';
import { latestChange, latestPayChange, type LatestChange } from './regime';
import { payFit, timeFit, type PayFit, type TimeFit } from './time-fit';

/** The months a headline fit covers, its orders, and the latest change it starts from (null where none). */
export interface FitPeriod<Change> {
  /** First and last month of the orders fitted (null without any). */
  from: string | null;
  to: string | null;
  orders: number;
  change: (LatestChange & Change) | null;
}

/** The latest change of the riding speed, and the speed fitted over the months before it (to its own start). */
export type TimeFitPeriod = FitPeriod<{ kmhBefore: number | null; kmhAfter: number | null }>;
/** The latest change of pay per km, and pay per km fitted over the months before it (to its own start). */
export type PayFitPeriod = FitPeriod<{ perKmBefore: number | null; perKmAfter: number | null }>;

/** A month as the orders have it (`YYYY-MM`), checked before it is written into SQL. */
function monthLiteral(month: string): string {
  if (!/^\d{4}-\d{2}$/.test(month)) throw new Error(`not a month: ${month}`);
  return `'${month}'`;
}

/** The orders of `inf_orders` from `from` (a month, included) to `to` (excluded), as SQL conditions. */
const monthsWhere = (from: string | null, to: string | null) => {
  const parts = [
    from === null ? null : `month >= ${monthLiteral(from)}`,
    to === null ? null : `month < ${monthLiteral(to)}`,
  ].filter((p) => p !== null);
  return parts.length ? `WHERE ${parts.join(' AND ')}` : '';
};

/**
 * One line of `inf_orders` (id, month, km and the column `y`) as it stands now: fitted per month, then over the
 * months since the latest change between them (`changeOf`), or over all where it held, and over the months of the
 * rule before the change.
 */
async function fitSinceLatestChange<M>(
  c: DuckDBConnection,
  y: string,
  seed: number,
  shape: (fit: LineFit | undefined) => M,
  changeOf: (months: (M & { month: string })[]) => LatestChange | null,
) {
  const fitted = { seed, interval: true };
  const points = (where: string) => `SELECT 'all' AS grp, id, km AS x, ${y} AS y FROM inf_orders ${where}`;
  const monthly = await theilSen(c, `SELECT month AS grp, id, km AS x, ${y} AS y FROM inf_orders`, fitted);
  const byMonth = monthly.map((m) => ({ month: m.group, ...shape(m) }));
  const change = changeOf(byMonth);
  const since = monthsWhere(change?.month ?? null, null);
  const [current] = await theilSen(c, points(since), fitted);
  const [before] = change
    ? await theilSen(c, points(monthsWhere(change.previousFrom, change.month)), fitted)
    : [];
  const [period] = await duckRows(
    c,
    `SELECT count(*) AS n, min(month) AS first, max(month) AS last FROM inf_orders ${since}`,
  );
  return {
    byMonth,
    change,
    since,
    current: shape(current),
    before: shape(before),
    period: {
      from: (period?.first as string | null) ?? null,
      to: (period?.last as string | null) ?? null,
      orders: num(period?.n) ?? 0,
    },
  };
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
  const fit = await fitSinceLatestChange(c, 'allowed', options.seed, timeFit, latestChange);
  await c.run(`CREATE OR REPLACE TEMP TABLE inf_current AS SELECT * FROM inf_orders ${fit.since}`);
  return {
    timeFit: fit.current,
    byMonth: fit.byMonth,
    timeFitPeriod: {
      ...fit.period,
      change: fit.change && {
        ...fit.change,
        kmhBefore: fit.before.ridingKmh,
        kmhAfter: fit.current.ridingKmh,
      },
    },
  };
}

/**
 * The pay rule now in force, from `inf_orders` (id, month, km, pay): pay per order against km fitted per month,
 * then over the months since the latest change of pay per km between them (`latestPayChange`), or over all.
 */
export async function fitCurrentPay(
  c: DuckDBConnection,
  options: { seed: number },
): Promise<{ payFit: PayFit; payByMonth: (PayFit & { month: string })[]; payFitPeriod: PayFitPeriod }> {
  const fit = await fitSinceLatestChange(c, 'pay', options.seed, payFit, latestPayChange);
  return {
    payFit: fit.current,
    payByMonth: fit.byMonth,
    payFitPeriod: {
      ...fit.period,
      change: fit.change && {
        ...fit.change,
        perKmBefore: fit.before.perKm,
        perKmAfter: fit.current.perKm,
      },
    },
  };
}
