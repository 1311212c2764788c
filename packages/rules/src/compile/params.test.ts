import { outsideParamRange } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { RuleError, RuleErrors } from '../errors';
import { libraryRule } from '../library/index';
import type { ParamSpec } from '../spec/rule-spec';
import { libraryParamRangeOf, paramRange, paramValueOn, resolveParam, withinRange } from './params';
import { planRule } from './plan';
import { errorOf } from '../testing/error-of';

const spec = (rule: string, name: string): ParamSpec => libraryRule(rule).params[name]!;
const decimal = (range: Partial<ParamSpec>): ParamSpec => ({
  type: 'decimal',
  zh: '比例',
  en: 'share',
  sources: [],
  ...range,
});

describe('a dated parameter', () => {
  const cap = spec('rh.commission_cap', 'cap');

  it('may list its dates in any order: they are sorted', () => {
    const resolved = resolveParam('cap', cap, [
      { from: '2025-10-01', value: 0.25 },
      { from: '2025-09-01', value: 0.27 },
    ]);
    expect(resolved).toEqual({
      kind: 'dated',
      type: 'decimal',
      values: [
        { from: '2025-09-01', value: 0.27 },
        { from: '2025-10-01', value: 0.25 },
      ],
    });
    expect(paramValueOn(resolved, '2025-08-31')).toBeUndefined();
    expect(paramValueOn(resolved, '2025-09-30')).toBe(0.27);
    expect(paramValueOn(resolved, '2025-10-01')).toBe(0.25);
  });

  it('refuses every wrong entry at once: each impossible date, each value out of range, each date given twice', () => {
    const e = errorOf(() =>
      resolveParam('min_share', spec('ex.direct_fee_share', 'min_share'), [
        { from: '2025-02-30', value: 0.3 },
        { from: '2025-08-01', value: 1.5 },
        { from: '2025-09-10', value: 0.3 },
        { from: '2025-09-10', value: 0.35 },
      ]),
    );
    expect(e).toBeInstanceOf(RuleErrors);
    // The first is the error itself, as it was when it stopped at the first.
    expect(e.location.path).toEqual(['params', 'min_share', 0, 'from']);
    expect((e as RuleErrors).errors.map((x) => [x.location.path, x.en])).toEqual([
      [
        ['params', 'min_share', 0, 'from'],
        'parameter min_share: 2025-02-30 is not a calendar date: February 2025 has 28 days',
      ],
      [
        ['params', 'min_share', 1, 'value'],
        expect.stringMatching(/^parameter min_share \(from 2025-08-01\) is outside/),
      ],
      [
        ['params', 'min_share', 3, 'from'],
        expect.stringMatching(/^parameter min_share has two values from 2025-09-10/),
      ],
    ]);
  });

  it('refuses a date given twice, naming both entries and pointing at the second', () => {
    const e = errorOf(() =>
      resolveParam('min_share', spec('ex.direct_fee_share', 'min_share'), [
        { from: '2025-09-10', value: 0.3 },
        { from: '2025-08-01', value: 0.25 },
        { from: '2025-09-10', value: 0.2 },
      ]),
    );
    expect(e.location.path).toEqual(['params', 'min_share', 2, 'from']);
    expect(e.en).toBe(
      'parameter min_share has two values from 2025-09-10 (entries 1 and 3): one value per date',
    );
    expect(e.zh).toBe(
      '参数 min_share 的生效日期 2025-09-10 出现了两次（第 1 项和第 3 项）：每个日期只能有一个值',
    );
  });

  it('refuses a date the calendar does not have', () => {
    const e = errorOf(() => resolveParam('cap', cap, [{ from: '2025-02-30', value: 0.27 }]));
    expect(e.location.path).toEqual(['params', 'cap', 0, 'from']);
    expect(e.en).toBe('parameter cap: 2025-02-30 is not a calendar date: February 2025 has 28 days');
    expect(e.zh).toBe('参数 cap 的生效日期无效：2025-02-30 不是日历上的日期：2025 年 2 月只有 28 天');
  });

  it('must have a value from the effective date on: its earliest date on or before effective_from', () => {
    const given = [
      { from: '2025-11-01', value: 0.2 },
      { from: '2025-10-01', value: 0.25 },
    ];
    const e = errorOf(() => resolveParam('cap', cap, given, { effectiveFrom: '2025-09-01' }));
    expect(e.location.path).toEqual(['params', 'cap', 1, 'from']);
    expect(e.en).toBe(
      'parameter cap has no value from effective_from 2025-09-01 until 2025-10-01, so the rows of those days could not be checked: give it a value from 2025-09-01 (e.g. {from: 2025-09-01, value: …})',
    );
    expect(e.zh).toContain('参数 cap 自协议生效日 2025-09-01 至 2025-10-01 之前没有取值');
    expect(e.zh).toContain('请给出自 2025-09-01 起的取值');
    expect(resolveParam('cap', cap, given, { effectiveFrom: '2025-10-01' }).kind).toBe('dated');
    expect(resolveParam('cap', cap, given, { effectiveFrom: '2025-12-01' }).kind).toBe('dated');
    // Without an effective date (a rule compiled on its own) nothing is required.
    expect(resolveParam('cap', cap, given).kind).toBe('dated');
  });
});

