import { describe, expect, it } from 'vitest';
import { libraryRule } from '../library/index';
import { planRule } from './plan';
import { paramsDividedBy } from './divisors';

const dividedBy = (ruleId: string) =>
  [...paramsDividedBy(planRule(libraryRule(ruleId)!, { clauseId: 'c', params: {} }))].sort();

describe('the parameters a rule divides by', () => {
  it('are found through the rule’s named values, not in its text', () => {
    // required_minutes: distance_m / 1000 / max_speed_kmh * 60 + handover_minutes
    expect(dividedBy('fd.eta_speed_floor')).toEqual(['max_speed_kmh']);
  });

  it('leave out parameters that only scale, shift or bound a value', () => {
    expect(dividedBy('fd.min_hourly_pay')).toEqual([]);
    expect(dividedBy('rh.commission_cap')).toEqual([]);
  });
});
