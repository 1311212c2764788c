import { describe, expect, it } from 'vitest';
import { axisValue, formatValue } from './format';

describe('metric formatting', () => {
  it('shows shares as percentages and keeps the sign of a change', () => {
    expect(formatValue(0.1234, 'share')).toBe('12.3%');
    expect(formatValue(-0.05, 'share', true)).toBe('-5.0 pp');
    expect(formatValue(0.05, 'share', true, '个百分点')).toBe('+5.0个百分点');
    expect(formatValue(25.456, 'cny_per_hour')).toBe('25.46');
    expect(formatValue(null, 'share')).toBe('—');
    expect(formatValue(1, 'flag')).toBe('✓');
    expect(axisValue(0.12345, 'share')).toBe(12.35);
    expect(axisValue(15.678, 'kmh')).toBe(15.68);
  });

  it('shows a change that rounds to zero without a sign', () => {
    expect(formatValue(-0.00004, 'share', true)).toBe('0.0 pp');
    expect(formatValue(0.00004, 'share', true)).toBe('0.0 pp');
    expect(formatValue(-0.001, 'cny_per_hour', true)).toBe('0.00');
    expect(formatValue(-0.002, 'share', true)).toBe('-0.2 pp');
  });
});
