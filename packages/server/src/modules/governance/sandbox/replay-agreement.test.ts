import { compileAgreement, loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { agreementOverPeriod } from './replay-agreement';

const agreement = loadAgreement(
  [
    'id: replay-test',
    'title: 测试协议',
    'industry: food_delivery',
    'platform: eleme',
    'effective_from: 2026-01-01',
    'effective_to: 2026-12-31',
    'clauses:',
    '  - id: c05',
    '    title: 小时收入',
    '    text: 小时收入',
    '    rule: fd.min_hourly_pay',
    '    params:',
    '      min_hourly: [{ from: 2025-10-01, value: 26 }, { from: 2026-01-01, value: 28 }, { from: 2026-07-01, value: 30 }]',
    '      allowance_minutes_per_hour: 6',
    '  - { id: c06, title: 预估时间, text: 预估时间, rule: fd.eta_speed_floor }',
  ].join('\n'),
  'replay-test.yaml',
);

describe('an agreement replayed over a period', () => {
  it('is in force on exactly the period’s days', () => {
    const replayed = agreementOverPeriod(agreement, { from: '2025-04-14', to: '2025-04-30' });
    expect(replayed.effective_from).toBe('2025-04-14');
    expect(replayed.effective_to).toBe('2025-04-30');
    expect(replayed.clauses[1]).toEqual(agreement.clauses[1]);
    expect(replayed.clauses[0]!.params!.allowance_minutes_per_hour).toBe(6);
  });

  it('reads a dated parameter before the effective date with the value in force on that date', () => {
    const before = agreementOverPeriod(agreement, { from: '2025-04-14', to: '2025-04-30' });
    expect(before.clauses[0]!.params!.min_hourly).toEqual([
      { from: '2025-04-14', value: 28 },
      { from: '2026-07-01', value: 30 },
    ]);
    // A period starting within the agreement's days keeps its dates, the first from its effective date.
    const within = agreementOverPeriod(agreement, { from: '2026-08-01', to: '2026-08-31' });
    expect(within.clauses[0]!.params!.min_hourly).toEqual([
      { from: '2026-01-01', value: 28 },
      { from: '2026-07-01', value: 30 },
    ]);
    // The rules take it as an agreement in force on those days: every day has a minimum.
    for (const replayed of [before, within])
      expect(() => compileAgreement(replayed, { dialect: 'duckdb' })).not.toThrow();
    expect(() =>
      compileAgreement({ ...agreement, effective_from: '2025-04-14' }, { dialect: 'duckdb' }),
    ).toThrow(/2025-04-14/);
  });
});
