import type { DatasetKind } from '@gigpact/contracts';
import type { Estimator } from '../stats/bootstrap';
import { commissionAboveCap, commissionRateSql } from './commission-rate';
import { speedFloorBreachSql } from './speed-floor';
import { unitDay } from './unit-sql';
import { medianMetric, ratioMetric, shareMetric } from './unit-metrics';
import { workerDayMetrics } from './worker-day-metrics';

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
  /** Whether the platform's coupon counts as paid when the commission is compared with the cap (a BOOLEAN). */
  couponCountsAsPaid: (day: string) => string;
  maxContinuousMinutes: (day: string) => string;
  restMinutes: number;
}

/**
 * Which raw rows the agreement covers: SQL over one dataset's columns (`TRUE` when no agreement is in question).
 * With `leftOut`, also which rows are compared at all: a row for which `leftOut` holds and that the agreement does not
 * cover is no unit (rows that other agreements cover, kept out of the control arm).
 */
export type CoveredSql = string | { covered: string; leftOut: string };

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

/** The latest moment a platform's freight data records (completion, payment, advance): how far it reaches. */
const freightDataEnd = (opt: Optional) =>
  `max(greatest(completed_at, driver_paid_at, ${opt('customer_paid_at', 'NULL')}, ${opt('advanced_at', 'NULL')}))
     OVER (PARTITION BY platform)`;

export const metricDefinitions: readonly MetricDefinition[] = [
  shareMetric({
    key: 'late_rate',
    kind: 'delivery_orders',
    needs: ['delivered_at', 'promised_at'],
    better: 'lower',
    condition: 'delivered_at > promised_at',
    among: 'delivered_at IS NOT NULL',
  }),
  shareMetric({
    key: 'penalty_rate',
    kind: 'delivery_orders',
    needs: ['penalty'],
    better: 'lower',
    condition: 'coalesce(penalty, 0) > 0',
  }),
  shareMetric({
    key: 'late_money_penalty_rate',
    kind: 'delivery_orders',
    needs: ['penalty', 'penalty_reason', 'delivered_at', 'promised_at'],
    better: 'lower',
    condition: `penalty_reason = 'late' AND coalesce(penalty, 0) > 0`,
    among: 'delivered_at > promised_at',
  }),
  medianMetric({
    key: 'allowed_min_per_km_p50',
    kind: 'delivery_orders',
    needs: ['promised_at', 'accepted_at', 'distance_m'],
    better: 'higher',
    unit: 'min_per_km',
    value: 'epoch(promised_at - accepted_at) / 60 / (distance_m / 1000.0)',
    among: 'distance_m > 0',
  }),
  // Distance over the whole promised time, handover included: not the riding speed the inference fits.
  medianMetric({
    key: 'implied_kmh_p50',
    kind: 'delivery_orders',
    needs: ['promised_at', 'accepted_at', 'distance_m'],
    better: 'lower',
    unit: 'kmh',
    value: 'distance_m / 1000.0 / (epoch(promised_at - accepted_at) / 3600)',
    among: 'promised_at > accepted_at',
  }),
  // As `fd.eta_speed_floor`: allowed minutes below distance at the speed limit plus the handover time, compared
  // exactly (an order promised exactly at the floor is no breach).
  shareMetric({
    key: 'speed_floor_breach_rate',
    kind: 'delivery_orders',
    needs: ['promised_at', 'accepted_at', 'distance_m'],
    better: 'lower',
    condition: (_opt, params) => {
      const day = unitDay('delivery_orders');
      return speedFloorBreachSql(params.maxSpeedKmh(day), params.handoverMinutes(day));
    },
  }),
  ...workerDayMetrics(
    'delivery_orders',
    { hourlyPay: 'hourly_pay_p50', belowMinimum: 'below_min_hourly_share', rest: 'rest_compliance' },
    { pay: 'pay', times: ['delivered_at'] },
  ),
  shareMetric({
    key: 'weather_subsidy_share',
    kind: 'delivery_orders',
    needs: ['weather_alert_level', 'subsidy'],
    better: 'higher',
    condition: 'coalesce(subsidy, 0) > 0',
    among: 'weather_alert_level >= 2',
  }),
  // Only orders whose data says either way: a platform whose export lacks the flag is not counted as hiding.
  shareMetric({
    key: 'fee_shown_share',
    kind: 'delivery_orders',
    needs: ['fee_shown_before_accept'],
    better: 'higher',
    condition: 'fee_shown_before_accept',
    among: 'fee_shown_before_accept IS NOT NULL',
  }),
  shareMetric({
    key: 'bad_review_deduction_rate',
    kind: 'delivery_orders',
    needs: ['penalty', 'penalty_reason'],
    better: 'lower',
    condition: `penalty_reason = 'bad_review' AND coalesce(penalty, 0) > 0`,
  }),
  ratioMetric({
    key: 'commission_mean',
    kind: 'ride_trips',
    needs: ['passenger_paid', 'driver_income'],
    better: 'lower',
    unit: 'rate',
    num: commissionRateSql,
  }),
  shareMetric({
    key: 'commission_above_cap_share',
    kind: 'ride_trips',
    needs: ['passenger_paid', 'driver_income'],
    better: 'lower',
    condition: (opt, params) =>
      commissionAboveCap(
        opt,
        params.commissionCap(unitDay('ride_trips')),
        params.couponCountsAsPaid(unitDay('ride_trips')),
      ),
  }),
  shareMetric({
    key: 'bill_shown_share',
    kind: 'ride_trips',
    needs: ['bill_shown', 'passenger_paid', 'driver_income'],
    better: 'higher',
    condition: 'bill_shown',
    among: 'bill_shown IS NOT NULL',
  }),
  ...workerDayMetrics(
    'ride_trips',
    {
      hourlyPay: 'ride_hourly_pay_p50',
      belowMinimum: 'ride_below_min_hourly_share',
      rest: 'ride_rest_compliance',
    },
    { pay: 'driver_income', times: ['pickup_at', 'dropoff_at'] },
  ),
  ratioMetric({
    key: 'courier_fee_share',
    kind: 'parcel_deliveries',
    needs: ['hq_fee', 'courier_fee'],
    better: 'higher',
    unit: 'share',
    num: 'CAST(courier_fee AS DOUBLE)',
    den: 'CAST(hq_fee AS DOUBLE)',
    among: 'hq_fee > 0',
  }),
  shareMetric({
    key: 'direct_payment_share',
    kind: 'parcel_deliveries',
    needs: ['paid_direct'],
    better: 'higher',
    condition: 'paid_direct',
    among: 'paid_direct IS NOT NULL',
  }),
  // As `fr.freight_advance`: the driver has the freight at the earlier of payment and advance. An order with
  // neither is still waiting at the end of its platform's data (the latest moment it records) and counts as delayed until
  // then, so that unpaid freight does not make the mean look shorter.
  ratioMetric({
    key: 'freight_payment_delay_days',
    kind: 'freight_orders',
    needs: ['completed_at', 'driver_paid_at'],
    better: 'lower',
    unit: 'days',
    num: (opt) =>
      `epoch(coalesce(least(driver_paid_at, ${opt('advanced_at', 'NULL')}), ${freightDataEnd(opt)}) - completed_at) / 86400`,
    among: 'completed_at IS NOT NULL',
  }),
  ratioMetric({
    key: 'freight_commission_rate',
    kind: 'freight_orders',
    needs: ['order_amount', 'commission'],
    better: 'lower',
    unit: 'rate',
    num: 'CAST(commission AS DOUBLE)',
    den: 'CAST(order_amount AS DOUBLE)',
    among: 'order_amount > 0',
  }),
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
