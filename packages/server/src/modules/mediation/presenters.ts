import type { MediationView } from '@gigpact/contracts';
import { districtName } from '../registry/region-names';
import { maskName, maskPhone } from '../cases/masking';
import type { RequestListed } from './mediation.repository';
import type { MediationCentreRow, MediationSessionRow } from './schema';

export function presentCentre(
  c: MediationCentreRow,
  mediators: { centreId: string; id: string; displayName: string }[],
) {
  return {
    id: c.id,
    name: c.name,
    district: c.district,
    districtName: districtName(c.district),
    address: c.address,
    phone: c.phone,
    mediators: mediators
      .filter((m) => m.centreId === c.id)
      .map(({ id, displayName }) => ({ id, displayName })),
  };
}

/**
 * A request; lists show applicants masked, the request page in full to those who may see personal data (and
 * that view is logged).
 */
export function presentRequest(
  { request: r, centre }: RequestListed,
  sessions: MediationSessionRow[],
  showPersonalData: boolean,
): MediationView {
  return {
    id: r.id,
    number: r.number,
    centreId: centre.id,
    centreName: centre.name,
    caseId: r.caseId,
    applicant: showPersonalData ? r.applicantName : (maskName(r.applicantName) ?? ''),
    applicantPhone: showPersonalData ? r.applicantPhone : (maskPhone(r.applicantPhone) ?? ''),
    respondentName: r.respondentName,
    claimType: r.claimType,
    amountClaimed: r.amountClaimed,
    amountRecovered: r.amountRecovered,
    smallClaim: r.smallClaim,
    status: r.status,
    description: r.description,
    terms: r.terms,
    agreedOn: r.agreedOn,
    arbitrationBody: r.arbitrationBody,
    outcomeNote: r.outcomeNote,
    handedOffOn: r.handedOffOn,
    personalData: showPersonalData,
    sessions: sessions
      .filter((s) => s.requestId === r.id)
      .map((s) => ({ id: s.id, heldAt: s.heldAt.toISOString(), place: s.place, notes: s.notes })),
    version: r.version,
    createdAt: r.createdAt.toISOString(),
  };
}
