import { loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { defaultMetricParams, metricParamsOf, minHourlyOn, minHourlyOnSql } from './agreement-params';

const withClauses = (...clauses: string[]) =>
  loadAgreement(
    [
      'id: hourly-test',
      'title: 测试协议',
      'industry: food_delivery',
      'platform: eleme',
      'effective_from: 2025-05-01',
      'clauses:',
      ...clauses.map((c, i) => `  - { id: c${i + 1}, title: 条款, text: 条款, ${c} }`),
    ].join('\n'),
    'hourly-test.yaml',
  );
const agreement = (hourly: string) =>
  withClauses(`rule: fd.min_hourly_pay, params: { min_hourly: ${hourly} }`);

describe('the hourly minimum an agreement sets', () => {
  it('is the one in force on the day: 24 in May 2025, 25 from July', () => {
    const dated = agreement('[{ from: 2025-05-01, value: 24 }, { from: 2025-07-01, value: 25 }]');
    expect(minHourlyOn(dated, '2025-05-18')).toBe(24);
    expect(minHourlyOn(dated, '2025-07-01')).toBe(25);
    expect(minHourlyOnSql(dated, 'day')).toBe(
      "(CASE WHEN day >= DATE '2025-07-01' THEN 25 WHEN day >= DATE '2025-05-01' THEN 24 ELSE 24 END)",
    );
    // Metrics compare each day with the minimum of that day, as the audit does.
    expect(metricParamsOf(dated).minHourly('day')).toBe(minHourlyOnSql(dated, 'day'));
  });

  it('is the plain value on every day', () => {
    const plain = agreement('30');
    expect(minHourlyOn(plain, '2020-01-01')).toBe(30);
    expect(minHourlyOnSql(plain, 'day')).toBe('30');
  });
});

describe('the metric parameters an agreement sets', () => {
  it('are the library defaults without the clauses', () => {
    expect(defaultMetricParams.maxSpeedKmh('d')).toBe('15');
    expect(defaultMetricParams.handoverMinutes('d')).toBe('5');
    expect(defaultMetricParams.includeSubsidies('d')).toBe('TRUE');
    expect(defaultMetricParams.allowanceMinutesPerHour('d')).toBe('0');
    expect(defaultMetricParams.minWorkingMinutes('d')).toBe('60');
    expect(defaultMetricParams.commissionCap('d')).toBe('0.27');
  });

  it('follow the clauses: the speed floor, what counts as hourly pay, dated values by day', () => {
    const set = withClauses(
      'rule: fd.eta_speed_floor, params: { max_speed_kmh: 12, handover_minutes: [{ from: 2025-05-01, value: 4 }, { from: 2025-06-01, value: 6 }] }',
      'rule: fd.min_hourly_pay, params: { include_subsidies: false, allowance_minutes_per_hour: 10, min_working_minutes: 30 }',
    );
    const params = metricParamsOf(set);
    expect(params.maxSpeedKmh('day')).toBe('12');
    expect(params.handoverMinutes('day')).toBe(
      "(CASE WHEN day >= DATE '2025-06-01' THEN 6 WHEN day >= DATE '2025-05-01' THEN 4 ELSE 4 END)",
    );
    expect(params.includeSubsidies('day')).toBe('FALSE');
    expect(params.allowanceMinutesPerHour('day')).toBe('10');
    expect(params.minWorkingMinutes('day')).toBe('30');
    expect(params.minHourly('day')).toBe("(CASE WHEN day >= DATE '2025-07-01' THEN 25 ELSE 24 END)");
  });

  it('take drivers’ rest from the ride-hailing fatigue clause', () => {
    const rides = loadAgreement(
      [
        'id: rides-test',
        'title: 测试协议',
        'industry: ride_hailing',
        'platform: didi',
        'effective_from: 2025-09-01',
        'clauses:',
        '  - { id: c1, title: 条款, text: 条款, rule: rh.fatigue_short, params: { max_service_minutes: 180, min_break_minutes: 30 } }',
      ].join('\n'),
      'rides-test.yaml',
    );
    expect(metricParamsOf(rides).maxContinuousMinutes('day')).toBe('180');
    expect(metricParamsOf(rides).restMinutes).toBe(30);
    expect(defaultMetricParams.maxContinuousMinutes('day')).toBe('240');
    expect(defaultMetricParams.restMinutes).toBe(20);
  });
});
