import { describe, expect, it } from 'vitest';
import { monthsEndingWith } from './clock';

describe('city calendar', () => {
  it('lists months across a year boundary', () => {
    expect(monthsEndingWith('2026-02', 4)).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsEndingWith('2026-12', 1)).toEqual(['2026-12']);
  });
});
