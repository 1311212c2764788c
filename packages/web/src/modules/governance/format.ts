import type { MetricUnit } from './units';

/** A metric's value as people read it: shares as percentages, rates of money with two decimals. */
export function formatValue(
  value: number | null | undefined,
  unit: MetricUnit | string,
  signed = false,
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'flag') return value >= 1 ? '✓' : '✗';
  const share = unit === 'share' || unit === 'rate';
  const digits = (share ? value * 100 : value).toFixed(share ? 1 : 2);
  // What rounds to zero reads as zero: no “-0.0%” and no “+0.0%” for a change too small to show.
  const zero = Number(digits) === 0;
  const number = zero ? digits.replace('-', '') : digits;
  const sign = signed && !zero && value > 0 ? '+' : '';
  if (share) return `${sign}${number}%`;
  if (unit === 'per_1000') return `${sign}${number}‰`;
  return `${sign}${number}`;
}

/** The value on a chart axis: percentages for shares, else the number. */
export function axisValue(value: number | null | undefined, unit: MetricUnit | string): number | null {
  if (value === null || value === undefined) return null;
  return unit === 'share' || unit === 'rate'
    ? Math.round(value * 10000) / 100
    : Math.round(value * 100) / 100;
}
