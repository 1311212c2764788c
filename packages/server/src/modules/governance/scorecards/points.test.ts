import { libraryRules } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { meets, pointSpecs, scorePoints } from './points';

describe('scorecard points', () => {
  it('compares against the stated threshold, a missing value meeting nothing', () => {
    expect(meets(25, '>=', 25)).toBe(true);
    expect(meets(24.99, '>=', 25)).toBe(false);
    expect(meets(0.05, '<=', 0.05)).toBe(true);
    expect(meets(0, '=', 0)).toBe(true);
    expect(meets(0.0001, '=', 0)).toBe(false);
    expect(meets(null, '<=', 1)).toBe(false);
  });

  it('gives the second point of a principle only when the first is met', () => {
    const values = new Map<string, number | null>([
      ['hourly_pay_p50', 24], // pay.1 missed …
      ['below_min_hourly_share', 0.01], // … so pay.2 is not awarded though its bar is met
      ['speed_floor_breach_rate', 0.001],
      ['rest_compliance', 1],
      ['fee_shown_share', 0.98],
      ['bad_review_deduction_rate', 0],
      ['audit_findings_per_1000_rows', 0.5],
      ['late_money_penalty_rate', 0.02],
      ['agreement_in_force', 1],
      ['union_member_share', null],
    ]);
    const points = scorePoints(pointSpecs.food_delivery, values);
    const byId = Object.fromEntries(points.map((p) => [p.id, p]));
    expect(points).toHaveLength(10);
    expect(byId['pay.1']).toMatchObject({ awarded: false, assessed: true });
    expect(byId['pay.2']).toMatchObject({ awarded: false, assessed: true });
    expect(byId['conditions.1']!.awarded && byId['conditions.2']!.awarded).toBe(true);
    expect(byId['contracts.1']!.awarded).toBe(false);
    expect(byId['contracts.2']!.awarded).toBe(false);
    expect(byId['management.1']!.awarded).toBe(true);
    expect(byId['management.2']!.awarded).toBe(false);
    expect(byId['representation.1']!.awarded).toBe(true);
    expect(byId['representation.2']).toMatchObject({ awarded: false, assessed: false });
    expect(points.filter((p) => p.awarded)).toHaveLength(4);
  });

  it('lists a principle the industry has no bar for as not assessed', () => {
    const points = scorePoints(pointSpecs.freight, new Map([['freight_payment_delay_days', 3]]));
    expect(points.find((p) => p.id === 'pay.1')).toMatchObject({ awarded: true });
    expect(points.find((p) => p.id === 'conditions.1')).toMatchObject({ assessed: false, awarded: false });
  });

  it('names, for every point measured from the platform’s data, a library rule of its industry', () => {
    for (const [industry, specs] of Object.entries(pointSpecs))
      for (const spec of specs.filter((s) => s.evidence === 'governance')) {
        const rule = libraryRules.find((r) => r.id === spec.rule);
        expect(rule?.industry, `${industry} ${spec.metric}`).toBe(industry);
      }
  });
});
