import { agreementCoverageOf } from '@gigpact/contracts';
import { libraryRule, type Agreement } from '@gigpact/rules';
import type { MetricParams } from './definitions';

type Value = number | boolean;
/** A parameter by date: `from` null for a value that holds on every date, else dated values in ascending order. */
type Steps = { from: string | null; value: Value }[];

const asValue = (value: unknown): Value | undefined => {
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
};

const hourlyRules = ['fd.min_hourly_pay', 'rh.min_hourly_pay'];

/**
 * A parameter by date as the first clause of the given rules that sets it writes it (the first dated value also
 * holds before its date), else the library default of the first rule.
 */
function stepsOf(agreement: Agreement | null, rules: readonly string[], name: string): Steps {
  for (const clause of agreement?.clauses ?? []) {
    if (!clause.rule || !rules.includes(clause.rule)) continue;
    const given = clause.params?.[name];
    if (Array.isArray(given)) {
      const steps = (given as { from: string; value: unknown }[])
        .map((d) => ({ from: String(d.from), value: asValue(d.value) }))
        .filter(
          (d): d is { from: string; value: Value } =>
            d.value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(d.from),
        )
        .sort((a, b) => (a.from < b.from ? -1 : 1));
      if (steps.length) return steps;
    }
    const value = asValue(given);
    if (value !== undefined) return [{ from: null, value }];
  }
  const fallback = asValue(libraryRule(rules[0]!).params[name]?.default);
  if (fallback === undefined) throw new Error(`rule ${rules[0]} has no default for ${name}`);
  return [{ from: null, value: fallback }];
}

const valueOn = (steps: Steps, date: string): Value =>
  steps.filter((s) => s.from === null || s.from <= date).at(-1)?.value ?? steps[0]!.value;

const literal = (value: Value) => (typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE') : String(value));

/** SQL for the value in force on the day a DATE expression gives. */
function onSql(steps: Steps, day: string): string {
  const dated = steps.filter((s) => s.from !== null).reverse();
  if (dated.length === 0) return literal(steps[0]!.value);
  const arms = dated.map((s) => `WHEN ${day} >= DATE '${s.from}' THEN ${literal(s.value)}`).join(' ');
  return `(CASE ${arms} ELSE ${literal(steps[0]!.value)} END)`;
}

/** The hourly minimum by date as the agreement sets it (the library default when it sets none). */
export function minHourlySteps(agreement: Agreement): { from: string | null; value: number }[] {
  return stepsOf(agreement, hourlyRules, 'min_hourly').map((s) => ({ ...s, value: Number(s.value) }));
}

/** The hourly minimum in force on a date (YYYY-MM-DD). */
export function minHourlyOn(agreement: Agreement, date: string): number {
  return Number(valueOn(stepsOf(agreement, hourlyRules, 'min_hourly'), date));
}

/** SQL for the hourly minimum in force on the day a DATE expression gives. */
export function minHourlyOnSql(agreement: Agreement, day: string): string {
  return onSql(stepsOf(agreement, hourlyRules, 'min_hourly'), day);
}

/**
 * A numeric parameter of a library rule in force on a date (YYYY-MM-DD), as the agreement's clause of that rule
 * sets it; the library default without an agreement or without the clause (a scorecard point's threshold).
 */
export function parameterOn(agreement: Agreement | null, rule: string, name: string, date: string): number {
  return Number(valueOn(stepsOf(agreement, [rule], name), date));
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
    const steps = stepsOf(agreement, rules, name);
    return (day: string) => onSql(steps, day);
  };
  const restRule = restRuleOf(agreement);
  const rest = stepsOf(agreement, restRule.rules, restRule.rest);
  return {
    minHourly: dated(hourlyRules, 'min_hourly'),
    includeSubsidies: dated(['fd.min_hourly_pay'], 'include_subsidies'),
    allowanceMinutesPerHour: dated(hourlyRules, 'allowance_minutes_per_hour'),
    minWorkingMinutes: dated(hourlyRules, 'min_working_minutes'),
    maxSpeedKmh: dated(['fd.eta_speed_floor'], 'max_speed_kmh'),
    handoverMinutes: dated(['fd.eta_speed_floor'], 'handover_minutes'),
    commissionCap: dated(['rh.commission_cap'], 'cap'),
    maxContinuousMinutes: dated(restRule.rules, restRule.longest),
    // Rests are found over a whole day at once: the gap that counts as one is the latest the agreement sets.
    restMinutes: Number(rest.at(-1)!.value),
  };
}

/** The library's defaults: the figures of data no agreement covers (scorecards, inference). */
export const defaultMetricParams: MetricParams = metricParamsOf(null);

/** A default of the library's rule, as a number (the hourly minimum, the commission cap). */
export const libraryDefault = (rule: string, name: string): number =>
  Number(stepsOf(null, [rule], name)[0]!.value);

/** The platforms an agreement covers (empty: every platform of its industry). */
export function coveredPlatforms(agreement: Agreement): string[] {
  return agreementCoverageOf(agreement).platforms;
}
