import type { Area } from '@gigpact/contracts';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';
import { casePolicies, type CaseScope } from '../cases/policies';

/**
 * Mediation policies. Mediators work the requests of the centres in their area; union officers of the area open
 * requests, follow them and may record sessions and outcomes too (the one-stop centres are staffed jointly).
 */
export const mediationPolicies = {
  viewMediation: ((actor) =>
    may.useModule(actor, 'mediation') &&
    ['city_admin', 'district_officer', 'street_officer', 'mediator'].includes(actor.role)) satisfies Policy,
  manageCentresIn: ((actor, area: Area) =>
    may.useModule(actor, 'mediation') &&
    (actor.role === 'city_admin' || actor.role === 'district_officer') &&
    may.seeArea(actor, area)) satisfies Policy<Area>,
  mediateIn: ((actor, centreArea: Area) =>
    may.useModule(actor, 'mediation') &&
    ['city_admin', 'district_officer', 'street_officer', 'mediator'].includes(actor.role) &&
    may.seeArea(actor, centreArea)) satisfies Policy<Area>,
  /**
   * Applicants' names and phones in full: the cases module's rule for the case the request came from (those who
   * work the case; the city's overview sees them masked), and for a walk-in everyone who may view it but the city.
   */
  seeApplicant: ((actor, fromCase: CaseScope | null) =>
    actor.role !== 'city_admin' &&
    (fromCase === null || casePolicies.seePersonalData(actor, fromCase))) satisfies Policy<CaseScope | null>,
};
