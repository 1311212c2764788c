import { agreementCoverageOf } from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import { defaultMetricParams, type MetricParams } from './definitions';

/** A parameter's value as a clause sets it: the plain value, or the latest of its dated values. */
function latest(value: unknown): unknown {
  if (Array.isArray(value)) {
    const dated = value as { from: string; value: unknown }[];
    return [...dated].sort((a, b) => (a.from < b.from ? -1 : 1)).at(-1)?.value;
  }
  return value;
}

const numeric = (value: unknown): number | undefined => {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
    return Number(value);
  return undefined;
};

function paramOf(agreement: Agreement, rules: readonly string[], name: string): number | undefined {
  for (const clause of agreement.clauses) {
    if (!clause.rule || !rules.includes(clause.rule)) continue;
    const value = numeric(latest(clause.params?.[name]));
    if (value !== undefined) return value;
  }
  return undefined;
}

const hourlyRules = ['fd.min_hourly_pay', 'rh.min_hourly_pay'];

/**
 * The hourly minimum by date as the agreement sets it: `from` null for a value that holds on every date, else
 * the dated values in ascending order (the first also holds before its date). The library default when the
 * agreement sets none.
 */
export function minHourlySteps(agreement: Agreement): { from: string | null; value: number }[] {
  for (const clause of agreement.clauses) {
    if (!clause.rule || !hourlyRules.includes(clause.rule)) continue;
    const given = clause.params?.min_hourly;
    if (Array.isArray(given)) {
      const steps = (given as { from: string; value: unknown }[])
        .map((d) => ({ from: d.from, value: numeric(d.value) }))
        .filter(
          (d): d is { from: string; value: number } =>
            d.value !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(String(d.from)),
        )
        .sort((a, b) => (a.from < b.from ? -1 : 1));
      if (steps.length) return steps;
    }
    const value = numeric(given);
    if (value !== undefined) return [{ from: null, value }];
  }
  return [{ from: null, value: defaultMetricParams.minHourly }];
}

/** The hourly minimum in force on a date (YYYY-MM-DD). */
export function minHourlyOn(agreement: Agreement, date: string): number {
  const steps = minHourlySteps(agreement);
  return steps.filter((s) => s.from === null || s.from <= date).at(-1)?.value ?? steps[0]!.value;
}

/** SQL for the hourly minimum in force on the day a DATE expression gives. */
export function minHourlyOnSql(agreement: Agreement, day: string): string {
  const steps = minHourlySteps(agreement);
  const dated = steps.filter((s) => s.from !== null).reverse();
  if (dated.length === 0) return String(steps[0]!.value);
  const arms = dated.map((s) => `WHEN ${day} >= DATE '${s.from}' THEN ${s.value}`).join(' ');
  return `(CASE ${arms} ELSE ${steps[0]!.value} END)`;
}

/** The metric thresholds an agreement sets (hourly minimum, commission cap, rest), else the library defaults. */
export function metricParamsOf(agreement: Agreement | null): MetricParams {
  if (!agreement) return defaultMetricParams;
  return {
    minHourly: paramOf(agreement, hourlyRules, 'min_hourly') ?? defaultMetricParams.minHourly,
    commissionCap: paramOf(agreement, ['rh.commission_cap'], 'cap') ?? defaultMetricParams.commissionCap,
    maxContinuousMinutes:
      paramOf(agreement, ['fd.continuous_work_rest'], 'max_continuous_minutes') ??
      defaultMetricParams.maxContinuousMinutes,
    restMinutes:
      paramOf(agreement, ['fd.continuous_work_rest'], 'rest_minutes') ?? defaultMetricParams.restMinutes,
  };
}

/** The platforms an agreement covers (empty: every platform of its industry). */
export function coveredPlatforms(agreement: Agreement): string[] {
  return agreementCoverageOf(agreement).platforms;
}
