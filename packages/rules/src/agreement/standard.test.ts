import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { libraryRules } from '../library/index';
import { loadAgreement } from './load';
import { loweredStandards } from './standard';
import type { Agreement } from './types';

const shipped = (name: string) =>
  loadAgreement(readFileSync(path.resolve(import.meta.dirname, '../../agreements', name), 'utf8'), name);
const brand = shipped('jt-express-2025.yaml');
const franchisee = shipped('jt-franchisee-qingpu-2025.yaml');
const withParams = (a: Agreement, id: string, params: Record<string, number>): Agreement => ({
  ...a,
  clauses: a.clauses.map((c) => (c.id === id ? { ...c, params } : c)),
});

describe('a secondary agreement against its brand agreement', () => {
  it('may raise the standard, as the shipped Qingpu franchisee agreement does', () => {
    expect(loweredStandards(franchisee, brand)).toEqual([]);
  });

  it('may not lower it: a smaller share, more grace days, or less than the library default the brand relies on', () => {
    const lowered = withParams(withParams(franchisee, 'fee-share', { min_share: 0.15 }), 'arrears', {
      grace_days: 3,
    });
    expect(loweredStandards(lowered, brand)).toEqual([
      { clauseId: 'fee-share', param: 'min_share', value: 0.15, brandValue: 0.25 },
      { clauseId: 'arrears', param: 'grace_days', value: 3, brandValue: 0 },
    ]);
  });

  it('knows which way protects workers for every numeric parameter of the library', () => {
    const numeric = libraryRules.flatMap((r) =>
      Object.entries(r.params)
        .filter(([, p]) => p.type === 'int' || p.type === 'decimal')
        .map(([name]) => `${r.id}.${name}`),
    );
    // Each is compared: a clause of that rule lowered by one from the default is refused.
    for (const id of numeric) {
      const rule = id.slice(0, id.lastIndexOf('.'));
      const param = id.slice(id.lastIndexOf('.') + 1);
      const clause = { id: 'c', title: 't', text: 't', rule };
      const parent = { ...brand, clauses: [{ ...clause, params: { [param]: 10 } }] };
      const up = loweredStandards({ ...brand, clauses: [{ ...clause, params: { [param]: 11 } }] }, parent);
      const down = loweredStandards({ ...brand, clauses: [{ ...clause, params: { [param]: 9 } }] }, parent);
      expect([id, up.length + down.length]).toEqual([id, 1]);
    }
  });
});
