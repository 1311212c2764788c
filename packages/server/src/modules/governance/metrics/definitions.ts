import type { DatasetKind } from '@gigpact/contracts';
import type { Estimator } from '../stats/bootstrap';
import { workingDaysSql } from './working-days';

export type MetricUnit = 'share' | 'min_per_km' | 'kmh' | 'cny_per_hour' | 'days' | 'rate';

/**
 * What a metric's meaning depends on, as the agreement's clauses set it (`agreement-params.ts`): each gives SQL
 * for the value in force on the day a DATE expression names, as the audit resolves an effective-dated parameter.
 */
export interface MetricParams {
  minHourly: (day: string) => string;
  /** Whether subsidies count as pay (a BOOLEAN). */
  includeSubsidies: (day: string) => string;
  allowanceMinutesPerHour: (day: string) => string;
  /** The least working minutes for a worker-day to be measured. */
  minWorkingMinutes: (day: string) => string;
  maxSpeedKmh: (day: string) => string;
  handoverMinutes: (day: string) => string;
  commissionCap: (day: string) => string;
  maxContinuousMinutes: (day: string) => string;
  restMinutes: number;
}

/** Which raw rows the agreement covers: SQL over one dataset's columns (`TRUE` when no agreement is in question). */
export type CoveredSql = string;

export type Optional = (column: string, fallback: string) => string;

/**
 * One of the figures rules.md asks evaluation to compare. `units` is SQL giving one row per unit of analysis
 * (an order, a trip, a worker-day) with platform, district, day, cluster (the worker), covered (whether the
 * agreement covers the unit's rows, from `covered`) and either num/den (ratio estimators) or value (quantiles).
 * `optional` reads a column the data may lack.
 */
export interface MetricDefinition {
  key: string;
  kind: DatasetKind;
  needs: readonly string[];
  estimator: Estimator;
  unit: MetricUnit;
  /** Which direction is better for workers (for colouring only). */
  better: 'higher' | 'lower';
  /**
   * For a metric of worker-days: the worker-days (`working-days.ts`) its units are made from, the same SQL for
   * every metric of the kind, so that an evaluation can store them once for all of them.
   */
  workerDays?: (optional: Optional, params: MetricParams, covered: CoveredSql) => string;
  /** `days`: a query of the metric's `workerDays` (built from the data when absent). */
  units: (optional: Optional, params: MetricParams, covered: CoveredSql, days?: string) => string;
}

const delivered = (opt: Optional, covered: CoveredSql, select: string, where = 'TRUE') =>
  `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(accepted_at AS DATE) AS day,
     rider_id AS cluster, coalesce(${covered}, FALSE) AS covered, ${select}
   FROM delivery_orders WHERE status = 'delivered' AND ${where}`;

/** The day a delivery order's parameters are resolved on (the day it was accepted, as the audit places it). */
const orderDay = 'CAST(accepted_at AS DATE)';

/** Net pay as `fd.min_hourly_pay` counts it: after penalties, subsidies only when the agreement counts them. */
const deliveryNet = (opt: Optional, params: MetricParams) =>
  `CAST(pay AS DOUBLE) - coalesce(CAST(${opt('penalty', '0')} AS DOUBLE), 0)
     - CASE WHEN ${params.includeSubsidies(orderDay)} THEN 0 ELSE coalesce(CAST(${opt('subsidy', '0')} AS DOUBLE), 0) END`;

const deliveryDays = (opt: Optional, params: MetricParams, covered: CoveredSql) =>
  workingDaysSql(
    `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, rider_id AS worker,
       coalesce(${covered}, FALSE) AS covered, accepted_at AS start_at, delivered_at AS end_at, ${deliveryNet(opt, params)} AS net
     FROM delivery_orders WHERE status = 'delivered' AND delivered_at IS NOT NULL`,
    params.restMinutes,
  );

const rideDays = (opt: Optional, params: MetricParams, covered: CoveredSql) =>
  workingDaysSql(
    `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, driver_id AS worker,
       coalesce(${covered}, FALSE) AS covered, pickup_at AS start_at, dropoff_at AS end_at,
       CAST(driver_income AS DOUBLE) + coalesce(CAST(${opt('refund', '0')} AS DOUBLE), 0) AS net
     FROM ride_trips`,
    params.restMinutes,
  );

