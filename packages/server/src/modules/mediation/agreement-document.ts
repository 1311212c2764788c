import type { OfficialDocument } from '../cases/documents/official-document';
import { writtenDate } from '../cases/documents/official-document';
import { centreFootnotes, claimParagraphs, gap, partiesSection } from './document-parts';
import type { MediationCentreRow, MediationRequestRow } from './schema';

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
    footnotes: centreFootnotes(centre),
  };
}
