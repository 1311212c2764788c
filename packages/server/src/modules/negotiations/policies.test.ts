import { roles, type Area, type Role } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../testing/actors';
import { negotiationPolicies as p } from './policies';

const city: Area = { level: 'city', code: '310000' };
const qingpu: Area = { level: 'district', code: '310118' };
const xujing: Area = { level: 'street', code: '310118106' };
const huangpu: Area = { level: 'district', code: '310101' };
const onEleme = (area: Area) => ({ area, platforms: ['eleme'] });
const onJt = (area: Area) => ({ area, platforms: ['jt'] });

// role (demo area) → [view, see city meeting, see Qingpu meeting, see Xujing meeting, see Huangpu meeting,
//   see a J&T meeting in Qingpu, record in city, record in Qingpu, record in Xujing, record in Huangpu, names]
const matrix: Record<Role, boolean[]> = {
  city_admin: [true, true, true, true, true, true, true, true, true, true, true],
  district_officer: [true, true, true, true, false, true, false, true, true, false, true],
  street_officer: [true, true, true, true, false, true, false, false, false, false, true],
  mediator: [false, false, false, false, false, false, false, false, false, false, false],
  procurator: [false, false, false, false, false, false, false, false, false, false, false],
  platform_rep: [true, true, true, true, true, false, false, false, false, false, false],
  worker: [false, false, false, false, false, false, false, false, false, false, false],
};

describe('negotiation meeting policies', () => {
  for (const role of roles) {
    it(`${role}: ${matrix[role].join(' ')}`, () => {
      // The demo platform representative is `eleme`.
      const a = actorFor(role, role === 'platform_rep' ? { username: 'eleme' } : {});
      expect([
        p.viewMeetings(a),
        p.seeMeeting(a, onEleme(city)),
        p.seeMeeting(a, onEleme(qingpu)),
        p.seeMeeting(a, onEleme(xujing)),
        p.seeMeeting(a, onEleme(huangpu)),
        p.seeMeeting(a, onJt(qingpu)),
        p.recordMeetingIn(a, city),
        p.recordMeetingIn(a, qingpu),
        p.recordMeetingIn(a, xujing),
        p.recordMeetingIn(a, huangpu),
        p.seeRepresentativeNames(a),
      ]).toEqual(matrix[role]);
    });
  }
});
