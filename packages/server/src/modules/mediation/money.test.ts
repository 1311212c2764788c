import { describe, expect, it } from 'vitest';
import { isSmallClaim, toFen } from './money';

describe('money in fen', () => {
  it('converts decimal text exactly', () => {
    expect(toFen('296')).toBe(29_600n);
    expect(toFen('0.1')).toBe(10n);
    expect(toFen('12600.05')).toBe(1_260_005n);
  });
  it('calls wage claims up to 10,000 yuan small', () => {
    expect(isSmallClaim('wage_arrears', '10000.00')).toBe(true);
    expect(isSmallClaim('wage_arrears', '10000.01')).toBe(false);
    expect(isSmallClaim('injury', '296')).toBe(false);
    expect(isSmallClaim('wage_arrears', null)).toBe(false);
  });
});
