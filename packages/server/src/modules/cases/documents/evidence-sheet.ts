import type { EvidenceBundle } from '@gigpact/contracts';

/** One line of the evidence sheet: what part of the bundle, which item, and its value. */
export interface EvidenceLine {
  part: string;
  item: string;
  value: string;
}

/**
 * The evidence bundle of a referred case, line by line, for the procuratorate: the agreement version, rule and
 * clause it was audited against, the result hash that proves the run, and every finding, evidence row and step
 * of the decision.
 */
export function evidenceLines(caseNumber: string, evidence: EvidenceBundle): EvidenceLine[] {
  return [
    { part: '案件 case', item: '案件编号 number', value: caseNumber },
    { part: '审计 audit', item: '协议版本 agreement version', value: evidence.agreementVersion },
    { part: '审计 audit', item: '规则 rule', value: evidence.ruleId },
    { part: '审计 audit', item: '条款 clause', value: evidence.clause },
    ...(evidence.dataset ? [{ part: '审计 audit', item: '数据集 dataset', value: evidence.dataset }] : []),
    { part: '审计 audit', item: '结果哈希 result hash (SHA-256)', value: evidence.resultHash },
    ...evidence.findingIds.map((id, i) => ({ part: '发现 finding', item: String(i + 1), value: id })),
    ...evidence.evidenceRowIds.map((id, i) => ({
      part: '证据行 evidence row',
      item: String(i + 1),
      value: id,
    })),
    ...evidence.trace.map((step) => ({
      part: '判定过程 trace',
      item: step.step,
      value: `${step.zh} / ${step.en}`,
    })),
  ];
}
