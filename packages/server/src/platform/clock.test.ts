import { describe, expect, it } from 'vitest';
import { cityDate, cityMonth, monthsEndingWith } from './clock';

describe('city calendar', () => {
  it('counts days in Shanghai time, not UTC', () => {
    expect(cityDate(new Date('2026-01-31T16:30:00Z'))).toBe('2026-02-01');
    expect(cityMonth(new Date('2026-01-31T15:59:59Z'))).toBe('2026-01');
  });

  it('lists months across a year boundary', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsEndingWith('2026-12', 1)).toEqual(['2026-12']);
  });
});
