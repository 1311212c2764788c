import { belowHourlyMinimumSql } from '../../audits/engine/exact-bounds';
import type { CoveredSql, MetricDefinition, MetricParams, Optional } from './definitions';
import { comparedRowSql, coveredRowSql, shareWhere, unitDay } from './unit-sql';
import { workingDaysSql } from './working-days';

/** Money in exact decimals, so that a day's net pay is the exact sum of its orders'. */
const money = (value: string) => `CAST(${value} AS DECIMAL(38, 4))`;

/** Net pay as `fd.min_hourly_pay` counts it: after penalties, subsidies only when the agreement counts them. */
const deliveryNet = (opt: Optional, params: MetricParams) =>
  `${money('pay')} - coalesce(${money(opt('penalty', '0'))}, 0)
     - CASE WHEN ${params.includeSubsidies(unitDay('delivery_orders'))} THEN 0 ELSE coalesce(${money(opt('subsidy', '0'))}, 0) END`;

/** Net pay as `rh.min_hourly_pay` counts it: the driver's income and any refund. */
const rideNet = (opt: Optional) => `${money('driver_income')} + coalesce(${money(opt('refund', '0'))}, 0)`;

/** The intervals a worker-day is folded from: whose they are, when each begins and ends, its net pay, which rows. */
const workIntervals = {
  delivery_orders: {
    worker: 'rider_id',
    start: 'accepted_at',
    end: 'delivered_at',
    net: deliveryNet,
    rows: "status = 'delivered' AND delivered_at IS NOT NULL",
  },
  ride_trips: { worker: 'driver_id', start: 'pickup_at', end: 'dropoff_at', net: rideNet, rows: 'TRUE' },
};

type WorkerDayKind = keyof typeof workIntervals;

/**
 * The worker-days (`working-days.ts`) of a kind's orders or trips, under the agreement's rest: of the rows compared
 * only, so that a day's minutes and pay leave out the orders of rows left out of the comparison.
 */
const workerDaysOf =
  (kind: WorkerDayKind) =>
  (opt: Optional, params: MetricParams, covered: CoveredSql): string => {
    const intervals = workIntervals[kind];
    return workingDaysSql(
      `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, ${intervals.worker} AS worker,
         ${coveredRowSql(covered)} AS covered, ${intervals.start} AS start_at, ${intervals.end} AS end_at,
         ${intervals.net(opt, params)} AS net
       FROM ${kind} WHERE ${intervals.rows} AND ${comparedRowSql(covered)}`,
      params.restMinutes,
    );
  };

/**
 * Worker-days measured as the hourly-pay rules measure them: at least the agreement's least working minutes,
 * paid time = working minutes × (60 + allowance) / 60, and `hourly` the net pay per paid hour.
 */
const perDay = (days: string, params: MetricParams, select: (hourly: string) => string) =>
  `SELECT platform, district, day, worker AS cluster, covered,
     ${select(`net * 60 / (minutes * (60 + ${params.allowanceMinutesPerHour('day')}) / 60)`)}
   FROM (${days}) WHERE minutes >= ${params.minWorkingMinutes('day')} AND minutes > 0`;

/** Whether a worker-day's hourly pay is below the minimum, decided as the hourly-pay clause decides it (`exact-bounds.ts`). */
const belowMinimumSql = (params: MetricParams) =>
  belowHourlyMinimumSql('net', 'micros', params.minHourly('day'), params.allowanceMinutesPerHour('day'));

/** Rest compliance per worker-day: the longest block shorter than the agreement's longest continuous work. */
const restDays = (days: string, params: MetricParams) =>
  `SELECT platform, district, day, worker AS cluster, covered,
     ${shareWhere(`longest_block < ${params.maxContinuousMinutes('day')}`)} FROM (${days})`;

/**
 * The metrics of a kind's worker-days, in this order: the median hourly pay, the share of worker-days paid below
 * the agreement's hourly minimum, and rest compliance. `pay` and `times` are the columns they need.
 */
export function workerDayMetrics(
  kind: WorkerDayKind,
  keys: { hourlyPay: string; belowMinimum: string; rest: string },
  columns: { pay: string; times: readonly string[] },
): MetricDefinition[] {
  const workerDays = workerDaysOf(kind);
  const days = (opt: Optional, params: MetricParams, covered: CoveredSql, stored?: string) =>
    stored ?? workerDays(opt, params, covered);
  const paid = [columns.pay, ...columns.times];
  return [
    {
      key: keys.hourlyPay,
      kind,
      needs: paid,
      estimator: { type: 'quantile', q: 0.5 },
      unit: 'cny_per_hour',
      better: 'higher',
      workerDays,
      units: (opt, params, covered, stored) =>
        perDay(days(opt, params, covered, stored), params, (hourly) => `${hourly} AS value`),
    },
    {
      key: keys.belowMinimum,
      kind,
      needs: paid,
      estimator: { type: 'ratio' },
      unit: 'share',
      better: 'lower',
      workerDays,
      units: (opt, params, covered, stored) =>
        perDay(days(opt, params, covered, stored), params, () => shareWhere(belowMinimumSql(params))),
    },
    {
      key: keys.rest,
      kind,
      needs: columns.times,
      estimator: { type: 'ratio' },
      unit: 'share',
      better: 'higher',
      workerDays,
      units: (opt, params, covered, stored) => restDays(days(opt, params, covered, stored), params),
    },
  ];
}
