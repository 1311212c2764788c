import { areaContains, type Area } from '@gigpact/contracts';
import type { Actor } from '../../platform/security/actor';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';
import { platformOfRepresentative } from '../datasets/platform-of-actor';

const officers = ['city_admin', 'district_officer', 'street_officer'];
const records = (role: string) => role === 'city_admin' || role === 'district_officer';

/** A meeting as policies see it: the convening union's area and the platforms its agreement binds. */
export interface MeetingResource {
  area: Area;
  platforms: readonly string[];
}

const viewMeetings = (actor: Actor) =>
  may.useModule(actor, 'agreements') && (officers.includes(actor.role) || actor.role === 'platform_rep');

/**
 * Negotiation meetings (恳谈会): the union's officers read the meetings of their own area and of the areas above
 * and below it; a platform's representative reads the meetings over its platform's agreements. City and district
 * officers — those who draft agreements — record meetings convened within their area. Riders' representatives
 * are named to union officers only.
 */
export const negotiationPolicies = {
  viewMeetings: viewMeetings satisfies Policy,
  seeMeeting: ((actor, meeting: MeetingResource) => {
    if (!viewMeetings(actor)) return false;
    if (actor.role === 'platform_rep') {
      const own = platformOfRepresentative(actor);
      return own !== null && meeting.platforms.includes(own);
    }
    return areaContains(actor.area, meeting.area) || areaContains(meeting.area, actor.area);
  }) satisfies Policy<MeetingResource>,
  recordMeetingIn: ((actor, area: Area) =>
    may.useModule(actor, 'agreements') &&
    records(actor.role) &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
  seeRepresentativeNames: ((actor) => officers.includes(actor.role)) satisfies Policy,
};
