import { describe, expect, it } from 'vitest';
import { RuleError } from '../errors';
import { shipped } from '../testing/express-brand';
import type { Clause } from './types';
import { clausesInForce, diffAgreements } from './versions';

describe('agreement versions and cascade', () => {
  it('lists the changes between two versions down to a parameter', () => {
    const v1 = shipped('eleme-shanghai-2025.yaml');
    const v2 = structuredClone(v1);
    v2.version = '1.1';
    v2.clauses[5]!.params = { ...v2.clauses[5]!.params, max_speed_kmh: 12 };
    v2.clauses = v2.clauses.filter((c) => c.id !== 'c11');
    expect(diffAgreements(v1, v2)).toEqual([
      { kind: 'field', field: 'version', before: '1.0', after: '1.1' },
      { kind: 'clause_removed', clauseId: 'c11', before: v1.clauses[10] },
      { kind: 'clause_changed', clauseId: 'c06', field: 'params.max_speed_kmh', before: 15, after: 12 },
    ]);
    expect(diffAgreements(v1, v1)).toEqual([]);
  });

  it('binds a franchisee by the brand clauses it does not replace', () => {
    const brand = shipped('jt-express-2025.yaml');
    const franchisee = shipped('jt-franchisee-qingpu-2025.yaml');
    const clauses = clausesInForce(franchisee, brand);
    expect(clauses.map((c) => c.id)).toEqual(['fee-share', 'direct-pay', 'arrears', 'secondary']);
    expect(clauses[0]!.params).toEqual({ min_share: 0.3 });
    expect(() => clausesInForce(brand, franchisee)).toThrow(/is not under/);
  });

  it('never puts a franchisee clause that drops or weakens the brand clause in its place', () => {
    const brand = shipped('jt-express-2025.yaml');
    const franchisee = shipped('jt-franchisee-qingpu-2025.yaml');
    const replaced = (clause: Partial<Clause>) => ({
      ...franchisee,
      clauses: franchisee.clauses.map((c) => (c.id === 'fee-share' ? { ...c, ...clause } : c)),
    });
    const textOnly = replaced({ rule: undefined, params: undefined, param_sources: undefined });
    expect(() => clausesInForce(textOnly, brand)).toThrow(RuleError);
    expect(() => clausesInForce(textOnly, brand)).toThrow(
      /replaces its rule ex.direct_fee_share by text only/,
    );
    const other = replaced({ rule: 'ex.direct_payment', params: undefined, param_sources: undefined });
    expect(() => clausesInForce(other, brand)).toThrow(/by rule ex.direct_payment/);
    const lower = replaced({ params: { min_share: [{ from: '2025-09-01', value: 0.2 }] } });
    expect(() => clausesInForce(lower, brand)).toThrow(/sets min_share to 0.2, weaker than/);
  });
});
