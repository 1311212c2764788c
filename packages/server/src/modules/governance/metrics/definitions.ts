import type { DatasetKind } from '@gigpact/contracts';
import type { Estimator } from '../stats/bootstrap';
import { workingDaysSql } from './working-days';

export type MetricUnit = 'share' | 'min_per_km' | 'kmh' | 'cny_per_hour' | 'days' | 'rate';

/** Parameters a metric's meaning depends on (taken from the agreement where it sets them). */
export interface MetricParams {
  minHourly: number;
  commissionCap: number;
  maxContinuousMinutes: number;
  restMinutes: number;
}

export const defaultMetricParams: MetricParams = {
  minHourly: 25,
  commissionCap: 0.27,
  maxContinuousMinutes: 240,
  restMinutes: 20,
};

/**
 * One of the figures rules.md asks evaluation to compare. `units` is SQL giving one row per unit of analysis
 * (an order, a trip, a worker-day) with platform, district, day, cluster (the worker) and either num/den
 * (ratio estimators) or value (quantiles). `optional` reads a column the data may lack.
 */
export interface MetricDefinition {
  key: string;
  kind: DatasetKind;
  needs: readonly string[];
  estimator: Estimator;
  unit: MetricUnit;
  /** Which direction is better for workers (for colouring only). */
  better: 'higher' | 'lower';
  units: (optional: (column: string, fallback: string) => string, params: MetricParams) => string;
}

const delivered = (opt: (c: string, f: string) => string, select: string, where = 'TRUE') =>
  `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(accepted_at AS DATE) AS day,
     rider_id AS cluster, ${select}
   FROM delivery_orders WHERE status = 'delivered' AND ${where}`;

const deliveryDays = (opt: (c: string, f: string) => string, params: MetricParams) =>
  workingDaysSql(
    `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, rider_id AS worker,
       accepted_at AS start_at, delivered_at AS end_at,
       CAST(pay AS DOUBLE) - coalesce(CAST(${opt('penalty', '0')} AS DOUBLE), 0) AS net
     FROM delivery_orders WHERE status = 'delivered' AND delivered_at IS NOT NULL`,
    params.restMinutes,
  );

const rideDays = (opt: (c: string, f: string) => string, params: MetricParams) =>
  workingDaysSql(
    `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, driver_id AS worker,
       pickup_at AS start_at, dropoff_at AS end_at,
       CAST(driver_income AS DOUBLE) + coalesce(CAST(${opt('refund', '0')} AS DOUBLE), 0) AS net
     FROM ride_trips`,
    params.restMinutes,
  );

const perDay = (days: string, select: string) =>
  `SELECT platform, district, day, worker AS cluster, ${select} FROM (${days}) WHERE minutes >= 60`;

const commission = (opt: (c: string, f: string) => string) =>
  `(CAST(passenger_paid AS DOUBLE) - CAST(driver_income AS DOUBLE) - coalesce(CAST(${opt('refund', '0')} AS DOUBLE), 0))
   / CAST(passenger_paid AS DOUBLE)`;

