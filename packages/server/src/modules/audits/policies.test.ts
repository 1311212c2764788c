import { roles, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { auditPolicies, findingScopeOf } from './policies';

const actor = (role: Role) => actorFor(role, { username: role === 'platform_rep' ? 'eleme' : role });

const elemeQingpu = { platform: 'eleme', districts: ['310118'] };
const meituanHuangpu = { platform: 'meituan', districts: ['310101'] };

// role → [view runs, start, cancel a city run, cancel a Qingpu run, view eleme@Qingpu, view meituan@Huangpu,
//         confirm eleme@Qingpu, dispute eleme@Qingpu, dispute meituan@Huangpu, export, open case]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true, true, true, true, true, false, false, true, true],
  district_officer: [true, true, false, true, true, false, true, false, false, true, true],
  street_officer: [false, false, false, false, false, false, false, false, false, false, false],
  mediator: [false, false, false, false, false, false, false, false, false, false, false],
  procurator: [false, false, false, false, false, false, false, false, false, false, false],
  platform_rep: [true, false, false, false, true, false, false, true, false, true, false],
  worker: [false, false, false, false, false, false, false, false, false, false, false],
};

describe('audit policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        auditPolicies.viewRuns(a),
        auditPolicies.startRun(a),
        auditPolicies.cancelRun(a, { area: 'city:310000' }),
        auditPolicies.cancelRun(a, { area: 'district:310118' }),
        auditPolicies.viewFinding(a, elemeQingpu),
        auditPolicies.viewFinding(a, meituanHuangpu),
        auditPolicies.act(a, { action: 'confirm', finding: elemeQingpu }),
        auditPolicies.act(a, { action: 'dispute', finding: elemeQingpu }),
        auditPolicies.act(a, { action: 'dispute', finding: meituanHuangpu }),
        auditPolicies.export(a),
        auditPolicies.openCase(a),
      ]).toEqual(matrix[role]);
    });
  }

  it('shows a district officer a finding whose evidence lies partly in their district, and no platform a finding of none', () => {
    const riderDay = { platform: null, districts: ['310101', '310118'] };
    expect(auditPolicies.viewFinding(actor('district_officer'), riderDay)).toBe(true);
    expect(auditPolicies.viewFinding(actor('platform_rep'), riderDay)).toBe(false);
    expect(auditPolicies.viewFinding(actor('district_officer'), { platform: 'eleme', districts: [] })).toBe(
      false,
    );
  });

  it('scopes findings by the reader: the city all, a district its own, a platform its own', () => {
    expect(findingScopeOf(actor('city_admin'))).toEqual({ kind: 'all' });
    expect(findingScopeOf(actor('district_officer'))).toEqual({ kind: 'district', district: '310118' });
    expect(findingScopeOf(actor('platform_rep'))).toEqual({ kind: 'platform', platform: 'eleme' });
    expect(findingScopeOf(actorFor('platform_rep', { username: '张三' }))).toEqual({ kind: 'none' });
    expect(findingScopeOf(actor('worker'))).toEqual({ kind: 'none' });
  });

  it('lets the city and district officers follow every run, a representative those of agreements binding its platform', () => {
    const runOf = (platform?: string | string[]) => ({
      agreement: platform === undefined ? {} : { platform },
    });
    // role → [eleme's agreement, meituan's, meituan's and eleme's, every platform's, city-wide figures]
    const runs: Record<Role, boolean[]> = {
      city_admin: [true, true, true, true, true],
      district_officer: [true, true, true, true, false],
      street_officer: [false, false, false, false, false],
      mediator: [false, false, false, false, false],
      procurator: [false, false, false, false, false],
      platform_rep: [true, false, true, true, false],
      worker: [false, false, false, false, false],
    };
    for (const role of roles) {
      const a = actor(role);
      expect(
        [
          auditPolicies.viewRun(a, runOf('eleme')),
          auditPolicies.viewRun(a, runOf('meituan')),
          auditPolicies.viewRun(a, runOf(['meituan', 'eleme'])),
          auditPolicies.viewRun(a, runOf()),
          auditPolicies.viewCityFigures(a),
        ],
        role,
      ).toEqual(runs[role]);
    }
  });
});
