import { describe, expect, it } from 'vitest';
import { money, quotientInFen } from './money';

describe('an outcome’s amounts', () => {
  it('divide an exact decimal in whole numbers, rounding a half fen away from zero', () => {
    // 0.015 CNY owed as 3,240,000,000 / 216·10⁹: 0.0149999… as a binary fraction, 0.02 as the clause rounds it.
    expect(quotientInFen('3240000000.000000000000', 216_000_000_000n)).toBe('0.02');
    expect(quotientInFen('3239999999.999999999999', 216_000_000_000n)).toBe('0.01');
    expect(quotientInFen('46468080000000', 216_000_000_000n)).toBe('215.13');
    expect(quotientInFen(null, 216_000_000_000n)).toBe('0.00');
    expect(quotientInFen('-1.5', 100n)).toBe('-0.02');
    expect(() => quotientInFen('1e3', 10n)).toThrow(/1e3/);
  });

  it('round an exact decimal from its digits and a measured one from its value', () => {
    expect(money('9337.1933333327')).toBe('9337.19');
    expect(money('0.005')).toBe('0.01');
    expect(money(12.344999)).toBe('12.34');
    expect(money(null)).toBe('0.00');
  });
});
