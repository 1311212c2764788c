import { describe, expect, it } from 'vitest';
import { beforeAfter, bootstrapP, differenceInDifferences } from './contrasts';

describe('contrasts', () => {
  it('weighs after − before, and the treated change less the control change', () => {
    expect(beforeAfter({ arm: 'treated' })).toEqual([
      { where: { arm: 'treated', period: 'after' }, weight: 1 },
      { where: { arm: 'treated', period: 'before' }, weight: -1 },
    ]);
    expect(differenceInDifferences().map((c) => [c.where.arm, c.where.period, c.weight])).toEqual([
      ['treated', 'after', 1],
      ['treated', 'before', -1],
      ['control', 'after', -1],
      ['control', 'before', 1],
    ]);
  });

  it('gives a p-value that is the exact share of replicates, doubled: 2 of 200 give 0.02', () => {
    // Taken as 1 − the share on the estimate's side, the same counts read 0.020000000000000018.
    expect(bootstrapP(0.3, 2, 200)).toBe(0.02);
    expect(bootstrapP(-0.3, 4, 200)).toBe(0.04);
    expect(bootstrapP(0.1, 3, 300)).toBe(0.02);
    expect(bootstrapP(0.1, 0, 200)).toBe(0);
  });

  it('gives at most 1, and 1 for a change of zero', () => {
    expect(bootstrapP(0.01, 150, 200)).toBe(1);
    expect(bootstrapP(0, 0, 200)).toBe(1);
  });
});
