import type { LetterKind } from '@gigpact/contracts';

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

/** Who a letter goes to by default: the employer or platform named among the parties, else nobody yet. */
export function defaultRecipient(parties: { kind: string; name: string }[]): string | undefined {
  return parties.find((p) => p.kind === 'franchisee' || p.kind === 'partner' || p.kind === 'platform')?.name;
}
