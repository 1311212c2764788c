import { describe, expect, it } from 'vitest';
import { cityDate, cityMonth, isCalendarDay } from './city-calendar';

describe('the city calendar', () => {
  it('counts a day from midnight in Shanghai, whatever the clock of the machine', () => {
    expect(cityDate(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(cityDate(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  it('turns the month at the city’s midnight', () => {
    expect(cityMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(cityMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });

  it('tells a day of the calendar from a string that only looks like one', () => {
    for (const day of ['2025-02-28', '2024-02-29', '2025-12-31']) expect(isCalendarDay(day), day).toBe(true);
    for (const text of ['2025-02-30', '2025-13-01', '2023-02-29', '2025-00-10', '2025/12/01', '2025-1-1', ''])
      expect(isCalendarDay(text), text).toBe(false);
  });
});
