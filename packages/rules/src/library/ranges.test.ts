import { describe, expect, it } from 'vitest';
import { paramsDividedBy } from '../compile/divisors';
import { paramRange, withinRange } from '../compile/params';
import { planRule } from '../compile/plan';
import { libraryRules } from './index';

const numeric = libraryRules.flatMap((rule) =>
  Object.entries(rule.params)
    .filter(([, spec]) => spec.type === 'int' || spec.type === 'decimal')
    .map(([name, spec]) => ({ id: `${rule.id}.${name}`, rule, name, spec })),
);

describe('the ranges of the library’s parameters', () => {
  it('are set for every numeric parameter of every rule', () => {
    expect(numeric.length).toBeGreaterThan(20);
    expect(numeric.filter((p) => !paramRange(p.spec)).map((p) => p.id)).toEqual([]);
  });

  it('hold every default, dated ones included', () => {
    for (const { id, spec } of numeric) {
      const defaults = [
        ...(spec.default === undefined ? [] : [spec.default]),
        ...(spec.earlier_defaults ?? []).map((e) => e.value),
      ];
      for (const value of defaults) expect(withinRange(spec, value), `${id} = ${String(value)}`).toBe(true);
    }
  });

  it('keep every parameter a rule divides by above zero', () => {
    for (const rule of libraryRules) {
      const required = rule.id === 'rh.avg_commission_disclosed' ? { disclosed_average: 0.14 } : {};
      const plan = planRule(rule, { clauseId: 'c', params: required });
      for (const name of paramsDividedBy(plan)) {
        const spec = rule.params[name]!;
        const lower = spec.exclusive_minimum ?? spec.minimum;
        expect(lower, `${rule.id}.${name}`).toBeDefined();
        const aboveZero = spec.exclusive_minimum !== undefined ? lower! >= 0 : lower! > 0;
        expect(aboveZero, `${rule.id}.${name}`).toBe(true);
      }
    }
  });

  it('follow what the parameters mean (rules.md)', () => {
    const range = (id: string) => paramRange(numeric.find((p) => p.id === id)!.spec)?.notation;
    expect(range('fd.eta_speed_floor.max_speed_kmh')).toBe('(0, 120]');
    expect(range('fd.weekly_rest_day.min_rest_days')).toBe('[0, 7]');
    expect(range('ex.direct_fee_share.min_share')).toBe('[0, 1]');
    expect(range('rh.commission_cap.cap')).toBe('[0, 1]');
    expect(range('fr.peak_fee_cap.max_ratio')).toBe('[0, 1]');
    expect(range('fr.commission_abs_cap.cap')).toBe('[0, +∞)');
    expect(range('ex.wage_arrears.grace_days')).toBe('[0, 365]');
    expect(range('fr.freight_advance.days')).toBe('[0, 365]');
    expect(range('fd.late_penalty_exemption.min_alert_level')).toBe('[1, 4]');
    expect(range('fd.daily_time_cap.hard_cap_minutes')).toBe('(0, 1440]');
    expect(range('fd.min_hourly_pay.min_hourly')).toBe('(0, +∞)');
    expect(range('rh.min_hourly_pay.allowance_minutes_per_hour')).toBe('[0, 60]');
  });
});
