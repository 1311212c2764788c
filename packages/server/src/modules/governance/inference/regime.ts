import type { SlopeInterval } from '../stats/theil-sen';

/**
 * Speeds closer than this are not read as a change of the algorithm, however narrow their intervals: a promise
 * rounded to whole minutes moves the fit of a month by a few tenths with the mix of distances.
 */
export const minChangeKmh = 0.5;

/**
 * Pay per km closer than this (CNY) is not read as a change of the pay rule, however narrow the intervals: a
 * tenth of a yuan is 5 % of the simulated 2 CNY/km, beyond what a month's mix of distances moves a fit.
 */
export const minChangePerKm = 0.1;

/** A month's fitted line as a change is read from it: a value to compare and the 95 % interval of its slope. */
export interface MonthSlope {
  month: string;
  value: number | null;
  interval: SlopeInterval;
}

/** The month's fit can be compared: a value and both bounds of its slope's interval. */
const comparable = (m: MonthSlope) => m.value !== null && m.interval.lo !== null && m.interval.hi !== null;

/** Apart beyond sampling error (the 95 % intervals of the slopes do not overlap) and by `minChange` in value. */
function changed(before: MonthSlope, after: MonthSlope, minChange: number): boolean {
  const a = before.interval;
  const b = after.interval;
  const disjoint = a.hi! < b.lo! || b.hi! < a.lo!;
  return disjoint && Math.abs(after.value! - before.value!) >= minChange;
}

/**
 * The months (in order) in which the fitted line changed: each a month whose fit differs from the month's before
 * it — the latest earlier month with an interval; a month with too few orders for one is passed over.
 */
export function changedMonths(months: readonly MonthSlope[], minChange: number): string[] {
  const changes: string[] = [];
  let previous: MonthSlope | undefined;
  for (const month of months) {
    if (!comparable(month)) continue;
    if (previous && changed(previous, month, minChange)) changes.push(month.month);
    previous = month;
  }
  return changes;
}

type MonthTimeFit = { month: string; ridingKmh: number | null; slopeInterval: SlopeInterval };

/** The months in which the time function changed: minutes per km apart, the riding speed by `minChangeKmh`. */
export const speedChanges = (months: readonly MonthTimeFit[]) =>
  changedMonths(
    months.map((m) => ({ month: m.month, value: m.ridingKmh, interval: m.slopeInterval })),
    minChangeKmh,
  );

type MonthPayFit = { month: string; perKm: number | null; perKmInterval: SlopeInterval };

/** The months in which the pay rule changed: pay per km apart and by `minChangePerKm`. */
export const payChanges = (months: readonly MonthPayFit[]) =>
  changedMonths(
    months.map((m) => ({ month: m.month, value: m.perKm, interval: m.perKmInterval })),
    minChangePerKm,
  );

export interface LatestChange {
  /** The first month of the algorithm now in force. */
  month: string;
  /** The first month of the algorithm before it: the change before, or the first month of the data. */
  previousFrom: string;
}

/** The latest of the changes found among the months (in order), or null where there was none. */
export function latestOf(
  changes: readonly string[],
  months: readonly { month: string }[],
): LatestChange | null {
  const month = changes.at(-1);
  if (month === undefined) return null;
  return { month, previousFrom: changes.at(-2) ?? months[0]!.month };
}

/** The latest change of the time function among the months (in order), or null where the speed held. */
export const latestChange = (months: readonly MonthTimeFit[]) => latestOf(speedChanges(months), months);

/** The latest change of the pay rule among the months (in order), or null where pay per km held. */
export const latestPayChange = (months: readonly MonthPayFit[]) => latestOf(payChanges(months), months);
