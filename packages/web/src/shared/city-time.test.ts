// A browser far from the city: every time shown must still be Shanghai's.
process.env.TZ = 'America/New_York';

import { describe, expect, it } from 'vitest';
import { formatTime } from '../modules/admin/format';
import { cityNow, cityWallClockToInstant, formatCityTime } from './city-time';

describe('times on the city clock', () => {
  it('runs in a browser that is not in Shanghai', () => {
    expect(new Date('2026-11-20T01:30:00Z').getTimezoneOffset()).toBe(300);
  });

  it('shows an instant as Shanghai wall-clock time, with or without seconds', () => {
    expect(formatCityTime('2026-11-20T01:30:00.000Z')).toBe('2026-11-20 09:30:00');
    expect(formatCityTime('2026-11-20T01:30:00.000Z', { seconds: false })).toBe('2026-11-20 09:30');
    expect(formatCityTime(new Date('2026-12-01T16:08:07Z'))).toBe('2026-12-02 00:08:07');
    expect(formatCityTime('2026-11-30T19:44:31Z')).toBe('2026-12-01 03:44:31');
  });

  it('writes midnight as 00, not 24', () => {
    expect(formatCityTime('2026-03-01T16:00:00Z')).toBe('2026-03-02 00:00:00');
  });

  it('gives the fallback for a missing time', () => {
    expect(formatCityTime(null, { empty: 'never' })).toBe('never');
    expect(formatCityTime(undefined)).toBe('');
    expect(formatTime(null, '从未')).toBe('从未');
  });

  it('is what the admin, cases, audits and mediation pages use', () => {
    expect(formatTime('2026-11-20T01:30:00.000Z', '')).toBe('2026-11-20 09:30:00');
  });

  it('defaults a picker to now in the city and sends back the city instant', () => {
    const picked = cityNow(new Date('2026-11-20T01:30:00Z'));
    expect(picked.format('YYYY-MM-DD HH:mm')).toBe('2026-11-20 09:30');
    expect(new Date(cityWallClockToInstant(picked)).toISOString()).toBe('2026-11-20T01:30:00.000Z');
  });
});
