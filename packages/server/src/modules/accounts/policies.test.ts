import { roles, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/security/actor';
import { actorFor } from '../../testing/actors';
import { accountPolicies } from './policies';

const actorWith = (role: Role) => actorFor(role);

// The whole role × action matrix, written out so a change of policy is a visible change of this table.
const allowed: Record<keyof typeof accountPolicies, Role[]> = {
  listUsers: ['city_admin'],
  createUser: ['city_admin'],
  updateUser: ['city_admin'],
  resetPassword: ['city_admin'],
  unlockUser: ['city_admin'],
  readAuditLog: ['city_admin'],
  manageOwnSession: [...roles],
  changeOwnPassword: [...roles],
};

describe('account policies', () => {
  for (const [action, policy] of Object.entries(accountPolicies)) {
    for (const role of roles) {
      const expected = allowed[action as keyof typeof accountPolicies].includes(role);
      it(`${role} ${expected ? 'may' : 'may not'} ${action}`, () => {
        expect((policy as (a: Actor) => boolean)(actorWith(role))).toBe(expected);
      });
    }
  }
});
