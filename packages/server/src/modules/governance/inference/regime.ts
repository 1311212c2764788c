import type { TimeFit } from './time-fit';

/**
 * Speeds closer than this are not read as a change of the algorithm, however narrow their intervals: a promise
 * rounded to whole minutes moves the fit of a month by a few tenths with the mix of distances.
 */
export const minChangeKmh = 0.5;

type MonthFit = Pick<TimeFit, 'slopeInterval' | 'ridingKmh'> & { month: string };

/** The month's fit can be compared: a speed and both bounds of its minutes per km. */
const comparable = (m: MonthFit) =>
  m.ridingKmh !== null && m.slopeInterval.lo !== null && m.slopeInterval.hi !== null;

/** Apart beyond sampling error (the 95 % intervals of the minutes per km do not overlap) and by `minChangeKmh`. */
function changed(before: MonthFit, after: MonthFit): boolean {
  const a = before.slopeInterval;
  const b = after.slopeInterval;
  const disjoint = a.hi! < b.lo! || b.hi! < a.lo!;
  return disjoint && Math.abs(after.ridingKmh! - before.ridingKmh!) >= minChangeKmh;
}

/**
 * The months (in order) in which the time function changed: each a month whose fit differs from the month's
 * before it — the latest earlier month with an interval; a month with too few orders for one is passed over.
 */
export function speedChanges(months: readonly MonthFit[]): string[] {
  const changes: string[] = [];
  let previous: MonthFit | undefined;
  for (const month of months) {
    if (!comparable(month)) continue;
    if (previous && changed(previous, month)) changes.push(month.month);
    previous = month;
  }
  return changes;
}

export interface LatestChange {
  /** The first month of the algorithm now in force. */
  month: string;
  /** The first month of the algorithm before it: the change before, or the first month of the data. */
  previousFrom: string;
}

/** The latest change of the time function among the months (in order), or null where the speed held. */
export function latestChange(months: readonly MonthFit[]): LatestChange | null {
  const changes = speedChanges(months);
  const month = changes.at(-1);
  if (month === undefined) return null;
  return { month, previousFrom: changes.at(-2) ?? months[0]!.month };
}
