import type { AgreementStatusName, Role } from '@gigpact/contracts';

/** The union's officers, who see that a signed agreement's effective date has come (`awaitsInForce`). */
const unionOfficers: readonly Role[] = ['city_admin', 'district_officer', 'street_officer'];

export const seesInForceHint = (role: Role | undefined) => role !== undefined && unionOfficers.includes(role);

/**
 * Whether an agreement is still "signed" although its effective date has come (`today`, the city's day, or before):
 * nothing moves it on by itself, so it waits for an officer to mark it in force.
 */
export function awaitsInForce(
  agreement: { status: AgreementStatusName; effectiveFrom: string | null | undefined },
  today: string,
): boolean {
  return agreement.status === 'signed' && !!agreement.effectiveFrom && agreement.effectiveFrom <= today;
}