describe('the range of a parameter', () => {
  // Every value the testers found accepted, each with the bound it breaks.
  const outside: [string, string, unknown, string][] = [
    ['fd.eta_speed_floor', 'max_speed_kmh', 0, '(0, 120]'],
    ['fd.weekly_rest_day', 'min_rest_days', -1, '[0, 7]'],
    ['fd.weekly_rest_day', 'min_rest_days', 8, '[0, 7]'],
    ['ex.direct_fee_share', 'min_share', 1.5, '[0, 1]'],
    ['ex.direct_fee_share', 'min_share', -0.1, '[0, 1]'],
    ['ex.wage_arrears', 'grace_days', -3, '[0, 365]'],
    ['fr.freight_advance', 'days', -2, '[0, 365]'],
    ['fr.commission_abs_cap', 'cap', -1, '[0, +∞)'],
    ['rh.commission_cap', 'cap', -1, '[0, 1]'],
    ['fr.peak_fee_cap', 'max_ratio', -0.5, '[0, 1]'],
    ['fd.weather_subsidy', 'min_alert_level', 0, '[1, 4]'],
    ['fd.daily_time_cap', 'hard_cap_minutes', 0, '(0, 1440]'],
    ['fd.min_hourly_pay', 'allowance_minutes_per_hour', -60, '[0, 60]'],
  ];

  it.each(outside)('refuses %s %s = %s, saying the allowed range %s', (rule, name, value, notation) => {
    const e = errorOf(() => resolveParam(name, spec(rule, name), value));
    expect(e.location.path).toEqual(['params', name]);
    expect(e.en).toContain(`parameter ${name} is outside its allowed range ${notation}: it must be `);
    expect(e.en).toContain(`, got ${String(value)}`);
    expect(e.zh).toContain(`参数 ${name} 超出允许范围 ${notation}：应`);
  });

  it('says the range in words in both languages', () => {
    const e = errorOf(() => resolveParam('max_speed_kmh', spec('fd.eta_speed_floor', 'max_speed_kmh'), 0));
    expect(e.en).toBe(
      'parameter max_speed_kmh is outside its allowed range (0, 120]: it must be greater than 0 and at most 120, got 0',
    );
    expect(e.zh).toBe('参数 max_speed_kmh 超出允许范围 (0, 120]：应大于 0 且不大于 120，实际为 0');
  });

  it('checks each dated value, naming its date', () => {
    const e = errorOf(() =>
      resolveParam('min_share', spec('ex.direct_fee_share', 'min_share'), [
        { from: '2025-09-01', value: 0.3 },
        { from: '2026-01-01', value: 1.5 },
      ]),
    );
    expect(e.location.path).toEqual(['params', 'min_share', 1, 'value']);
    expect(e.en).toBe(
      'parameter min_share (from 2026-01-01) is outside its allowed range [0, 1]: it must be at least 0 and at most 1, got 1.5',
    );
    expect(e.zh).toBe(
      '参数 min_share（自 2026-01-01 起）超出允许范围 [0, 1]：应不小于 0 且不大于 1，实际为 1.5',
    );
  });

  it('takes the bounds themselves where they are inclusive, and compares decimals exactly', () => {
    const share = spec('ex.direct_fee_share', 'min_share');
    expect(resolveParam('min_share', share, 0)).toMatchObject({ value: 0 });
    expect(resolveParam('min_share', share, 1)).toMatchObject({ value: 1 });
    expect(resolveParam('min_share', share, '1.000000000000')).toMatchObject({ value: '1.000000000000' });
    expect(() => resolveParam('min_share', share, '1.000000000001')).toThrow(RuleError);
    expect(resolveParam('min_rest_days', spec('fd.weekly_rest_day', 'min_rest_days'), 7)).toMatchObject({
      value: 7,
    });
    expect(() => resolveParam('x', decimal({ exclusive_maximum: 1 }), 1)).toThrow(/less than 1/);
    expect(resolveParam('x', decimal({ exclusive_maximum: 1 }), 0.999)).toMatchObject({ value: 0.999 });
  });

  it('is written as an interval and in words', () => {
    expect(paramRange(decimal({}))).toBeUndefined();
    expect(paramRange(decimal({ exclusive_minimum: 0 }))).toEqual({
      zh: '大于 0',
      en: 'greater than 0',
      notation: '(0, +∞)',
    });
    expect(paramRange(decimal({ maximum: 4 }))?.notation).toBe('(-∞, 4]');
    expect(withinRange(decimal({ minimum: 1, maximum: 4 }), 4)).toBe(true);
    expect(withinRange(decimal({ minimum: 1, maximum: 4 }), '4.5')).toBe(false);
  });

  it('is the range a form checks a typed value against, read to the same 12 places as here', () => {
    const cases: [ParamSpec, string[]][] = [
      [spec('ex.direct_fee_share', 'min_share'), ['1.0000000000004', '1.0000000000005', '-0.0000000000005']],
      [
        spec('fd.eta_speed_floor', 'max_speed_kmh'),
        ['0.0000000000004', '0.0000000000005', '120.00000000000049'],
      ],
      [decimal({ exclusive_maximum: 1 }), ['0.9999999999995', '0.9999999999994', '1']],
      [decimal({ minimum: 1, maximum: 4 }), ['4', '4.5', '0.99999999999951', '0.9999999999994999']],
    ];
    for (const [paramSpec, typed] of cases)
      for (const value of typed)
        expect([value, outsideParamRange(libraryParamRangeOf(paramSpec), value)]).toEqual([
          value,
          !withinRange(paramSpec, value),
        ]);
    expect(libraryParamRangeOf(decimal({}))).toBeNull();
    expect(libraryParamRangeOf(spec('fd.eta_speed_floor', 'max_speed_kmh'))).toMatchObject({
      minimum: 0,
      minimumExclusive: true,
      maximum: 120,
      maximumExclusive: false,
      notation: '(0, 120]',
    });
  });

  it('leaves custom rules’ own parameters without a range as they are', () => {
    expect(resolveParam('limit', decimal({}), -5)).toMatchObject({ value: -5 });
  });
});

