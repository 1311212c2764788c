import { roles, type Area, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../platform/security/actor';
import { registryPolicies } from './policies';

const areaOf: Record<Role, Area> = {
  city_admin: { level: 'city', code: '310000' },
  district_officer: { level: 'district', code: '310118' },
  street_officer: { level: 'street', code: '310118106' },
  mediator: { level: 'district', code: '310118' },
  procurator: { level: 'district', code: '310118' },
  platform_rep: { level: 'city', code: '310000' },
  worker: { level: 'city', code: '310000' },
};
const actor = (role: Role): Actor => ({
  id: 'a',
  username: 'a',
  displayName: 'a',
  role,
  area: areaOf[role],
  language: 'zh',
});

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
