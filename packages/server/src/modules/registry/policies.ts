import type { Area } from '@gigpact/contracts';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';

const isOfficer = (role: string) =>
  role === 'city_admin' || role === 'district_officer' || role === 'street_officer';

/**
 * Registry policies. Officers see the registry of their own area; they change records inside it. Platforms are
 * city-wide records that only the city federation changes. Member lists are personal data: every read is logged.
 */
export const registryPolicies = {
  viewRegistry: ((actor) => may.useModule(actor, 'registry')) satisfies Policy,
  changePlatforms: ((actor) => may.useModule(actor, 'registry') && may.isCityWide(actor)) satisfies Policy,
  changeEnterpriseIn: ((actor, area: Area) =>
    may.useModule(actor, 'registry') &&
    isOfficer(actor.role) &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
  changeOrganisationIn: ((actor, area: Area) =>
    may.useModule(actor, 'registry') &&
    isOfficer(actor.role) &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
  viewMembersIn: ((actor, area: Area) =>
    may.useModule(actor, 'registry') &&
    isOfficer(actor.role) &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
  importIn: ((actor, area: Area) =>
    may.useModule(actor, 'registry') &&
    isOfficer(actor.role) &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
};
