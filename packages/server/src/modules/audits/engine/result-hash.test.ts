import { loadAgreement } from '@gigpact/rules';
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

  it('is the agreement’s meaning: comments and layout of its file leave it, a parameter changes it', () => {
    const source = [
      'id: hash-test',
      'title: 指纹测试协议',
      'industry: ride_hailing',
      'effective_from: 2025-01-01',
      'clauses:',
      '  - { id: cap, title: 抽成上限, text: 抽成不超过27%, rule: rh.commission_cap, params: { cap: 0.27 } }',
    ].join('\n');
    const relaid = `# 修订说明 / a note\n${source.replace('{ cap: 0.27 } }', '{cap: 0.27}}   # 上限')}\n\n`;
    const hashOf = (text: string) =>
      resultHash({ agreement: loadAgreement(text), datasetIds: ['a'], asOf: '2026-11-28' });
    expect(hashOf(relaid)).toBe(hashOf(source));
    expect(hashOf(source.replace('cap: 0.27', 'cap: 0.25'))).not.toBe(hashOf(source));
  });
});