/**
 * Worker-days measured as the hourly-pay rules measure them: at least the agreement's least working minutes,
 * paid time = working minutes × (60 + allowance) / 60, and `hourly` the net pay per paid hour.
 */
const perDay = (days: string, params: MetricParams, select: (hourly: string) => string) =>
  `SELECT platform, district, day, worker AS cluster, covered,
     ${select(`net * 60 / (minutes * (60 + ${params.allowanceMinutesPerHour('day')}) / 60)`)}
   FROM (${days}) WHERE minutes >= ${params.minWorkingMinutes('day')} AND minutes > 0`;

const commission = (opt: Optional) =>
  `(CAST(passenger_paid AS DOUBLE) - CAST(driver_income AS DOUBLE) - coalesce(CAST(${opt('refund', '0')} AS DOUBLE), 0))
   / CAST(passenger_paid AS DOUBLE)`;

const rides = (opt: Optional, covered: CoveredSql, select: string, where = 'TRUE') =>
  `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(pickup_at AS DATE) AS day,
     driver_id AS cluster, coalesce(${covered}, FALSE) AS covered, ${select}
   FROM ride_trips WHERE passenger_paid > 0 AND ${where}`;

/** Rest compliance per worker-day: the longest block shorter than the agreement's longest continuous work. */
const restDays = (days: string, params: MetricParams) =>
  `SELECT platform, district, day, worker AS cluster, covered,
     (longest_block < ${params.maxContinuousMinutes('day')})::INT AS num, 1 AS den FROM (${days})`;

/** The latest moment a platform's freight data records (completion, payment, advance): how far it reaches. */
const freightDataEnd = (opt: Optional) =>
  `max(greatest(completed_at, driver_paid_at, ${opt('customer_paid_at', 'NULL')}, ${opt('advanced_at', 'NULL')}))
     OVER (PARTITION BY platform)`;

const ratio = { type: 'ratio' } as const;
const median = { type: 'quantile', q: 0.5 } as const;

