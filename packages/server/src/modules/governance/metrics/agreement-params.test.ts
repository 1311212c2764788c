import { loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { metricParamsOf, minHourlyOn, minHourlyOnSql } from './agreement-params';

const agreement = (hourly: string) =>
  loadAgreement(
    [
      'id: hourly-test',
      'title: 测试协议',
      'industry: food_delivery',
      'platform: eleme',
      'effective_from: 2025-05-01',
      'clauses:',
      `  - { id: c1, title: 小时收入, text: 小时收入, rule: fd.min_hourly_pay, params: { min_hourly: ${hourly} } }`,
    ].join('\n'),
    'hourly-test.yaml',
  );

describe('the hourly minimum an agreement sets', () => {
  it('is the one in force on the day: 24 in May 2025, 25 from July', () => {
    const dated = agreement('[{ from: 2025-05-01, value: 24 }, { from: 2025-07-01, value: 25 }]');
    expect(minHourlyOn(dated, '2025-05-18')).toBe(24);
    expect(minHourlyOn(dated, '2025-07-01')).toBe(25);
    expect(minHourlyOnSql(dated, 'day')).toBe(
      "(CASE WHEN day >= DATE '2025-07-01' THEN 25 WHEN day >= DATE '2025-05-01' THEN 24 ELSE 24 END)",
    );
    // Before/after comparisons keep one bar on both sides: the latest.
    expect(metricParamsOf(dated).minHourly).toBe(25);
  });

  it('is the plain value on every day', () => {
    const plain = agreement('30');
    expect(minHourlyOn(plain, '2020-01-01')).toBe(30);
    expect(minHourlyOnSql(plain, 'day')).toBe('30');
  });
});
