import type { AgreementStatusName } from '@gigpact/contracts';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';

const drafts = (role: string) => role === 'city_admin' || role === 'district_officer';

/**
 * Agreements: the union's officers and platform representatives read them; city and district officers draft and
 * negotiate; only the city federation puts an agreement in force or retires it. Agreements in force are public.
 */
export const agreementPolicies = {
  viewAgreements: ((actor) => may.useModule(actor, 'agreements')) satisfies Policy,
  draftAgreements: ((actor) => may.useModule(actor, 'agreements') && drafts(actor.role)) satisfies Policy,
  moveTo: ((actor, status: AgreementStatusName) =>
    may.useModule(actor, 'agreements') &&
    (status === 'in_force' || status === 'superseded'
      ? actor.role === 'city_admin'
      : drafts(actor.role))) satisfies Policy<AgreementStatusName>,
};

/** Statuses anyone, signed in or not, may read. */
export const publicStatuses: AgreementStatusName[] = ['in_force', 'superseded'];
