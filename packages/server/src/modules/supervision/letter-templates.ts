import { caseTypeNames, letterKindNames, type LetterKind } from '@gigpact/contracts';
import { parseArea } from '@gigpact/contracts';
import type { DocumentSection, OfficialDocument } from '../cases/documents/official-document';
import { writtenDate } from '../cases/documents/official-document';
import type { CaseRow } from '../cases/schema';
import { districtName, regionName } from '../registry/region-names';
import type { LetterRow } from './schema';

/** The union that signs for an office: 上海市总工会, 上海市青浦区总工会, 青浦区徐泾镇总工会. */
export function unionOfOffice(office: string): string {
  const area = parseArea(office);
  if (!area || area.level === 'city') return '上海市总工会';
  if (area.level === 'district') return `上海市${districtName(area.code).zh}总工会`;
  return `${regionName(area.code).zh}总工会`;
}

const basis: Record<LetterKind, string> = {
  reminder:
    '根据《中华人民共和国工会法》《中华人民共和国劳动法》和《工会劳动法律监督办法》的规定，现就有关情况向你单位作出提示。',
  opinion:
    '根据《中华人民共和国工会法》第二十二条和《工会劳动法律监督办法》的规定，本会对你单位的有关情况开展了劳动法律监督，现提出如下意见。',
  recommendation:
    '根据《中华人民共和国工会法》和《工会劳动法律监督办法》的规定，本会已向用人单位发出劳动法律监督意见书，用人单位未予整改。现提请贵单位依法处理。',
};

function answerSentence(kind: LetterKind, letter: LetterRow, workingDays: number | null): string | null {
  if (!letter.responseDueOn) return null;
  const due = writtenDate(letter.responseDueOn);
  if (kind === 'recommendation') {
    return `请贵单位自收到本建议书之日起${workingDays}个工作日内（即${due}前）依法立案查处，或将不予立案的理由书面告知本会。`;
  }
  const what = kind === 'opinion' ? '本意见书' : '本提示函';
  return `请你单位自收到${what}之日起${workingDays}个工作日内（即${due}前）将整改情况书面答复本会。`;
}

function evidenceSection(c: CaseRow, attachments: string[]): DocumentSection | null {
  const rows: [string, string][] = [];
  if (c.evidence) {
    rows.push(
      ['协议版本', c.evidence.agreementVersion],
      ['条款', c.evidence.clause],
      ['规则', c.evidence.ruleId],
      ['审计发现', `${c.evidence.findingIds.length} 项`],
      ['证据记录', `${c.evidence.evidenceRowIds.length} 条`],
      ['结果哈希（SHA-256）', c.evidence.resultHash],
    );
  }
  attachments.forEach((name, i) => rows.push([`附件 ${i + 1}`, name]));
  return rows.length ? { heading: '三、证据材料', paragraphs: [], rows } : null;
}

/** A supervision letter in its official form, with the case's facts and evidence. */
export function letterDocument(
  letter: LetterRow,
  c: CaseRow,
  attachments: string[],
  workingDays: number | null,
): OfficialDocument {
  const issuer = unionOfOffice(letter.issuingOffice);
  const answer = answerSentence(letter.kind, letter, workingDays);
  const evidence = evidenceSection(c, attachments);
  return {
    issuer,
    number: letter.number,
    title: `关于${c.title}的劳动法律监督${letterKindNames[letter.kind].zh}`,
    recipient: `${letter.recipient}：`,
    sections: [
      { heading: null, paragraphs: [basis[letter.kind]] },
      {
        heading: '一、基本事实',
        paragraphs: [
          `案件编号：${c.number}；类别：${caseTypeNames[c.type].zh}；涉及劳动者 ${c.workersAffected} 名${
            c.amountClaimed ? `，涉及金额人民币 ${c.amountClaimed} 元` : ''
          }。`,
          ...letter.facts.split(/\n+/),
        ],
      },
      {
        heading: letter.kind === 'recommendation' ? '二、建议事项' : '二、监督意见',
        paragraphs: [...letter.requests.split(/\n+/), ...(answer ? [answer] : [])],
      },
      ...(evidence ? [evidence] : []),
    ],
    signature: issuer,
    date: writtenDate(letter.issuedOn),
    footnotes: c.referredTo ? [`抄送：上海市${districtName(c.referredTo).zh}人民检察院`] : [],
  };
}
