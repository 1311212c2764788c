import type { Area } from '@gigpact/contracts';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';

/**
 * Campaign (专项排查) policies. A district or the city federation runs a campaign over its area; the officers of
 * the area (streets included) inspect targets in their own area and see the campaign's figures.
 */
export const campaignPolicies = {
  runCampaignIn: ((actor, area: Area) =>
    may.useModule(actor, 'cases') &&
    (actor.role === 'city_admin' || actor.role === 'district_officer') &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
  viewCampaigns: ((actor) =>
    may.useModule(actor, 'cases') &&
    (actor.role === 'city_admin' ||
      actor.role === 'district_officer' ||
      actor.role === 'street_officer')) satisfies Policy,
  inspectIn: ((actor, area: Area) =>
    may.useModule(actor, 'cases') &&
    (actor.role === 'city_admin' || actor.role === 'district_officer' || actor.role === 'street_officer') &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
};
