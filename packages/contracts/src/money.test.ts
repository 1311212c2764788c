import { describe, expect, it } from 'vitest';
import { moneyLabel, moneyShownExactly } from './money';

describe('amounts of money', () => {
  it('are shown in yuan and fen, rounded half away from zero, with separators', () => {
    expect(moneyLabel('3578.2999999998')).toBe('3,578.30');
    expect(moneyLabel('1635.8499999997')).toBe('1,635.85');
    expect(moneyLabel('0.005')).toBe('0.01');
    expect(moneyLabel('-0.005')).toBe('-0.01');
    expect(moneyLabel('-0.004')).toBe('0.00');
    expect(moneyLabel('126000')).toBe('126,000.00');
    expect(moneyLabel('9.2')).toBe('9.20');
    expect(moneyLabel(null)).toBe('—');
  });

  it('tell when the shown amount is not the exact one', () => {
    expect(moneyShownExactly('9.2')).toBe(true);
    expect(moneyShownExactly('9.2000')).toBe(true);
    expect(moneyShownExactly('3578.2999999998')).toBe(false);
    expect(moneyShownExactly('0.005')).toBe(false);
  });
});
