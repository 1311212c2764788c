import { roles, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { agreementPolicies, agreementVisibleTo } from './policies';

const actor = (role: Role) => actorFor(role);

// role → [view, draft, to negotiating, to signed, to in force, to superseded]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true, true, true, true],
  district_officer: [true, true, true, true, false, false],
  street_officer: [true, false, false, false, false, false],
  mediator: [false, false, false, false, false, false],
  procurator: [false, false, false, false, false, false],
  platform_rep: [true, false, false, false, false, false],
  worker: [false, false, false, false, false, false],
};

describe('agreement policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        agreementPolicies.viewAgreements(a),
        agreementPolicies.draftAgreements(a),
        agreementPolicies.moveTo(a, 'negotiating'),
        agreementPolicies.moveTo(a, 'signed'),
        agreementPolicies.moveTo(a, 'in_force'),
        agreementPolicies.moveTo(a, 'superseded'),
      ]).toEqual(matrix[role]);
    });
  }
});

describe('which agreements a platform representative sees', () => {
  const eleme = actorFor('platform_rep', { username: 'eleme.zhang' });
  const cases = [
    [{ status: 'in_force', platforms: ['jt'] }, true],
    [{ status: 'superseded', platforms: ['jt'] }, true],
    [{ status: 'signed', platforms: ['jt'] }, false],
    [{ status: 'negotiating', platforms: ['meituan'] }, false],
    [{ status: 'draft', platforms: [] }, false],
    [{ status: 'draft', platforms: ['eleme'] }, true],
    [{ status: 'signed', platforms: ['meituan', 'eleme'] }, true],
  ] as const;
  for (const [agreement, seen] of cases)
    it(`${agreement.status} of ${agreement.platforms.join(', ') || 'no platform'}: ${seen}`, () => {
      expect(agreementVisibleTo(eleme, agreement)).toBe(seen);
      // The union's officers see every agreement.
      expect(agreementVisibleTo(actorFor('street_officer'), agreement)).toBe(true);
    });
  it('a representative whose account names no platform sees only the public ones', () => {
    const nameless = actorFor('platform_rep', { username: 'Rep-1' });
    expect(agreementVisibleTo(nameless, { status: 'signed', platforms: ['eleme'] })).toBe(false);
    expect(agreementVisibleTo(nameless, { status: 'in_force', platforms: ['eleme'] })).toBe(true);
  });
});
