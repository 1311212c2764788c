import { describe, expect, it } from 'vitest';
import {
  calendarDateProblem,
  formatDate,
  formatTimestamp,
  monthOf,
  parseDate,
  parseTimestamp,
  weekOf,
} from './time';

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

  it('refuses impossible dates and times instead of rolling them over', () => {
    for (const text of ['2025-02-29', '2025-02-30', '2025-09-31', '2025-13-01', '2025-00-10', '2025-01-00'])
      expect(() => parseDate(text), text).toThrow(/not a calendar date/);
    expect(() => parseDate('1900-02-29')).toThrow(/not a calendar date/);
    expect(() => parseTimestamp('2025-02-30 10:00')).toThrow(/not a calendar date/);
    for (const text of ['2025-07-01 24:00', '2025-07-01 10:60', '2025-07-01 10:00:60'])
      expect(() => parseTimestamp(text), text).toThrow(/not a time of day/);
    expect(formatDate(parseDate('2024-02-29'))).toBe('2024-02-29');
    expect(formatDate(parseDate('2000-02-29'))).toBe('2000-02-29');
    expect(formatTimestamp(parseTimestamp('2025-12-31 23:59:59.999999'))).toBe('2025-12-31 23:59:59.999999');
  });

  it('reads every real day as Date.UTC does, including years before 100', () => {
    for (let day = -800_000; day <= 800_000; day += 997) {
      const ms = day * 86_400_000;
      const text = new Date(ms).toISOString().slice(0, 10);
      if (!/^\d{4}-/.test(text)) continue;
      expect(parseDate(text)).toBe(BigInt(ms) * 1000n);
    }
    // Date.UTC reads years 0–99 as 1900–1999; the parser does not.
    expect(parseDate('0025-03-01')).toBe(BigInt(new Date('0025-03-01T00:00:00Z').getTime()) * 1000n);
  });

  it('says why a date is no day of the calendar, in both languages', () => {
    expect(calendarDateProblem('2025-02-28')).toBeUndefined();
    expect(calendarDateProblem('2025-02-30')).toEqual({
      zh: '2025-02-30 不是日历上的日期：2025 年 2 月只有 28 天',
      en: '2025-02-30 is not a calendar date: February 2025 has 28 days',
    });
    expect(calendarDateProblem('2025-13-01')?.en).toBe(
      '2025-13-01 is not a calendar date: the month must be 01 to 12',
    );
    expect(calendarDateProblem('2025-09-31')?.zh).toBe('2025-09-31 不是日历上的日期：2025 年 9 月只有 30 天');
  });
});
