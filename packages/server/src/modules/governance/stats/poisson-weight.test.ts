import { describe, expect, it } from 'vitest';
import { poissonOneCdf, poissonOneQuantile, poissonWeightSql } from './poisson-weight';

describe('Poisson(1) replicate weights', () => {
  it('has the distribution function computed by hand: e⁻¹, 2e⁻¹, 2.5e⁻¹, 8/3·e⁻¹', () => {
    const cdf = poissonOneCdf(3);
    const e = Math.exp(-1);
    expect(cdf[0]).toBeCloseTo(e, 15);
    expect(cdf[1]).toBeCloseTo(2 * e, 15);
    expect(cdf[2]).toBeCloseTo(2.5 * e, 15);
    expect(cdf[3]).toBeCloseTo((8 / 3) * e, 15);
  });

  it('inverts it: 0 below 0.3679, 1 up to 0.7358, 2 up to 0.9197', () => {
    expect(poissonOneQuantile(0)).toBe(0);
    expect(poissonOneQuantile(0.3678)).toBe(0);
    expect(poissonOneQuantile(0.368)).toBe(1);
    expect(poissonOneQuantile(0.7357)).toBe(1);
    expect(poissonOneQuantile(0.7359)).toBe(2);
    expect(poissonOneQuantile(0.9196)).toBe(2);
    expect(poissonOneQuantile(0.99999999)).toBe(10);
  });

  it('writes the same thresholds into SQL', () => {
    const sql = poissonWeightSql('u');
    expect(sql.startsWith(`CASE WHEN u < ${Math.exp(-1).toPrecision(17)} THEN 0`)).toBe(true);
    expect(sql.endsWith('ELSE 10 END')).toBe(true);
  });
});
