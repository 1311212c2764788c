import { roles, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { agreementPolicies } from './policies';

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
