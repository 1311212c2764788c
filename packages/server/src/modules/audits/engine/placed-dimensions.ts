import type { RulePlan } from '@gigpact/rules';

/** The dimensions a finding shows and is filtered by. */
export type Dimension = 'platform' | 'district' | 'franchisee' | 'worker' | 'day' | 'month';

/** Where a kind of data keeps each dimension (the `district` column is the same in every kind that has one). */
export interface DimensionColumns {
  platform?: string;
  franchisee?: string;
  worker?: string;
  time?: string;
  month?: string;
}

export const dimensions: readonly Dimension[] = [
  'platform',
  'district',
  'franchisee',
  'worker',
  'day',
  'month',
];
const every: ReadonlySet<Dimension> = new Set(dimensions);

/**
 * The dimensions a clause's findings truly have. A finding about one row (or one worker's block of rows) has them
 * all. A group finding has only those its group settles: a platform's month names no driver, district or day,
 * and a rider's day names no district, since the rider may have worked in two. The platform is settled by a
 * worker too (worker ids are unique within a platform), the month by a day but not by a week, which can span two
 * months. A dimension not settled is left blank rather than taken from one of the group's rows.
 */
export function placedDimensions(
  plan: Pick<RulePlan, 'group'>,
  columns: DimensionColumns,
): ReadonlySet<Dimension> {
  if (!plan.group) return every;
  const keys = new Set(plan.group.keys.map((k) => k.name));
  const keyedBy = (dimension: string, column?: string) =>
    keys.has(dimension) || (column !== undefined && keys.has(column));
  const placed = new Set<Dimension>();
  const worker = keyedBy('worker', columns.worker);
  const day = keyedBy('day', columns.time);
  if (worker) placed.add('worker');
  if (worker || keyedBy('platform', columns.platform)) placed.add('platform');
  if (keyedBy('franchisee', columns.franchisee)) placed.add('franchisee');
  if (keys.has('district')) placed.add('district');
  if (day) placed.add('day');
  // Payroll's month is its pay period, which no day or calendar month of the due date settles.
  const month = columns.month ? keys.has(columns.month) : day || keys.has('month');
  if (month) placed.add('month');
  return placed;
}
