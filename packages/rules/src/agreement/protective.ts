/**
 * Which way each parameter of the library protects workers more, read off the rule's violation in rules.md: a
 * franchisee's secondary agreement may move a parameter only that way from its brand agreement's value.
 *
 * - `higher`: a larger number finds more breaches (a larger share, a higher hourly minimum, a longer rest);
 * - `lower`: a smaller number does (a lower cap, fewer grace days, a slower assumed speed, a lower alert level);
 * - `superset`: a list naming more values does (more exempt causes of lateness);
 * - `false`: `false` does and `true` never does (pay counted without subsidies).
 *
 * A parameter listed under `fixed` has no such direction (it says what a figure means rather than how strict
 * the standard is): a secondary agreement may only repeat the brand's value. Every parameter of the library is
 * in one of the two tables (a unit test holds them to the library).
 */
export type Protective = 'higher' | 'lower' | 'superset' | 'false';

export const protectiveDirection: Readonly<Record<string, Readonly<Record<string, Protective>>>> = {
  // penalty for lateness although delay_reason ∈ exempt_reasons, or alert ≥ min_alert_level, or wait > grace
  'fd.late_penalty_exemption': {
    exempt_reasons: 'superset',
    min_alert_level: 'lower',
    merchant_grace_minutes: 'lower',
  },
  // allowed < distance / max_speed_kmh × 60 + handover_minutes
  'fd.eta_speed_floor': { max_speed_kmh: 'lower', handover_minutes: 'higher' },
  // working ≥ min_working_minutes and net_pay (less subsidies unless included) / paid hours < min_hourly
  'fd.min_hourly_pay': {
    min_hourly: 'higher',
    include_subsidies: 'false',
    allowance_minutes_per_hour: 'higher',
    min_working_minutes: 'lower',
  },
  // a block goes on until a gap of rest_minutes; breach at max_continuous_minutes into it
  'fd.continuous_work_rest': { max_continuous_minutes: 'lower', rest_minutes: 'higher' },
  'fd.daily_time_cap': { hard_cap_minutes: 'lower' },
  // days worked > 7 − min_rest_days
  'fd.weekly_rest_day': { min_rest_days: 'higher' },
  'fd.weather_subsidy': { min_alert_level: 'lower' },
  'ex.direct_fee_share': { min_share: 'higher' },
  'ex.wage_arrears': { grace_days: 'lower' },
  'rh.commission_cap': { cap: 'lower' },
  'rh.bill_transparency': { tolerance: 'lower' },
  'rh.avg_commission_disclosed': { disclosed_average: 'lower', tolerance: 'lower' },
  'rh.fatigue_short': { max_service_minutes: 'lower', min_break_minutes: 'higher' },
  'rh.fatigue_daily': { max_billed_minutes: 'lower' },
  'rh.min_hourly_pay': {
    min_hourly: 'higher',
    allowance_minutes_per_hour: 'higher',
    min_working_minutes: 'lower',
  },
  // unpaid and not advanced by completed_at + days
  'fr.freight_advance': { days: 'lower' },
  'fr.commission_abs_cap': { cap: 'lower' },
  'fr.peak_fee_cap': { max_ratio: 'lower' },
};

/**
 * Parameters without a protective direction. `coupon_counts_as_paid` settles what the commission rate is
 * (S19 S21: whether a platform coupon counts as paid), not how high it may be.
 */
export const fixedParameters: Readonly<Record<string, readonly string[]>> = {
  'rh.commission_cap': ['coupon_counts_as_paid'],
  'rh.bill_transparency': ['coupon_counts_as_paid'],
  'rh.avg_commission_disclosed': ['coupon_counts_as_paid'],
};

/** The protective direction of a library rule's parameter; undefined for a fixed one or a custom check's. */
export function protectiveOf(ruleId: string | undefined, param: string): Protective | undefined {
  return ruleId === undefined ? undefined : protectiveDirection[ruleId]?.[param];
}
