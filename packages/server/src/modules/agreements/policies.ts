import type { AgreementStatusName } from '@gigpact/contracts';
import type { Actor } from '../../platform/security/actor';
import type { Policy } from '../../platform/security/policy';
import { may } from '../../platform/security/policy';
import { platformOfRepresentative } from '../datasets/platform-of-actor';

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

/**
 * Whether an actor who may view agreements sees this one: the union's officers see every agreement; a platform's
 * representative sees the public ones and those that name its platform — not another platform's draft, the
 * union's negotiating position with it, or an agreement signed but not yet in force.
 */
export function agreementVisibleTo(
  actor: Actor,
  agreement: { status: AgreementStatusName; platforms: readonly string[] },
): boolean {
  if (actor.role !== 'platform_rep') return true;
  if (publicStatuses.includes(agreement.status)) return true;
  const platform = platformOfRepresentative(actor);
  return platform !== null && agreement.platforms.includes(platform);
}
