import { loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { paramSteps } from './metric-params';

describe('a metric’s parameter by date', () => {
  it('is the library’s dated default where no clause sets it: 24 CNY an hour before 2025-07-01, 25 from it', () => {
    expect(paramSteps(null, ['fd.min_hourly_pay'], 'min_hourly')).toEqual([
      { from: null, value: 24 },
      { from: '2025-07-01', value: 25 },
    ]);
    expect(paramSteps(null, ['rh.min_hourly_pay'], 'min_hourly')).toEqual([{ from: null, value: 25 }]);
  });

  it('is the clause’s own value where the agreement sets one', () => {
    const agreement = loadAgreement(
      [
        'id: t',
        'title: t',
        'industry: food_delivery',
        'effective_from: 2025-01-01',
        'clauses:',
        '  - { id: pay, title: 小时收入, text: 不低于26元, rule: fd.min_hourly_pay, params: { min_hourly: 26 } }',
      ].join('\n'),
    );
    expect(paramSteps(agreement, ['fd.min_hourly_pay'], 'min_hourly')).toEqual([{ from: null, value: 26 }]);
  });
});