describe('a dated default', () => {
  const minHourly = spec('fd.min_hourly_pay', 'min_hourly');

  it('is the Shanghai hourly minimum for fd.min_hourly_pay: 24 CNY before 2025-07-01, 25 from then', () => {
    const resolved = resolveParam('min_hourly', minHourly, undefined);
    expect(resolved).toEqual({
      kind: 'dated',
      type: 'decimal',
      values: [{ from: '2025-07-01', value: 25 }],
      initial: 24,
    });
    expect(paramValueOn(resolved, '2020-01-01')).toBe(24);
    expect(paramValueOn(resolved, '2025-06-30')).toBe(24);
    expect(paramValueOn(resolved, '2025-07-01')).toBe(25);
    // It has a value on every day, so it covers any effective date.
    expect(resolveParam('min_hourly', minHourly, undefined, { effectiveFrom: '2024-01-01' }).kind).toBe(
      'dated',
    );
  });

  it('leaves rh.min_hourly_pay at a flat 25', () => {
    expect(resolveParam('min_hourly', spec('rh.min_hourly_pay', 'min_hourly'), undefined)).toEqual({
      kind: 'plain',
      type: 'decimal',
      value: 25,
    });
  });

  it('gives way to a value the clause sets', () => {
    expect(resolveParam('min_hourly', minHourly, 26)).toEqual({ kind: 'plain', type: 'decimal', value: 26 });
  });

  it('resolves several earlier defaults in order', () => {
    const stepped = decimal({
      default: 3,
      earlier_defaults: [
        { before: '2024-01-01', value: 1 },
        { before: '2025-01-01', value: 2 },
      ],
    });
    const resolved = resolveParam('x', stepped, undefined);
    expect(resolved).toEqual({
      kind: 'dated',
      type: 'decimal',
      values: [
        { from: '2024-01-01', value: 2 },
        { from: '2025-01-01', value: 3 },
      ],
      initial: 1,
    });
    expect(
      ['2023-12-31', '2024-01-01', '2024-12-31', '2025-01-01'].map((d) => paramValueOn(resolved, d)),
    ).toEqual([1, 2, 2, 3]);
  });

  it('is planned with the rule and shown in the plan', () => {
    const plan = planRule(libraryRule('fd.min_hourly_pay'), { clauseId: 'c', effectiveFrom: '2025-05-01' });
    expect(plan.params.get('min_hourly')).toMatchObject({ kind: 'dated', initial: 24 });
  });
});
