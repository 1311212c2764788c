import { describe, expect, it } from 'vitest';
import { formatDate, formatTimestamp, monthOf, parseTimestamp, weekOf } from './time';

describe('wall-clock time', () => {
  it('places a timestamp in its ISO week (Monday) and month', () => {
    const t = parseTimestamp('2025-05-04 23:59:59');
    expect(formatDate(weekOf(t))).toBe('2025-04-28');
    expect(formatDate(weekOf(parseTimestamp('2025-05-05 00:00')))).toBe('2025-05-05');
    expect(formatDate(monthOf(t))).toBe('2025-05-01');
  });

  it('keeps microseconds and accepts the ISO T separator', () => {
    const t = parseTimestamp('2025-05-04T10:00:00.25');
    expect(formatTimestamp(t)).toBe('2025-05-04 10:00:00.25');
    expect(() => parseTimestamp('04/05/2025')).toThrow(/not a timestamp/);
  });
});
