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

function paramOf(agreement: Agreement, rules: readonly string[], name: string): number | undefined {
  for (const clause of agreement.clauses) {
    if (!clause.rule || !rules.includes(clause.rule)) continue;
    const value = latest(clause.params?.[name]);
    if (typeof value === 'number') return value;
    if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)))
      return Number(value);
  }
  return undefined;
}

/** The metric thresholds an agreement sets (hourly minimum, commission cap, rest), else the library defaults. */
export function metricParamsOf(agreement: Agreement | null): MetricParams {
  if (!agreement) return defaultMetricParams;
  return {
    minHourly:
      paramOf(agreement, ['fd.min_hourly_pay', 'rh.min_hourly_pay'], 'min_hourly') ??
      defaultMetricParams.minHourly,
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
