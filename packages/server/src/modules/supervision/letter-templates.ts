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

/**
 * The labour authority at the same level as an office's union: 上海市人力资源和社会保障局 for the city,
 * 青浦区人力资源和社会保障局 for a district; a street has none of its own, so its district's.
 */
export function labourAuthorityOf(office: string): string {
  const area = parseArea(office);
  if (!area || area.level === 'city') return '上海市人力资源和社会保障局';
  return `${districtName(area.code.slice(0, 6)).zh}人力资源和社会保障局`;
}

const basis: Record<Exclude<LetterKind, 'recommendation'>, string> = {
  reminder:
    '根据《中华人民共和国工会法》《中华人民共和国劳动法》和《工会劳动法律监督办法》的规定，现就有关情况向你单位作出提示。',
  opinion:
    '根据《中华人民共和国工会法》第二十二条和《工会劳动法律监督办法》的规定，本会对你单位的有关情况开展了劳动法律监督，现提出如下意见。',
};

const lawsOfRecommendation = '根据《中华人民共和国工会法》和《工会劳动法律监督办法》的规定';

/**
 * Why a 建议书 goes to the labour authority, told from the case's own 意见书: the latest one issued before it,
 * whether and when it was answered. Without a 意见书 it says only what supervision found.
 */
export function recommendationBasis(letter: LetterRow, caseLetters: readonly LetterRow[]): string {
  const opinion = caseLetters
    .filter((l) => l.kind === 'opinion' && l.id !== letter.id && l.issuedAt <= letter.issuedAt)
    .at(-1);
  if (!opinion) {
    return `${lawsOfRecommendation}，本会在劳动法律监督中发现用人单位存在下列涉嫌违反劳动法律法规的情况，现提请贵单位依法处理。`;
  }
  const sent = `本会已于${writtenDate(opinion.issuedOn)}向${opinion.recipient}发出劳动法律监督意见书（${opinion.number}）`;
  if (opinion.respondedOn && opinion.respondedOn <= letter.issuedOn) {
    return `${lawsOfRecommendation}，${sent}，该单位已于${writtenDate(opinion.respondedOn)}书面答复，但所涉问题仍未得到纠正。现提请贵单位依法处理。`;
  }
  const lapsed = opinion.responseDueOn !== null && opinion.responseDueOn < letter.issuedOn;
  return `${lawsOfRecommendation}，${sent}，${
    lapsed
      ? `该单位在答复期限（${writtenDate(opinion.responseDueOn!)}）届满后仍未书面答复`
      : '该单位至今未予书面答复'
  }，所涉问题未得到纠正。现提请贵单位依法处理。`;
}

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
  caseLetters: readonly LetterRow[] = [],
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
      {
        heading: null,
        paragraphs: [
          letter.kind === 'recommendation' ? recommendationBasis(letter, caseLetters) : basis[letter.kind],
        ],
      },
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
