import { describe, expect, it } from 'vitest';
import { isSmallClaimAmount, recoveredWithinClaimed, toFen } from './money';

describe('money in mediation forms', () => {
  it('reads yuan to fen exactly', () => {
    expect(toFen('3200')).toBe(320000n);
    expect(toFen('0.1')).toBe(10n);
    expect(toFen(' 12.34 ')).toBe(1234n);
    expect(toFen('1.234')).toBeUndefined();
    expect(toFen('-5')).toBeUndefined();
    expect(toFen('')).toBeUndefined();
  });

  it('takes claims up to 10,000 yuan on the quick path and no more', () => {
    expect(isSmallClaimAmount('10000.00')).toBe(true);
    expect(isSmallClaimAmount('10000.01')).toBe(false);
    expect(isSmallClaimAmount('abc')).toBe(false);
  });

  it('refuses to recover more than was claimed', () => {
    expect(recoveredWithinClaimed('3200', '3200.00')).toBe(true);
    expect(recoveredWithinClaimed('3200.01', '3200')).toBe(false);
    expect(recoveredWithinClaimed(undefined, '3200')).toBe(false);
  });
});

describe('counter settlement terms', () => {
  it('name who pays whom how much', async () => {
    const { defaultTerms } = await import('./money');
    expect(defaultTerms('某加盟商', '王五', '3200.00')).toBe(
      '某加盟商于本协议签订当日一次性支付王五劳动报酬人民币 3200.00 元，双方就本次争议再无其他纠纷。',
    );
  });
});
