import type { MetricUnit } from './units';

/**
 * A metric's value as people read it: shares as percentages, rates of money with two decimals. A signed value is a
 * change: a change of a share is in percentage points (`points`, e.g. " pp" or "个百分点"), not a percentage.
 */
export function formatValue(
  value: number | null | undefined,
  unit: MetricUnit | string,
  signed = false,
  points = ' pp',
): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'flag') return value >= 1 ? '✓' : '✗';
  const share = unit === 'share' || unit === 'rate';
  const digits = (share ? value * 100 : value).toFixed(share ? 1 : 2);
  // What rounds to zero reads as zero: no “-0.0%” and no “+0.0%” for a change too small to show.
  const zero = Number(digits) === 0;
  const number = zero ? digits.replace('-', '') : digits;
  const sign = signed && !zero && value > 0 ? '+' : '';
  if (share) return signed ? `${sign}${number}${points}` : `${sign}${number}%`;
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
