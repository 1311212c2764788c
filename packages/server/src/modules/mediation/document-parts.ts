import { caseTypeNames } from '@gigpact/contracts';
import type { DocumentSection } from '../cases/documents/official-document';
import type { MediationCentreRow, MediationRequestRow } from './schema';

/** The full-width space official documents pad with. */
export const gap = '\u3000';

/** 一、当事人: the applicant with their phone, and the respondent, as every mediation document names them. */
export function partiesSection(request: MediationRequestRow): DocumentSection {
  return {
    heading: '一、当事人',
    paragraphs: [],
    rows: [
      ['申请人', `${request.applicantName}（联系电话 ${request.applicantPhone}）`],
      ['被申请人', request.respondentName],
    ],
  };
}

/** What was claimed: the kind of dispute, the amount when one was claimed, and the applicant's own account. */
export function claimParagraphs(request: MediationRequestRow): string[] {
  return [
    `纠纷类别：${caseTypeNames[request.claimType].zh}${
      request.amountClaimed ? `；申请金额：人民币 ${request.amountClaimed} 元` : ''
    }。`,
    request.description,
  ];
}

/** The centre's name, address and phone, at the foot of every document it issues. */
export function centreFootnotes(centre: MediationCentreRow): string[] {
  return [[centre.name, `地址：${centre.address}`, `电话：${centre.phone}`].join(gap)];
}
