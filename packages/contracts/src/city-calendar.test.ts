import { describe, expect, it } from 'vitest';
import { cityDate, cityMonth } from './city-calendar';

describe('the city calendar', () => {
  it('counts a day from midnight in Shanghai, whatever the clock of the machine', () => {
    expect(cityDate(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(cityDate(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  it('turns the month at the city’s midnight', () => {
    expect(cityMonth(new Date('2026-11-30T15:59:59Z'))).toBe('2026-11');
    expect(cityMonth(new Date('2026-11-30T16:00:00Z'))).toBe('2026-12');
  });
});
