import { describe, expect, it } from 'vitest';
import { overallStrictness, strictnessIndex } from './strictness';

describe('strictest-algorithm index', () => {
  it('is 0 at the fastest tenth, 1 at the median, linear between', () => {
    expect(strictnessIndex(10, 10, 20)).toBe(0);
    expect(strictnessIndex(20, 10, 20)).toBe(1);
    expect(strictnessIndex(12.5, 10, 20)).toBe(0.25);
    expect(strictnessIndex(30, 10, 20)).toBe(2);
    expect(strictnessIndex(15, 10, 10)).toBeNull();
  });

  it('weights bands by orders and flags an index of at most 0.5', () => {
    // (100 × 0.2 + 300 × 0.6) / 400 = 0.5 → strict.
    expect(
      overallStrictness([
        { orders: 100, index: 0.2 },
        { orders: 300, index: 0.6 },
        { orders: 50, index: null },
      ]),
    ).toEqual({ index: 0.5, strict: true });
    expect(overallStrictness([{ orders: 10, index: 0.51 }])).toEqual({ index: 0.51, strict: false });
    expect(overallStrictness([])).toEqual({ index: null, strict: false });
  });
});
