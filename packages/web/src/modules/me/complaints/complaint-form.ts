import type { CaseType, ComplaintInput, Language } from '@gigpact/contracts';

export interface ComplaintFormValues {
  type?: CaseType;
  platformCode?: string;
  employerName?: string;
  title?: string;
  description?: string;
  amountClaimed?: string;
  occurredOn?: string;
  district?: string;
  street?: string;
  workerName?: string;
  workerPhone?: string;
}

export const amountPattern = /^\d{1,12}(\.\d{1,2})?$/;
export const phonePattern = /^[0-9+\- ]{5,20}$/;

/** The request body from the phone form: texts trimmed, empty optional fields sent as null. */
export function complaintRequest(
  values: ComplaintFormValues,
  typeName: string,
  language: Language = 'zh',
): ComplaintInput {
  const description = (values.description ?? '').trim();
  return {
    type: values.type ?? 'other',
    title: values.title?.trim() || complaintTitle(typeName, description, language),
    description,
    district: values.district ?? '',
    street: values.street ?? null,
    platformCode: values.platformCode ?? null,
    employerName: values.employerName?.trim() || null,
    workerName: (values.workerName ?? '').trim(),
    workerPhone: (values.workerPhone ?? '').trim(),
    workersAffected: 1,
    amountClaimed: values.amountClaimed?.trim() || null,
    occurredOn: values.occurredOn ?? null,
  };
}

/**
 * A worker need not invent a title: the type (in the worker's language) and the start of what happened make one
 * (2–120 characters). A long description is cut between words (in English) or characters (never inside one), with
 * an ellipsis.
 */
export function complaintTitle(typeName: string, description: string, language: Language = 'zh'): string {
  const text = description.replace(/\s+/g, ' ').trim();
  const separator = language === 'en' ? ': ' : '：';
  const room = language === 'en' ? 60 : 30;
  return clip(`${typeName}${separator}${clip(text, room, language)}`, 120, language);
}

/** `text` in at most `max` characters (code points), cut at a word boundary in English, ending in "…" when cut. */
function clip(text: string, max: number, language: Language): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  let kept = chars.slice(0, max - 1).join('');
  if (language === 'en') {
    const space = kept.lastIndexOf(' ');
    // Cut at the last whole word, unless that would leave almost nothing (one very long "word").
    if (chars[max - 1] !== ' ' && space > max / 2) kept = kept.slice(0, space);
  }
  return `${kept.replace(/[\s,.;:，。；：、]+$/u, '')}…`;
}

/** Files the server takes (photos, PDF) up to 10 MB each; the names of those it would refuse. */
export function refusedFiles(files: { name: string; size: number; type: string }[], maxBytes: number) {
  const accepted = /^(image\/(jpeg|png)|application\/pdf)$/;
  return {
    tooLarge: files.filter((f) => f.size > maxBytes).map((f) => f.name),
    wrongType: files.filter((f) => !accepted.test(f.type)).map((f) => f.name),
  };
}
