import { describe, expect, it } from 'vitest';
import { planRule } from '../compile/plan';
import { libraryRule } from '../library';
import { moneyValues } from './money';

const moneyOf = (id: string) => [...moneyValues(planRule(libraryRule(id), { clauseId: id }))].sort();

describe('moneyValues', () => {
  it('follows money columns through sums, shares, quotients by time and aggregates', () => {
    expect(moneyOf('ex.direct_fee_share')).toEqual(['basis', 'min_fee']);
    expect(moneyOf('fd.min_hourly_pay')).toEqual(['hourly_pay', 'net_pay']);
  });

  it('leaves times, counts and distances alone', () => {
    expect(moneyOf('fd.eta_speed_floor')).toEqual([]);
  });
});