export const metricDefinitions: readonly MetricDefinition[] = [
  {
    key: 'late_rate',
    kind: 'delivery_orders',
    needs: ['delivered_at', 'promised_at'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, _params, covered) =>
      delivered(
        opt,
        covered,
        '(delivered_at > promised_at)::INT AS num, 1 AS den',
        'delivered_at IS NOT NULL',
      ),
  },
  {
    key: 'penalty_rate',
    kind: 'delivery_orders',
    needs: ['penalty'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, _params, covered) =>
      delivered(opt, covered, '(coalesce(penalty, 0) > 0)::INT AS num, 1 AS den'),
  },
  {
    key: 'late_money_penalty_rate',
    kind: 'delivery_orders',
    needs: ['penalty', 'penalty_reason', 'delivered_at', 'promised_at'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, _params, covered) =>
      delivered(
        opt,
        covered,
        `(penalty_reason = 'late' AND coalesce(penalty, 0) > 0)::INT AS num, 1 AS den`,
        'delivered_at > promised_at',
      ),
  },
  {
    key: 'allowed_min_per_km_p50',
    kind: 'delivery_orders',
    needs: ['promised_at', 'accepted_at', 'distance_m'],
    estimator: median,
    unit: 'min_per_km',
    better: 'higher',
    units: (opt, _params, covered) =>
      delivered(
        opt,
        covered,
        'epoch(promised_at - accepted_at) / 60 / (distance_m / 1000.0) AS value',
        'distance_m > 0',
      ),
  },
  {
    // Distance over the whole promised time, handover included: not the riding speed the inference fits.
    key: 'implied_kmh_p50',
    kind: 'delivery_orders',
    needs: ['promised_at', 'accepted_at', 'distance_m'],
    estimator: median,
    unit: 'kmh',
    better: 'lower',
    units: (opt, _params, covered) =>
      delivered(
        opt,
        covered,
        'distance_m / 1000.0 / (epoch(promised_at - accepted_at) / 3600) AS value',
        'promised_at > accepted_at',
      ),
  },
  {
    key: 'speed_floor_breach_rate',
    kind: 'delivery_orders',
    needs: ['promised_at', 'accepted_at', 'distance_m'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    // As `fd.eta_speed_floor`: allowed minutes below distance at the speed limit plus the handover time.
    units: (opt, params, covered) =>
      delivered(
        opt,
        covered,
        `(epoch(promised_at - accepted_at) / 60
           < distance_m / 1000.0 / ${params.maxSpeedKmh(orderDay)} * 60 + ${params.handoverMinutes(orderDay)})::INT AS num,
         1 AS den`,
      ),
  },
  {
    key: 'hourly_pay_p50',
    kind: 'delivery_orders',
    needs: ['pay', 'delivered_at'],
    estimator: median,
    unit: 'cny_per_hour',
    better: 'higher',
    workerDays: deliveryDays,
    units: (opt, params, covered, days = deliveryDays(opt, params, covered)) =>
      perDay(days, params, (hourly) => `${hourly} AS value`),
  },
  {
    key: 'below_min_hourly_share',
    kind: 'delivery_orders',
    needs: ['pay', 'delivered_at'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    workerDays: deliveryDays,
    units: (opt, params, covered, days = deliveryDays(opt, params, covered)) =>
      perDay(days, params, (hourly) => `(${hourly} < ${params.minHourly('day')})::INT AS num, 1 AS den`),
  },
  {
    key: 'rest_compliance',
    kind: 'delivery_orders',
    needs: ['delivered_at'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    workerDays: deliveryDays,
    units: (opt, params, covered, days = deliveryDays(opt, params, covered)) => restDays(days, params),
  },
  {
    key: 'weather_subsidy_share',
    kind: 'delivery_orders',
    needs: ['weather_alert_level', 'subsidy'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt, _params, covered) =>
      delivered(opt, covered, '(coalesce(subsidy, 0) > 0)::INT AS num, 1 AS den', 'weather_alert_level >= 2'),
  },
  {
    key: 'fee_shown_share',
    kind: 'delivery_orders',
    needs: ['fee_shown_before_accept'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    // Only orders whose data says either way: a platform whose export lacks the flag is not counted as hiding.
    units: (opt, _params, covered) =>
      delivered(
        opt,
        covered,
        'fee_shown_before_accept::INT AS num, 1 AS den',
        'fee_shown_before_accept IS NOT NULL',
      ),
  },
  {
    key: 'bad_review_deduction_rate',
    kind: 'delivery_orders',
    needs: ['penalty', 'penalty_reason'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, _params, covered) =>
      delivered(
        opt,
        covered,
        `(penalty_reason = 'bad_review' AND coalesce(penalty, 0) > 0)::INT AS num, 1 AS den`,
      ),
  },
  {
    key: 'commission_mean',
    kind: 'ride_trips',
    needs: ['passenger_paid', 'driver_income'],
    estimator: ratio,
    unit: 'rate',
    better: 'lower',
    units: (opt, _params, covered) => rides(opt, covered, `${commission(opt)} AS num, 1 AS den`),
  },
  {
    key: 'commission_above_cap_share',
    kind: 'ride_trips',
    needs: ['passenger_paid', 'driver_income'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, params, covered) =>
      rides(
        opt,
        covered,
        `(${commission(opt)} > ${params.commissionCap('CAST(pickup_at AS DATE)')})::INT AS num, 1 AS den`,
      ),
  },
  {
    key: 'bill_shown_share',
    kind: 'ride_trips',
    needs: ['bill_shown', 'passenger_paid', 'driver_income'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt, _params, covered) =>
      rides(opt, covered, 'bill_shown::INT AS num, 1 AS den', 'bill_shown IS NOT NULL'),
  },
  {
    key: 'ride_hourly_pay_p50',
    kind: 'ride_trips',
    needs: ['driver_income', 'pickup_at', 'dropoff_at'],
    estimator: median,
    unit: 'cny_per_hour',
    better: 'higher',
    workerDays: rideDays,
    units: (opt, params, covered, days = rideDays(opt, params, covered)) =>
      perDay(days, params, (hourly) => `${hourly} AS value`),
  },
  {
    key: 'ride_below_min_hourly_share',
    kind: 'ride_trips',
    needs: ['driver_income', 'pickup_at', 'dropoff_at'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    workerDays: rideDays,
    units: (opt, params, covered, days = rideDays(opt, params, covered)) =>
      perDay(days, params, (hourly) => `(${hourly} < ${params.minHourly('day')})::INT AS num, 1 AS den`),
  },
  {
    key: 'ride_rest_compliance',
    kind: 'ride_trips',
    needs: ['pickup_at', 'dropoff_at'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    workerDays: rideDays,
    units: (opt, params, covered, days = rideDays(opt, params, covered)) => restDays(days, params),
  },
  {
    key: 'courier_fee_share',
    kind: 'parcel_deliveries',
    needs: ['hq_fee', 'courier_fee'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt, _params, covered) =>
      `SELECT company AS platform, coalesce(${opt('district', 'NULL')}, '') AS district,
         CAST(delivered_at AS DATE) AS day, courier_id AS cluster, coalesce(${covered}, FALSE) AS covered,
         CAST(courier_fee AS DOUBLE) AS num, CAST(hq_fee AS DOUBLE) AS den
       FROM parcel_deliveries WHERE hq_fee > 0`,
  },
  {
    key: 'direct_payment_share',
    kind: 'parcel_deliveries',
    needs: ['paid_direct'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt, _params, covered) =>
      `SELECT company AS platform, coalesce(${opt('district', 'NULL')}, '') AS district,
         CAST(delivered_at AS DATE) AS day, courier_id AS cluster, coalesce(${covered}, FALSE) AS covered,
         paid_direct::INT AS num, 1 AS den
       FROM parcel_deliveries WHERE paid_direct IS NOT NULL`,
  },
  {
    key: 'freight_payment_delay_days',
    kind: 'freight_orders',
    needs: ['completed_at', 'driver_paid_at'],
    estimator: ratio,
    unit: 'days',
    better: 'lower',
    // As `fr.freight_advance`: the driver has the freight at the earlier of payment and advance. An order with
    // neither is still waiting at the end of its platform's data (the latest moment it records) and counts as delayed until
    // then, so that unpaid freight does not make the mean look shorter.
    units: (opt, _params, covered) =>
      `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(completed_at AS DATE) AS day,
         driver_id AS cluster, coalesce(${covered}, FALSE) AS covered,
         epoch(coalesce(least(driver_paid_at, ${opt('advanced_at', 'NULL')}), ${freightDataEnd(opt)}) - completed_at)
           / 86400 AS num,
         1 AS den
       FROM freight_orders WHERE completed_at IS NOT NULL`,
  },
  {
    key: 'freight_commission_rate',
    kind: 'freight_orders',
    needs: ['order_amount', 'commission'],
    estimator: ratio,
    unit: 'rate',
    better: 'lower',
    units: (opt, _params, covered) =>
      `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(completed_at AS DATE) AS day,
         driver_id AS cluster, coalesce(${covered}, FALSE) AS covered,
         CAST(commission AS DOUBLE) AS num, CAST(order_amount AS DOUBLE) AS den
       FROM freight_orders WHERE order_amount > 0`,
  },
];

export const metricKeys = metricDefinitions.map((m) => m.key);

/** The metrics the data can compute: the kind is loaded and has every needed column. */
export function availableMetrics(columns: Partial<Record<DatasetKind, string[]>>): MetricDefinition[] {
  return metricDefinitions.filter((m) => {
    const have = columns[m.kind];
    return have !== undefined && m.needs.every((c) => have.includes(c));
  });
}

/** Reads a column that may be missing from the data of `kind`. */
export function optionalReader(columns: Partial<Record<DatasetKind, string[]>>, kind: DatasetKind): Optional {
  const have = columns[kind] ?? [];
  return (column: string, fallback: string) => (have.includes(column) ? column : fallback);
}
