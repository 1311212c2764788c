import { describe, expect, it } from 'vitest';
import { roundHalfAway, scaledDecimal } from './decimal-text';

describe('a decimal written as text, as the rules read it', () => {
  it('counts units of 10^-12, rounding further places half away from zero', () => {
    expect(scaledDecimal('1.25')).toBe(1_250_000_000_000n);
    expect(scaledDecimal(' -0.5 ')).toBe(-500_000_000_000n);
    expect(scaledDecimal('.5')).toBe(500_000_000_000n);
    expect(scaledDecimal('2e-3')).toBe(2_000_000_000n);
    expect(scaledDecimal('1E2')).toBe(100_000_000_000_000n);
    expect(scaledDecimal('0.0000000000015')).toBe(2n);
    expect(scaledDecimal('-0.0000000000015')).toBe(-2n);
    expect(scaledDecimal('0.0000000000014999')).toBe(1n);
  });

  it('is undefined for text that is no decimal', () => {
    expect(['', '.', 'abc', '1.2.3', '1,5', '--1'].map(scaledDecimal)).toEqual(Array(6).fill(undefined));
  });

  it('rounds a quotient to the nearest integer, halves away from zero', () => {
    expect([15n, 14n, -15n, -14n].map((v) => roundHalfAway(v, 10n))).toEqual([2n, 1n, -2n, -1n]);
  });
});
