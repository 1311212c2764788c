import type { Language } from '@gigpact/contracts';

/** A clause as the agreement document holds it (see the agreement format). */
export interface Clause {
  id: string;
  title: string;
  title_en?: string;
  text: string;
  text_en?: string;
  rule?: string;
  check?: unknown;
  params?: Record<string, unknown>;
  param_sources?: Record<string, string[]>;
  sources?: string[];
}

export interface DatedValue {
  from: string;
  value: unknown;
}

export function isDated(value: unknown): value is DatedValue[] {
  return (
    Array.isArray(value) &&
    value.every((v) => typeof v === 'object' && v !== null && 'from' in v && 'value' in v)
  );
}

/** A parameter's value as text; a list joined with the reader's list separator ('、' in Chinese, ', ' in English). */
export function formatValue(value: unknown, listSeparator = '、'): string {
  if (Array.isArray(value)) return value.map((v) => formatValue(v, listSeparator)).join(listSeparator);
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/**
 * A clause's title in the reader's language. In English: the clause's own English title, else the English title
 * of the library rule that checks it, else its Chinese title (a custom clause without an English title keeps it).
 * The same fallback as the server's `clauseTitleEn` for audit findings.
 */
export function clauseTitleIn(
  language: Language,
  clause: { title: string; title_en?: string | null; rule?: string | null },
  rules: readonly { id: string; title_en?: string | null }[],
): string {
  if (language !== 'en') return clause.title;
  return clauseTitleEn(clause, rules) ?? clause.title;
}

/** A clause's English title: its own, else its library rule's; null without either. */
export function clauseTitleEn(
  clause: { title_en?: string | null; rule?: string | null },
  rules: readonly { id: string; title_en?: string | null }[],
): string | null {
  if (clause.title_en) return clause.title_en;
  if (!clause.rule) return null;
  return rules.find((r) => r.id === clause.rule)?.title_en || null;
}

/**
 * A clause's text in the reader's language, and whether it is the Chinese original shown in place of an English
 * text the agreement does not have.
 */
export function clauseTextIn(
  language: Language,
  clause: { text: string; text_en?: string | null },
): { text: string; original: boolean } {
  if (language === 'en' && clause.text_en) return { text: clause.text_en, original: false };
  return { text: clause.text, original: language === 'en' };
}
