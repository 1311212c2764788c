import { areaName, type Area, type LetterKind } from '@gigpact/contracts';

/**
 * The answer periods the law sets, in working days (docs/adr/0005-working-days.md): an employer answers a 意见书
 * within 15; the labour authority opens a case or explains within 5 of a 建议书. A 提示函's period is the
 * office's choice, or none.
 */
export const statutoryWorkingDays: Partial<Record<LetterKind, number>> = { opinion: 15, recommendation: 5 };

export interface LetterFormValues {
  kind: LetterKind;
  recipient?: string;
  facts?: string;
  requests?: string;
  responseWorkingDays?: number | null;
}

/** The request body from the form: trimmed texts, and a period sent only where the office chooses it. */
export function letterRequest(values: LetterFormValues) {
  return {
    kind: values.kind,
    recipient: (values.recipient ?? '').trim(),
    facts: (values.facts ?? '').trim(),
    requests: (values.requests ?? '').trim(),
    responseWorkingDays:
      values.kind === 'reminder' && values.responseWorkingDays ? values.responseWorkingDays : null,
  };
}

/**
 * The labour authority at the level of the issuing union (the user's area): 青浦区人力资源和社会保障局 for a
 * district, the city's bureau for the city; a street has none of its own, so its district's.
 */
export function labourAuthority(area: Area | undefined): string {
  if (!area || area.level === 'city') return '上海市人力资源和社会保障局';
  const district = areaName({ level: 'district', code: area.code.slice(0, 6) });
  return district ? `${district.zh}人力资源和社会保障局` : '上海市人力资源和社会保障局';
}

/**
 * Who a letter goes to by default: a 建议书 to the labour authority at the issuing union's level; the others to
 * the employer or platform named among the parties, else nobody yet.
 */
export function defaultRecipient(
  kind: LetterKind | undefined,
  parties: { kind: string; name: string }[],
  issuingArea: Area | undefined,
): string | undefined {
  if (kind === 'recommendation') return labourAuthority(issuingArea);
  return parties.find((p) => p.kind === 'franchisee' || p.kind === 'partner' || p.kind === 'platform')?.name;
}
