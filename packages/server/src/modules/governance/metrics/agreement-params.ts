import { agreementCoverageOf } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import { paramOnSql, paramSteps, type ParamSteps } from '../../audits/engine/metric-params';
import type { MetricParams } from './definitions';

const hourlyRules = ['fd.min_hourly_pay', 'rh.min_hourly_pay'];

const valueOn = (steps: ParamSteps, date: string) =>
  steps.filter((s) => s.from === null || s.from <= date).at(-1)?.value ?? steps[0]!.value;

/** The hourly minimum by date as the agreement sets it (the library default when it sets none). */
export function minHourlySteps(agreement: Agreement): { from: string | null; value: number }[] {
  return paramSteps(agreement, hourlyRules, 'min_hourly').map((s) => ({ ...s, value: Number(s.value) }));
}

/** The hourly minimum in force on a date (YYYY-MM-DD). */
export function minHourlyOn(agreement: Agreement, date: string): number {
  return Number(valueOn(paramSteps(agreement, hourlyRules, 'min_hourly'), date));
}

/** SQL for the hourly minimum in force on the day a DATE expression gives. */
export function minHourlyOnSql(agreement: Agreement, day: string): string {
  return paramOnSql(paramSteps(agreement, hourlyRules, 'min_hourly'), day);
}

/**
 * A numeric parameter of a library rule in force on a date (YYYY-MM-DD), as the agreement's clause of that rule
 * sets it; the library default without an agreement or without the clause (a scorecard point's threshold).
 */
export function parameterOn(agreement: Agreement | null, rule: string, name: string, date: string): number {
  return Number(valueOn(paramSteps(agreement, [rule], name), date));
}

/**
 * Where the rest a worker-day must have is set: the delivery clause (`fd.continuous_work_rest`), or the
 * ride-hailing fatigue clause (`rh.fatigue_short`: service time and break) of an agreement that has one.
 */
function restRuleOf(agreement: Agreement | null) {
  return agreement?.clauses.some((c) => c.rule === 'rh.fatigue_short')
    ? { rules: ['rh.fatigue_short'], longest: 'max_service_minutes', rest: 'min_break_minutes' }
    : { rules: ['fd.continuous_work_rest'], longest: 'max_continuous_minutes', rest: 'rest_minutes' };
}

/**
 * The thresholds and definitions an agreement's clauses set for its metrics — the hourly minimum and what counts
 * as hourly pay, the speed floor, the commission cap, riders' or drivers' rest — each resolved on the unit's day
 * as the audit resolves it; the library defaults where the agreement sets none (and for `null`: no agreement).
 */
export function metricParamsOf(agreement: Agreement | null): MetricParams {
  const dated = (rules: readonly string[], name: string) => {
    const steps = paramSteps(agreement, rules, name);
    return (day: string) => paramOnSql(steps, day);
  };
  const restRule = restRuleOf(agreement);
  const rest = paramSteps(agreement, restRule.rules, restRule.rest);
  return {
    minHourly: dated(hourlyRules, 'min_hourly'),
    includeSubsidies: dated(['fd.min_hourly_pay'], 'include_subsidies'),
    allowanceMinutesPerHour: dated(hourlyRules, 'allowance_minutes_per_hour'),
    minWorkingMinutes: dated(hourlyRules, 'min_working_minutes'),
    maxSpeedKmh: dated(['fd.eta_speed_floor'], 'max_speed_kmh'),
    handoverMinutes: dated(['fd.eta_speed_floor'], 'handover_minutes'),
    commissionCap: dated(['rh.commission_cap'], 'cap'),
    couponCountsAsPaid: dated(['rh.commission_cap'], 'coupon_counts_as_paid'),
    maxContinuousMinutes: dated(restRule.rules, restRule.longest),
    // Rests are found over a whole day at once: the gap that counts as one is the latest the agreement sets.
    restMinutes: Number(rest.at(-1)!.value),
  };
}

/** The library's defaults: the figures of data no agreement covers (scorecards, inference). */
export const defaultMetricParams: MetricParams = metricParamsOf(null);

/** A default of the library's rule as it stands now, as a number (the hourly minimum, the commission cap). */
export const libraryDefault = (rule: string, name: string): number =>
  Number(paramSteps(null, [rule], name).at(-1)!.value);

/** The platforms an agreement covers (empty: every platform of its industry). */
export function coveredPlatforms(agreement: Agreement): string[] {
  return agreementCoverageOf(agreement).platforms;
}
