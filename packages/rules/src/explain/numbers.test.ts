import { describe, expect, it } from 'vitest';
import { moneyWords, showValue, valueAfterName } from './numbers';

describe('numbers in a trace', () => {
  it('shows a decimal of up to 6 places as it is, and a longer one rounded beside its exact value', () => {
    expect(valueAfterName('17', 'zh')).toBe('= 17');
    expect(valueAfterName('0.35', 'en')).toBe('= 0.35');
    expect(valueAfterName('1.234567', 'en')).toBe('= 1.234567');
    expect(valueAfterName('24.36399999998', 'zh')).toBe('≈ 24.364（计算值 24.36399999998）');
    expect(valueAfterName('24.36399999998', 'en')).toBe('≈ 24.364 (as computed 24.36399999998)');
    expect(valueAfterName(null, 'en')).toBe('= ∅');
  });

  it('rounds half away from zero, drops trailing zeros and keeps three significant digits below 1', () => {
    expect(showValue('16.99999999999')).toEqual({ shown: '17', approximate: true, exact: '16.99999999999' });
    expect(showValue('-2.0005000001').shown).toBe('-2.001');
    expect(showValue('0.266666666666').shown).toBe('0.267');
    expect(showValue('0.000123456789').shown).toBe('0.000123');
    expect(showValue('-0.0000000004').shown).toBe('-0.0000000004');
    expect(showValue('17.000000000000')).toEqual({ shown: '17', approximate: false, exact: '17' });
  });

  it('leaves what is no number alone', () => {
    expect(valueAfterName('2025-07-02 10:00:00', 'zh')).toBe('= 2025-07-02 10:00:00');
    expect(valueAfterName('true', 'en')).toBe('= true');
    expect(valueAfterName('r1', 'en')).toBe('= r1');
  });

  it('shows money with two places, rounded and marked when it has more', () => {
    expect(valueAfterName('6', 'zh', true)).toBe('= 6.00');
    expect(valueAfterName('48.6', 'en', true)).toBe('= 48.60');
    expect(valueAfterName('1.2345', 'en', true)).toBe('≈ 1.23 (as computed 1.2345)');
    expect(showValue('-0.001', true).shown).toBe('0.00');
    expect(moneyWords('3.5', 'zh')).toBe('3.50 元');
    expect(moneyWords('3.5', 'en')).toBe('CNY 3.50');
    expect(moneyWords('3.472222222222', 'zh')).toBe('约 3.47 元（计算值 3.472222222222 元）');
    expect(moneyWords('3.472222222222', 'en')).toBe('about CNY 3.47 (as computed CNY 3.472222222222)');
    expect(moneyWords('0.995', 'en')).toBe('about CNY 1.00 (as computed CNY 0.995)');
  });
});
