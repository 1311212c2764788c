import { caseTypeNames } from '@gigpact/contracts';
import type { DocumentSection, OfficialDocument } from '../cases/documents/official-document';
import { writtenDate } from '../cases/documents/official-document';
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

/** The mediation agreement (调解协议书) as the centre prints it for both parties to sign. */
export function agreementDocument(
  request: MediationRequestRow,
  centre: MediationCentreRow,
): OfficialDocument {
  return {
    issuer: centre.name,
    number: request.number,
    title: '调解协议书',
    recipient: null,
    sections: [
      partiesSection(request),
      {
        heading: '二、纠纷事项',
        paragraphs: claimParagraphs(request),
      },
      {
        heading: '三、协议内容',
        paragraphs: [
          `经${centre.name}主持调解，双方自愿达成如下协议：`,
          ...(request.terms ?? '').split(/\n+/),
          `协议金额人民币 ${request.amountAgreed ?? '0.00'} 元，签署时已履行人民币 ${request.amountRecovered ?? '0.00'} 元。`,
          '本协议经双方签字（盖章）后生效，双方应当自觉履行。一方不履行的，另一方可依法申请仲裁或向人民法院申请司法确认。',
        ],
      },
    ],
    signature: ['申请人（签字）：', '被申请人（签字/盖章）：', '调解员（签字）：'].join(gap.repeat(5)),
    date: request.agreedOn ? writtenDate(request.agreedOn) : '',
    footnotes: [[centre.name, `地址：${centre.address}`, `电话：${centre.phone}`].join(gap)],
  };
}
