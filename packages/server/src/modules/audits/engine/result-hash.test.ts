import { describe, expect, it } from 'vitest';
import { canonicalJson, resultHash } from './result-hash';

describe('result hash', () => {
  const agreement = { id: 'a', clauses: [{ id: 'c1', params: { cap: 0.27, coupon: false } }] };

  it('is the same for the same inputs, whatever the order of keys and datasets', () => {
    const reordered = { clauses: [{ params: { coupon: false, cap: 0.27 }, id: 'c1' }], id: 'a' };
    expect(canonicalJson(reordered)).toBe(canonicalJson(agreement));
    expect(resultHash({ agreement, datasetIds: ['b', 'a'], asOf: '2026-11-28' })).toBe(
      resultHash({ agreement: reordered, datasetIds: ['a', 'b'], asOf: '2026-11-28' }),
    );
  });

  it('changes with a parameter, a dataset or the as-of date', () => {
    const base = resultHash({ agreement, datasetIds: ['a'], asOf: '2026-11-28' });
    const changed = { ...agreement, clauses: [{ id: 'c1', params: { cap: 0.25, coupon: false } }] };
    expect(resultHash({ agreement: changed, datasetIds: ['a'], asOf: '2026-11-28' })).not.toBe(base);
    expect(resultHash({ agreement, datasetIds: ['a', 'c'], asOf: '2026-11-28' })).not.toBe(base);
    expect(resultHash({ agreement, datasetIds: ['a'], asOf: '2026-11-29' })).not.toBe(base);
  });
});
