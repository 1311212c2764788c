import { loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { applyScenarioChanges } from './apply-changes';

const agreement = loadAgreement(
  [
    'id: sandbox-test',
    'title: 测试协议',
    'industry: food_delivery',
    'platform: eleme',
    'effective_from: 2025-05-01',
    'clauses:',
    '  - { id: c05, title: 小时收入, text: 小时收入, rule: fd.min_hourly_pay }',
    '  - { id: c06, title: 预估时间, text: 预估时间, rule: fd.eta_speed_floor }',
  ].join('\n'),
  'sandbox-test.yaml',
);
type Params = Parameters<typeof applyScenarioChanges>[1]['params'];
const issuesOf = (params: Params) => {
  const result = applyScenarioChanges(agreement, { params });
  return 'issues' in result ? result.issues.map((i) => i.path.join('.')) : [];
};

describe('a scenario’s changed parameters', () => {
  it('are taken when an agreement could mean them, zero included where the rule does not divide by it', () => {
    expect(issuesOf({ c05: { min_hourly: 30 }, c06: { handover_minutes: 0, max_speed_kmh: 20 } })).toEqual(
      [],
    );
  });

  it('are refused, naming the parameter, when negative, beyond any standard, or a zero divisor', () => {
    expect(issuesOf({ c05: { min_hourly: -5 } })).toEqual(['params.c05.min_hourly']);
    expect(issuesOf({ c05: { min_hourly: 1e308 } })).toEqual(['params.c05.min_hourly']);
    expect(issuesOf({ c05: { min_hourly: '-1' } })).toEqual(['params.c05.min_hourly']);
    // A speed limit of 0 km/h: every order's required time would be a division by zero; the rule's range
    // refuses it.
    const zero = applyScenarioChanges(agreement, { params: { c06: { max_speed_kmh: 0 } } });
    expect(zero).toEqual({
      issues: [
        {
          path: ['params', 'c06', 'max_speed_kmh'],
          zh: expect.stringContaining('max_speed_kmh'),
          en: expect.stringMatching(/max_speed_kmh is outside its allowed range .*must be greater than 0/),
        },
      ],
    });
    // A speed beyond any limit.
    expect(issuesOf({ c05: { min_hourly: 30 }, c06: { max_speed_kmh: 200 } })).toEqual([
      'params.c06.max_speed_kmh',
    ]);
  });

  it('may hold values by date, as an agreement’s do, each checked where it sits', () => {
    const dated = applyScenarioChanges(agreement, {
      params: {
        c05: {
          min_hourly: [
            { from: '2025-05-01', value: 24 },
            { from: '2025-06-01', value: 28 },
          ],
        },
      },
    });
    expect('agreement' in dated && dated.agreement.clauses[0]!.params).toEqual({
      min_hourly: [
        { from: '2025-05-01', value: 24 },
        { from: '2025-06-01', value: 28 },
      ],
    });
    expect(
      issuesOf({
        c05: {
          min_hourly: [
            { from: '2025-05-01', value: 24 },
            { from: '2025-06-01', value: -28 },
          ],
        },
      }),
    ).toEqual(['params.c05.min_hourly.1.value']);
    expect(issuesOf({ c06: { max_speed_kmh: [{ from: '2025-05-01', value: 0 }] } })).toEqual([
      'params.c06.max_speed_kmh.0.value',
    ]);
    // Its first date after the agreement takes effect would leave the days between without a value.
    const late = applyScenarioChanges(agreement, {
      params: { c05: { min_hourly: [{ from: '2025-06-01', value: 28 }] } },
    });
    expect(late).toEqual({
      issues: [
        {
          path: ['params', 'c05', 'min_hourly', 0, 'from'],
          zh: expect.stringContaining('2025-05-01'),
          en: expect.stringContaining('give it a value from 2025-05-01'),
        },
      ],
    });
    // Every date the rules refuse is named, not only the first.
    expect(
      issuesOf({
        c05: {
          min_hourly: [
            { from: '2025-05-01', value: 24 },
            { from: '2025-02-30', value: 25 },
            { from: '2025-05-01', value: 26 },
          ],
        },
      }),
    ).toEqual(['params.c05.min_hourly.1.from', 'params.c05.min_hourly.2.from']);
  });
});
