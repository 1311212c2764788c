import type { CaseDetail, CaseType } from '@gigpact/contracts';

export interface RequestFormValues {
  centreId?: string;
  applicantName?: string;
  applicantPhone?: string;
  respondentName?: string;
  claimType: CaseType;
  amountClaimed?: string;
  description?: string;
}

/**
 * A request from a case starts from what the case knows: its worker (when the page may show their name and
 * phone), the employer or platform, the dispute, the amount and the facts.
 */
export function prefillFromCase(c: CaseDetail): RequestFormValues {
  const worker = c.parties.find((p) => p.kind === 'worker');
  const respondent =
    c.parties.find((p) => p.kind === 'franchisee' || p.kind === 'partner') ??
    c.parties.find((p) => p.kind === 'platform');
  return {
    applicantName: c.personalDataShown ? worker?.name : undefined,
    applicantPhone: c.personalDataShown ? (worker?.contact ?? undefined) : undefined,
    respondentName: respondent?.name ?? c.platformName ?? undefined,
    claimType: c.type,
    amountClaimed: c.amountClaimed ?? undefined,
    description: c.description,
  };
}
