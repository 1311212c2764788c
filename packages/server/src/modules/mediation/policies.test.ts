import { roles, type Area, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { mediationPolicies } from './policies';

const actor = (role: Role) => actorFor(role, { id: 'a', username: 'a' });

const qingpuCentre: Area = { level: 'district', code: '310118' };
const putuoCentre: Area = { level: 'district', code: '310107' };

// role → [view mediation, mediate at the 青浦 centre, mediate at the 普陀 centre]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true],
  district_officer: [true, true, false],
  // A street office sends walk-ins to its district's centre but does not sit there.
  street_officer: [true, false, false],
  mediator: [true, true, false],
  procurator: [false, false, false],
  platform_rep: [false, false, false],
  worker: [false, false, false],
};

describe('mediation policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        mediationPolicies.viewMediation(a),
        mediationPolicies.mediateIn(a, qingpuCentre),
        mediationPolicies.mediateIn(a, putuoCentre),
      ]).toEqual(matrix[role]);
      expect(mediationPolicies.manageCentresIn(a, qingpuCentre)).toBe(
        role === 'city_admin' || role === 'district_officer',
      );
      expect(mediationPolicies.manageCentresIn(a, putuoCentre)).toBe(role === 'city_admin');
    });
  }
});

describe('who sees the applicant in full', () => {
  const fromQingpuCase = (mediatedIn: string | null) => ({
    area: qingpuCentre,
    referredTo: null,
    mediatedIn,
    complainantId: null,
  });
  it('the city sees walk-ins and cases masked; the district and its mediators in full', () => {
    expect(mediationPolicies.seeApplicant(actor('city_admin'), null)).toBe(false);
    expect(mediationPolicies.seeApplicant(actor('city_admin'), fromQingpuCase('310118'))).toBe(false);
    expect(mediationPolicies.seeApplicant(actor('district_officer'), null)).toBe(true);
    expect(mediationPolicies.seeApplicant(actor('district_officer'), fromQingpuCase('310118'))).toBe(true);
    expect(mediationPolicies.seeApplicant(actor('mediator'), null)).toBe(true);
    expect(mediationPolicies.seeApplicant(actor('mediator'), fromQingpuCase('310118'))).toBe(true);
  });
  it('a mediator does not see a case’s people once it is no longer mediated in the district', () => {
    expect(mediationPolicies.seeApplicant(actor('mediator'), fromQingpuCase(null))).toBe(false);
    expect(mediationPolicies.seeApplicant(actor('mediator'), fromQingpuCase('310107'))).toBe(false);
  });
});
