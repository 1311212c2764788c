import type { MetricUnit } from './units';

/** A metric's value as people read it: shares as percentages, rates of money with two decimals. */
export function formatValue(
  value: number | null | undefined,
  unit: MetricUnit | string,
  signed = false,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const sign = signed && value > 0 ? '+' : '';
  if (unit === 'share' || unit === 'rate') return `${sign}${(value * 100).toFixed(1)}%`;
  if (unit === 'per_1000') return `${sign}${value.toFixed(2)}‰`;
  if (unit === 'flag') return value >= 1 ? '✓' : '✗';
  return `${sign}${value.toFixed(2)}`;
}

/** The value on a chart axis: percentages for shares, else the number. */
export function axisValue(value: number | null | undefined, unit: MetricUnit | string): number | null {
  if (value === null || value === undefined) return null;
  return unit === 'share' || unit === 'rate'
    ? Math.round(value * 10000) / 100
    : Math.round(value * 100) / 100;
}
