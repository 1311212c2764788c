import { describe, expect, it } from 'vitest';
import { cityDayOf, cityToday } from './city-today';

describe('today in the city', () => {
  it('is the Shanghai day, also late in the evening UTC', () => {
    expect(cityToday(new Date('2026-11-28T16:30:00Z')).format('YYYY-MM-DD')).toBe('2026-11-29');
    expect(cityToday(new Date('2026-11-28T15:30:00Z')).format('YYYY-MM-DD')).toBe('2026-11-28');
  });

  it('gives a server timestamp its day in the city', () => {
    expect(cityDayOf('2026-03-01T17:00:00.000Z').format('YYYY-MM-DD')).toBe('2026-03-02');
  });
});
