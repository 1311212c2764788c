import { areaContains, type Area } from '@gigpact/contracts';
import type { Actor } from '../../platform/security/actor';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';
import { platformOfRepresentative } from '../datasets/platform-of-actor';
import { districtName, type AnalysisScope } from './metrics/scope';

const isOfficer = (actor: Actor) =>
  may.useModule(actor, 'governance') && (actor.role === 'city_admin' || actor.role === 'district_officer');

/** What an actor asked to analyse: a platform and a district (GB/T 2260 code), either may be absent. */
export interface RequestedScope {
  platform?: string | undefined;
  district?: string | undefined;
}

/**
 * Governance policies. City officers analyse every platform in every district; a district officer analyses
 * the data of their own district only; a platform representative sees their own platform's analyses and may
 * reply to their own platform's scorecard. The negotiation sandbox is the union's: officers only. Everyone,
 * signed in or not, may read the scorecards.
 */
export const governancePolicies = {
  analyse: ((actor) =>
    isOfficer(actor) ||
    (may.useModule(actor, 'governance') && platformOfRepresentative(actor) !== null)) satisfies Policy,
  analyseScope: ((actor, requested: RequestedScope) => {
    if (!governancePolicies.analyse(actor)) return false;
    if (requested.district && !areaContains(actor.area, { level: 'district', code: requested.district }))
      return false;
    const own = platformOfRepresentative(actor);
    if (own !== null && requested.platform !== undefined && requested.platform !== own) return false;
    return true;
  }) satisfies Policy<RequestedScope>,
  useSandbox: ((actor) => isOfficer(actor)) satisfies Policy,
  viewScenario: ((actor, scenario: { area: Area }) =>
    isOfficer(actor) && areaContains(actor.area, scenario.area)) satisfies Policy<{ area: Area }>,
  reply: ((actor, platform: string) =>
    may.useModule(actor, 'governance') &&
    platformOfRepresentative(actor) === platform) satisfies Policy<string>,
};

/**
 * The part of the data an allowed request reads: a district officer's own district whatever they asked, a
 * representative's own platform. Call after `analyseScope` said yes.
 */
export function resolveScope(actor: Actor, requested: RequestedScope): AnalysisScope {
  const own = platformOfRepresentative(actor);
  const district =
    actor.area.level === 'district'
      ? actor.area.code
      : actor.area.level === 'street'
        ? null
        : requested.district;
  return {
    platform: own ?? requested.platform ?? null,
    district: district ? districtName(district) : null,
  };
}
