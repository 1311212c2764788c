import type { OfficialDocument } from '../cases/documents/official-document';
import { writtenDate } from '../cases/documents/official-document';
import { cityDate } from '../../platform/clock';
import { defaultArbitrationBody } from './commands/progress';
import { centreFootnotes, claimParagraphs, gap, partiesSection } from './document-parts';
import type { MediationCentreRow, MediationRequestRow, MediationSessionRow } from './schema';

/** A sitting as the hand-off lists it: 2026年11月27日 10:00，青浦区调解中心第一调解室（备注）. */
function sittingLine(s: MediationSessionRow, i: number): string {
  const at = s.heldAt.toLocaleTimeString('zh-CN', {
    timeZone: 'Asia/Shanghai',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
  return `${i + 1}. ${writtenDate(cityDate(s.heldAt))} ${at}，${s.place}${s.notes ? `（${s.notes}）` : ''}`;
}

/**
 * The hand-off to labour arbitration (调解不成移交仲裁告知书): the parties, what was claimed, the sittings held and why
 * they failed, and the tribunal the applicant takes the dispute to, dated the day of the hand-off.
 */
export function handoffDocument(
  request: MediationRequestRow,
  centre: MediationCentreRow,
  sessions: MediationSessionRow[],
): OfficialDocument {
  const tribunal = request.arbitrationBody ?? defaultArbitrationBody;
  const reason = request.outcomeNote?.trim().replace(/[。.；;，,]+$/, '');
  return {
    issuer: centre.name,
    number: request.number,
    title: '调解不成移交劳动仲裁告知书',
    recipient: `${tribunal}：`,
    sections: [
      partiesSection(request),
      {
        heading: '二、请求事项',
        paragraphs: claimParagraphs(request),
      },
      {
        heading: '三、调解经过',
        paragraphs: [
          `${centre.name}于${writtenDate(cityDate(request.createdAt))}受理本调解申请（${request.number}）${
            sessions.length ? `，先后主持调解 ${sessions.length} 次：` : '。'
          }`,
          ...sessions.map(sittingLine),
          `经调解，双方未能达成协议${reason ? `：${reason}` : ''}。`,
        ],
      },
      {
        heading: '四、移交仲裁',
        paragraphs: [
          `根据《中华人民共和国劳动争议调解仲裁法》第十四条，自${
            request.handedOffOn ? writtenDate(request.handedOffOn) : ''
          }起本纠纷移交${tribunal}，申请人可依法向其申请劳动争议仲裁。`,
          '申请仲裁的时效期间为一年，从当事人知道或者应当知道其权利被侵害之日起计算；因调解中断的，从中断时起重新计算。',
        ],
      },
    ],
    signature: [centre.name, '调解员（签字）：'].join(gap.repeat(5)),
    date: request.handedOffOn ? writtenDate(request.handedOffOn) : '',
    footnotes: centreFootnotes(centre),
  };
}
