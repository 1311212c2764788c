import type { DatasetKind } from '@gigpact/contracts';

/**
 * Each injectable rule's exact row-level predicate from rules.md with default parameters, evaluated on the
 * written data: the ground truth is what the rule flags, not what the generator meant, so the two cannot drift.
 * `{asOf}` is the end of the as-of day (rules.md: "the end of that day in the dataset's time zone").
 */
export const groundTruthPredicates: { rule: string; kind: DatasetKind; id: string; where: string }[] = [
  {
    rule: 'fd.late_penalty_exemption',
    kind: 'delivery_orders',
    id: 'order_id',
    where: `status = 'delivered' AND penalty_reason = 'late' AND penalty > 0 AND (
      delay_reason IN ('weather', 'merchant', 'customer', 'traffic_control', 'access', 'vehicle')
      OR coalesce(weather_alert_level, 0) >= 3
      OR (merchant_ready_at > arrived_merchant_at AND date_diff('second', arrived_merchant_at, merchant_ready_at) / 60.0 > 5))`,
  },
  {
    rule: 'fd.no_late_money_penalty',
    kind: 'delivery_orders',
    id: 'order_id',
    where: `status = 'delivered' AND penalty_reason = 'late' AND penalty > 0`,
  },
  {
    rule: 'fd.bad_review_no_deduction',
    kind: 'delivery_orders',
    id: 'order_id',
    where: `status = 'delivered' AND penalty_reason = 'bad_review' AND penalty > 0`,
  },
  {
    rule: 'fd.eta_speed_floor',
    kind: 'delivery_orders',
    id: 'order_id',
    where: `status = 'delivered' AND date_diff('second', accepted_at, promised_at) / 60.0 < distance_m / 1000.0 / 15 * 60 + 5`,
  },
  {
    rule: 'fd.fee_shown_before_accept',
    kind: 'delivery_orders',
    id: 'order_id',
    where: `status = 'delivered' AND fee_shown_before_accept = false`,
  },
  {
    rule: 'fd.weather_subsidy',
    kind: 'delivery_orders',
    id: 'order_id',
    where: `status = 'delivered' AND weather_alert_level >= 2 AND coalesce(subsidy, 0) = 0`,
  },
  {
    rule: 'ex.direct_fee_share',
    kind: 'parcel_deliveries',
    id: 'parcel_id',
    where: `courier_fee < 0.25 * CASE WHEN franchisee_cost IS NOT NULL THEN hq_fee - franchisee_cost ELSE hq_fee END`,
  },
  { rule: 'ex.direct_payment', kind: 'parcel_deliveries', id: 'parcel_id', where: `paid_direct = false` },
  {
    rule: 'ex.wage_arrears',
    kind: 'courier_payroll',
    id: `courier_id || '/' || period`,
    where: `(amount_paid < amount_due AND {asOfDate} > due_date) OR paid_at >= due_date + INTERVAL 1 DAY`,
  },
  {
    rule: 'rh.commission_cap',
    kind: 'ride_trips',
    id: 'trip_id',
    where: `(passenger_paid - driver_income - coalesce(refund, 0)) / passenger_paid > 0.27`,
  },
  {
    rule: 'rh.bill_transparency',
    kind: 'ride_trips',
    id: 'trip_id',
    where: `bill_shown = false OR abs(shown_commission_rate - (passenger_paid - driver_income - coalesce(refund, 0)) / passenger_paid) > 0.005`,
  },
  {
    rule: 'fr.freight_advance',
    kind: 'freight_orders',
    id: 'order_id',
    where: `completed_at + INTERVAL 7 DAY <= {asOf}
      AND (customer_paid_at IS NULL OR customer_paid_at > completed_at + INTERVAL 7 DAY)
      AND (least(driver_paid_at, advanced_at) IS NULL OR least(driver_paid_at, advanced_at) > completed_at + INTERVAL 7 DAY)`,
  },
  { rule: 'fr.commission_abs_cap', kind: 'freight_orders', id: 'order_id', where: `commission > 100` },
  { rule: 'fr.peak_fee_cap', kind: 'freight_orders', id: 'order_id', where: `peak_fee > 0.6 * order_amount` },
];
