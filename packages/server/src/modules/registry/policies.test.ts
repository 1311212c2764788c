import { roles, type Area, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { registryPolicies } from './policies';

const actor = (role: Role) => actorFor(role);

const xujing: Area = { level: 'street', code: '310118106' };
const zhujiajiao: Area = { level: 'street', code: '310118102' };
const huangpu: Area = { level: 'district', code: '310101' };

// role → [viewRegistry, changePlatforms, change in 徐泾, change in 朱家角, change in 黄浦]
const matrix: Record<Role, [boolean, boolean, boolean, boolean, boolean]> = {
  city_admin: [true, true, true, true, true],
  district_officer: [true, false, true, true, false],
  street_officer: [true, false, true, false, false],
  mediator: [false, false, false, false, false],
  procurator: [false, false, false, false, false],
  platform_rep: [false, false, false, false, false],
  worker: [false, false, false, false, false],
};

describe('registry policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        registryPolicies.viewRegistry(a),
        registryPolicies.changePlatforms(a),
        registryPolicies.changeEnterpriseIn(a, xujing),
        registryPolicies.changeEnterpriseIn(a, zhujiajiao),
        registryPolicies.changeEnterpriseIn(a, huangpu),
      ]).toEqual(matrix[role]);
      for (const area of [xujing, zhujiajiao, huangpu]) {
        expect(registryPolicies.viewMembersIn(a, area)).toBe(registryPolicies.changeEnterpriseIn(a, area));
        expect(registryPolicies.importIn(a, area)).toBe(registryPolicies.changeEnterpriseIn(a, area));
      }
    });
  }
});
