import { describe, expect, it } from 'vitest';
import { districtLabel, liableLabel, metricCell, moneyLabel, moneyShownExactly, percentOf } from './labels';

describe('audit labels', () => {
  it('names districts by code in both languages and keeps unknown text', () => {
    expect(districtLabel('310118', 'zh')).toBe('青浦区');
    expect(districtLabel('310118', 'en')).toBe('Qingpu');
    expect(districtLabel('Pudong', 'en')).toBe('Pudong');
    expect(districtLabel(null, 'zh')).toBe('—');
    // The data's district column holds Chinese names.
    expect(districtLabel('青浦区', 'en')).toBe('Qingpu');
  });

  it('names who is liable in the reader’s language and keeps wording it does not know', () => {
    expect(liableLabel('platform', 'zh')).toBe('平台');
    expect(liableLabel('franchisee, escalated to company', 'en')).toBe(
      'Franchisee, escalated to the company',
    );
    expect(liableLabel('the station', 'zh')).toBe('the station');
  });

  it('shows metric shares as percentages and money totals with two decimals', () => {
    expect(metricCell('late_rate', 0.1748)).toBe('17.5%');
    expect(metricCell('commission_mean', 0.2)).toBe('20.0%');
    expect(metricCell('courier_share_of_hq_fee_p50', 0.55)).toBe('55.0%');
    expect(metricCell('share_above_27pct', 0)).toBe('0.0%');
    expect(metricCell('penalty_total', '52.8100')).toBe('52.81');
    expect(metricCell('orders', 293)).toBe('293');
    expect(metricCell('implied_kmh_p50', 7.8)).toBe('7.8');
    expect(metricCell('month', '2025-04')).toBe('2025-04');
    expect(metricCell('riders', null)).toBe('—');
  });

  it('shows a stage’s progress as a percentage, whole when finished', () => {
    expect(percentOf({ done: 1, total: 4 }, false)).toBe(25);
    expect(percentOf({ done: 0, total: 0 }, false)).toBe(0);
    expect(percentOf({ done: 0, total: 0 }, true)).toBe(100);
  });
});

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
