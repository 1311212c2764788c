import { roles, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { governancePolicies, resolveScope } from './policies';

const actor = (role: Role) => actorFor(role, { username: role === 'platform_rep' ? 'eleme' : role });
const city = { level: 'city' as const, code: '310000' };
const qingpu = { level: 'district' as const, code: '310118' };

// role → [analyse, scope: all, scope: eleme, scope: meituan, scope: 青浦, scope: 黄浦, sandbox, view city scenario,
//         view 青浦 scenario, reply eleme, reply meituan]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true, true, true, true, true, true, true, false, false],
  district_officer: [true, true, true, true, true, false, true, false, true, false, false],
  street_officer: [false, false, false, false, false, false, false, false, false, false, false],
  mediator: [false, false, false, false, false, false, false, false, false, false, false],
  procurator: [false, false, false, false, false, false, false, false, false, false, false],
  platform_rep: [true, true, true, false, true, true, false, false, false, true, false],
  worker: [false, false, false, false, false, false, false, false, false, false, false],
};

describe('governance policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        governancePolicies.analyse(a),
        governancePolicies.analyseScope(a, {}),
        governancePolicies.analyseScope(a, { platform: 'eleme' }),
        governancePolicies.analyseScope(a, { platform: 'meituan' }),
        governancePolicies.analyseScope(a, { district: '310118' }),
        governancePolicies.analyseScope(a, { district: '310101' }),
        governancePolicies.useSandbox(a),
        governancePolicies.viewScenario(a, { area: city }),
        governancePolicies.viewScenario(a, { area: qingpu }),
        governancePolicies.reply(a, 'eleme'),
        governancePolicies.reply(a, 'meituan'),
      ]).toEqual(matrix[role]);
    });
  }

  it('narrows the data to the officer’s district and the representative’s platform', () => {
    expect(resolveScope(actor('city_admin'), { district: '310101', platform: 'jd' })).toEqual({
      platform: 'jd',
      district: '黄浦区',
    });
    expect(resolveScope(actor('district_officer'), {})).toEqual({ platform: null, district: '青浦区' });
    expect(resolveScope(actor('platform_rep'), {})).toEqual({ platform: 'eleme', district: null });
  });
});