const rides = (opt: (c: string, f: string) => string, select: string, where = 'TRUE') =>
  `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(pickup_at AS DATE) AS day,
     driver_id AS cluster, ${select}
   FROM ride_trips WHERE passenger_paid > 0 AND ${where}`;

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
    units: (opt) =>
      delivered(opt, '(delivered_at > promised_at)::INT AS num, 1 AS den', 'delivered_at IS NOT NULL'),
  },
  {
    key: 'penalty_rate',
    kind: 'delivery_orders',
    needs: ['penalty'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt) => delivered(opt, '(coalesce(penalty, 0) > 0)::INT AS num, 1 AS den'),
  },
  {
    key: 'late_money_penalty_rate',
    kind: 'delivery_orders',
    needs: ['penalty', 'penalty_reason', 'delivered_at', 'promised_at'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt) =>
      delivered(
        opt,
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
    units: (opt) =>
      delivered(
        opt,
        'epoch(promised_at - accepted_at) / 60 / (distance_m / 1000.0) AS value',
        'distance_m > 0',
      ),
  },
  {
    key: 'implied_kmh_p50',
    kind: 'delivery_orders',
    needs: ['promised_at', 'accepted_at', 'distance_m'],
    estimator: median,
    unit: 'kmh',
    better: 'lower',
    units: (opt) =>
      delivered(
        opt,
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
    units: (opt) =>
      delivered(
        opt,
        '(epoch(promised_at - accepted_at) / 60 < distance_m / 1000.0 / 15 * 60 + 5)::INT AS num, 1 AS den',
      ),
  },
  {
    key: 'hourly_pay_p50',
    kind: 'delivery_orders',
    needs: ['pay', 'delivered_at'],
    estimator: median,
    unit: 'cny_per_hour',
    better: 'higher',
    units: (opt, params) => perDay(deliveryDays(opt, params), 'net / (minutes / 60) AS value'),
  },
  {
    key: 'below_min_hourly_share',
    kind: 'delivery_orders',
    needs: ['pay', 'delivered_at'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, params) =>
      perDay(deliveryDays(opt, params), `(net / (minutes / 60) < ${params.minHourly})::INT AS num, 1 AS den`),
  },
  {
    key: 'rest_compliance',
    kind: 'delivery_orders',
    needs: ['delivered_at'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt, params) =>
      `SELECT platform, district, day, worker AS cluster,
         (longest_block < ${params.maxContinuousMinutes})::INT AS num, 1 AS den FROM (${deliveryDays(opt, params)})`,
  },
  {
    key: 'weather_subsidy_share',
    kind: 'delivery_orders',
    needs: ['weather_alert_level', 'subsidy'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt) =>
      delivered(opt, '(coalesce(subsidy, 0) > 0)::INT AS num, 1 AS den', 'weather_alert_level >= 2'),
  },
  {
    key: 'fee_shown_share',
    kind: 'delivery_orders',
    needs: ['fee_shown_before_accept'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    // Only orders whose data says either way: a platform whose export lacks the flag is not counted as hiding.
    units: (opt) =>
      delivered(opt, 'fee_shown_before_accept::INT AS num, 1 AS den', 'fee_shown_before_accept IS NOT NULL'),
  },
  {
    key: 'bad_review_deduction_rate',
    kind: 'delivery_orders',
    needs: ['penalty', 'penalty_reason'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt) =>
      delivered(opt, `(penalty_reason = 'bad_review' AND coalesce(penalty, 0) > 0)::INT AS num, 1 AS den`),
  },
  {
    key: 'commission_mean',
    kind: 'ride_trips',
    needs: ['passenger_paid', 'driver_income'],
    estimator: ratio,
    unit: 'rate',
    better: 'lower',
    units: (opt) => rides(opt, `${commission(opt)} AS num, 1 AS den`),
  },
  {
    key: 'commission_above_cap_share',
    kind: 'ride_trips',
    needs: ['passenger_paid', 'driver_income'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, params) =>
      rides(opt, `(${commission(opt)} > ${params.commissionCap})::INT AS num, 1 AS den`),
  },
  {
    key: 'bill_shown_share',
    kind: 'ride_trips',
    needs: ['bill_shown', 'passenger_paid', 'driver_income'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt) => rides(opt, 'bill_shown::INT AS num, 1 AS den', 'bill_shown IS NOT NULL'),
  },
  {
    key: 'ride_hourly_pay_p50',
    kind: 'ride_trips',
    needs: ['driver_income', 'pickup_at', 'dropoff_at'],
    estimator: median,
    unit: 'cny_per_hour',
    better: 'higher',
    units: (opt, params) => perDay(rideDays(opt, params), 'net / (minutes / 60) AS value'),
  },
  {
    key: 'ride_below_min_hourly_share',
    kind: 'ride_trips',
    needs: ['driver_income', 'pickup_at', 'dropoff_at'],
    estimator: ratio,
    unit: 'share',
    better: 'lower',
    units: (opt, params) =>
      perDay(rideDays(opt, params), `(net / (minutes / 60) < ${params.minHourly})::INT AS num, 1 AS den`),
  },
  {
    key: 'ride_rest_compliance',
    kind: 'ride_trips',
    needs: ['pickup_at', 'dropoff_at'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt, params) =>
      `SELECT platform, district, day, worker AS cluster,
         (longest_block < ${params.maxContinuousMinutes})::INT AS num, 1 AS den FROM (${rideDays(opt, params)})`,
  },
  {
    key: 'courier_fee_share',
    kind: 'parcel_deliveries',
    needs: ['hq_fee', 'courier_fee'],
    estimator: ratio,
    unit: 'share',
    better: 'higher',
    units: (opt) =>
      `SELECT company AS platform, coalesce(${opt('district', 'NULL')}, '') AS district,
         CAST(delivered_at AS DATE) AS day, courier_id AS cluster,
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
    units: (opt) =>
      `SELECT company AS platform, coalesce(${opt('district', 'NULL')}, '') AS district,
         CAST(delivered_at AS DATE) AS day, courier_id AS cluster, paid_direct::INT AS num, 1 AS den
       FROM parcel_deliveries WHERE paid_direct IS NOT NULL`,
  },
  {
    key: 'freight_payment_delay_days',
    kind: 'freight_orders',
    needs: ['completed_at', 'driver_paid_at'],
    estimator: ratio,
    unit: 'days',
    better: 'lower',
    units: (opt) =>
      `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(completed_at AS DATE) AS day,
         driver_id AS cluster,
         epoch(least(driver_paid_at, ${opt('advanced_at', 'NULL')}) - completed_at) / 86400 AS num,
         1 AS den
       FROM freight_orders WHERE coalesce(driver_paid_at, ${opt('advanced_at', 'NULL')}) IS NOT NULL`,
  },
  {
    key: 'freight_commission_rate',
    kind: 'freight_orders',
    needs: ['order_amount', 'commission'],
    estimator: ratio,
    unit: 'rate',
    better: 'lower',
    units: (opt) =>
      `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, CAST(completed_at AS DATE) AS day,
         driver_id AS cluster, CAST(commission AS DOUBLE) AS num, CAST(order_amount AS DOUBLE) AS den
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
export function optionalReader(columns: Partial<Record<DatasetKind, string[]>>, kind: DatasetKind) {
  const have = columns[kind] ?? [];
  return (column: string, fallback: string) => (have.includes(column) ? column : fallback);
}
