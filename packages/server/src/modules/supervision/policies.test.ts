import { roles, type Area, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { campaignPolicies } from './policies';

const actor = (role: Role) => actorFor(role, { id: 'a', username: 'a' });

const city: Area = { level: 'city', code: '310000' };
const qingpu: Area = { level: 'district', code: '310118' };
const xujing: Area = { level: 'street', code: '310118106' };
const huangpu: Area = { level: 'district', code: '310101' };

// role → [view campaigns, run city-wide, run in 青浦, run in 黄浦, inspect in 徐泾, inspect in 黄浦]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true, true, true, true],
  district_officer: [true, false, true, false, true, false],
  street_officer: [true, false, false, false, true, false],
  mediator: [false, false, false, false, false, false],
  procurator: [false, false, false, false, false, false],
  platform_rep: [false, false, false, false, false, false],
  worker: [false, false, false, false, false, false],
};

describe('campaign policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        campaignPolicies.viewCampaigns(a),
        campaignPolicies.runCampaignIn(a, city),
        campaignPolicies.runCampaignIn(a, qingpu),
        campaignPolicies.runCampaignIn(a, huangpu),
        campaignPolicies.inspectIn(a, xujing),
        campaignPolicies.inspectIn(a, huangpu),
      ]).toEqual(matrix[role]);
    });
  }
});
