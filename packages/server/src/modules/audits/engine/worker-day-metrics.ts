import type { Agreement } from '@gigpact/rules';
import { belowHourlyMinimumSql } from './exact-bounds';
import { numericParamSql } from './metric-params';
import { quantileColumns } from './quantiles';

/** Reads an optional column: its name, or `fallback` when the data lacks it. */
export type Optional = (column: string, fallback: string) => string;

/** Where a kind of data keeps what the hourly-pay rule reads, and the rule that sets its parameters. */
export interface WorkerDaySource {
  rule: 'fd.min_hourly_pay' | 'rh.min_hourly_pay';
  table: string;
  worker: string;
  start: string;
  end: string;
  /** The rows the rule checks (SQL over the table's columns). */
  scope: (opt: Optional) => string;
  /** A row's pay as the rule's `net_pay` sums it, given the SQL of `include_subsidies` on the row's day. */
  net: (opt: Optional, includeSubsidies: string) => string;
  /** Columns without which there is no hourly pay to measure. */
  needs: readonly string[];
}

export const workerDaySources = {
  delivery: {
    rule: 'fd.min_hourly_pay',
    table: 'delivery_orders',
    worker: 'rider_id',
    start: 'accepted_at',
    end: 'delivered_at',
    scope: (opt) => `${opt('status', 'NULL')} = 'delivered'`,
    net: (opt, includeSubsidies) =>
      `pay - coalesce(${opt('penalty', 'NULL')}, 0) - CASE WHEN ${includeSubsidies} THEN 0 ELSE coalesce(${opt('subsidy', 'NULL')}, 0) END`,
    needs: ['rider_id', 'accepted_at', 'delivered_at', 'pay', 'status'],
  },
  rides: {
    rule: 'rh.min_hourly_pay',
    table: 'ride_trips',
    worker: 'driver_id',
    start: 'pickup_at',
    end: 'dropoff_at',
    scope: () => 'TRUE',
    net: (opt) => `driver_income + coalesce(${opt('refund', 'NULL')}, 0)`,
    needs: ['driver_id', 'pickup_at', 'dropoff_at', 'driver_income'],
  },
} satisfies Record<string, WorkerDaySource>;

/** The columns the worker-day figures add to a metrics table. */
export const workerDayColumns = [
  'hourly_pay_p10',
  'hourly_pay_p50',
  'hourly_pay_p90',
  'below_min_hourly_share',
] as const;

/**
 * Hourly pay per worker and calendar day as the agreement's hourly-pay clause measures it (the library's when it
 * has none): working time is the union of the day's [start, end] intervals — overlapping orders count once —
 * lengthened by the allowance; net pay as the rule sums it; days shorter than the least working minutes are not
 * measured. Per platform, month and (with `district`) the district of the day's first order: p10/p50/p90 of
 * the hourly pay (rounded to fen) and the share of days below the minimum in force on the day, compared exactly
 * (`net · 60 · 60 · 10^6 < min · µs · (60 + allowance)` in 128 bits, no division: a day whose last order ends
 * years later, as bad data can say, neither overflows nor stops the audit). Without `minimumApplies` (data kept in
 * another currency than the minimum's, which the agreement does not set itself) the share is left empty.
 *
 * The union is computed per worker-day in one hash aggregate (the day's intervals as a list, sorted within the
 * day and folded), without sorting the whole table: each day holds a few dozen orders.
 */
export function workerDayMetricsSql(
  source: WorkerDaySource,
  opt: Optional,
  agreement: Agreement | undefined,
  district: boolean,
  minimumApplies = true,
): string {
  const param = (name: string) => numericParamSql(agreement, source.rule, name, 'day');
  const includeSubsidies =
    source.rule === 'fd.min_hourly_pay'
      ? numericParamSql(agreement, source.rule, 'include_subsidies', `CAST(${source.start} AS DATE)`)
      : 'TRUE';
  const placeDistrict = district
    ? `, arg_min(district, (${source.start}, ${source.end}, district)) AS district`
    : '';
  const interval = `{'s': epoch_us(${source.start}), 'e': epoch_us(${source.end})}`;
  // The fold keeps the latest end so far and the time covered: each interval adds what lies past that end. Its
  // state has the intervals' own type ({s: the latest end, e: the time covered}), so that no list is cast.
  const fold = `list_reduce(list_sort(intervals),
      lambda acc, x: {'s': greatest(acc.s, x.e), 'e': acc.e + greatest(0, x.e - greatest(x.s, acc.s))},
      {'s': CAST(-9223372036854775807 AS BIGINT), 'e': CAST(0 AS BIGINT)}).e`;
  const days = `SELECT platform, ${source.worker} AS worker, CAST(${source.start} AS DATE) AS day${placeDistrict},
      sum(${source.net(opt, includeSubsidies)}) AS net,
      list(${interval}) FILTER (WHERE ${source.start} IS NOT NULL AND ${source.end} IS NOT NULL) AS intervals
    FROM ${source.table} WHERE ${source.scope(opt)} AND ${source.start} IS NOT NULL
    GROUP BY platform, ${source.worker}, CAST(${source.start} AS DATE)`;
  // The days too short to measure are left out by the aggregates' filters, not by a WHERE, which DuckDB would
  // push below the fold and so fold every day twice.
  const folded = `SELECT * EXCLUDE (intervals), coalesce(${fold}, 0) AS micros FROM (${days})`;
  const measured = `SELECT *, micros > 0 AND micros >= ${param('min_working_minutes')} * 60000000 AS measured,
      CAST(net AS DOUBLE) * 216000000000 / (CAST(micros AS DOUBLE) * (60 + ${param('allowance_minutes_per_hour')})) AS hourly
    FROM (${folded}) d`;
  return `SELECT platform, strftime(day, '%Y-%m') AS month${district ? ', district' : ''},
      ${quantileColumns('hourly', 2, { hourly_pay_p10: 0.1, hourly_pay_p50: 0.5, hourly_pay_p90: 0.9 }, 'measured')},
      ${
        minimumApplies
          ? `round(avg((${belowHourlyMinimumSql('net', 'micros', param('min_hourly'), param('allowance_minutes_per_hour'))})::INT) FILTER (WHERE measured), 4)`
          : 'CAST(NULL AS DOUBLE)'
      } AS below_min_hourly_share
    FROM (${measured}) m GROUP BY ALL`;
}
