import { roles, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { casePolicies, type CaseScope } from './policies';

const actor = (role: Role) => actorFor(role);

const xujingCase: CaseScope = {
  area: { level: 'street', code: '310118106' },
  referredTo: null,
  mediatedIn: null,
  complainantId: 'worker-id',
};
const referred: CaseScope = { ...xujingCase, referredTo: '310118', mediatedIn: '310118' };
const huangpuReferred: CaseScope = {
  area: { level: 'district', code: '310101' },
  referredTo: '310101',
  mediatedIn: '310101',
  complainantId: 'someone-else',
};

// role → [view 徐泾 case, view it once referred/mediated, view 黄浦 case, handle 徐泾 case, refer it,
//         recommendation letter, record outcome on the referred case, see personal data of the referred case]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true, true, true, true, true, false],
  district_officer: [true, true, false, true, true, true, true, true],
  street_officer: [true, true, false, true, false, false, true, true],
  mediator: [false, true, false, false, false, false, false, true],
  procurator: [false, true, false, false, false, false, true, true],
  platform_rep: [false, false, false, false, false, false, false, false],
  worker: [true, true, false, false, false, false, false, true],
};

describe('case policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      const a = actor(role);
      expect([
        casePolicies.viewCase(a, xujingCase),
        casePolicies.viewCase(a, referred),
        casePolicies.viewCase(a, huangpuReferred),
        casePolicies.handleCase(a, xujingCase),
        casePolicies.referCase(a, xujingCase),
        casePolicies.issueLetter(a, { scope: xujingCase, kind: 'recommendation' }),
        casePolicies.recordOutcome(a, referred),
        casePolicies.seePersonalData(a, referred),
      ]).toEqual(matrix[role]);
      expect(casePolicies.issueLetter(a, { scope: xujingCase, kind: 'opinion' })).toBe(
        casePolicies.handleCase(a, xujingCase),
      );
      expect(casePolicies.fileComplaint(a)).toBe(role === 'worker');
    });
  }
});
