import type { Language } from '@gigpact/contracts';
import { clauseTextIn, clauseTitleIn } from '../agreements/clause';

/** A clause as a worker reads it: its title and text in their language, no rule, formula, parameter or source. */
export interface WorkerClause {
  id: string;
  title: string;
  text: string;
  /** The text is the Chinese original, shown in English for want of an English text. */
  original: boolean;
}

interface ClauseDoc {
  id: string;
  title: string;
  title_en?: string;
  text: string;
  text_en?: string;
  rule?: string;
}

/** Every clause of an agreement's document in words, in the reader's language. */
export function workerClauses(
  document: { clauses?: readonly ClauseDoc[] },
  rules: readonly { id: string; title_en?: string }[],
  language: Language,
): WorkerClause[] {
  return (document.clauses ?? []).map((clause) => ({
    id: clause.id,
    title: clauseTitleIn(language, clause, rules),
    ...clauseTextIn(language, clause),
  }));
}

/**
 * The names of an agreement's platforms, joined in the reader's way: the registry's name for each code, else (when
 * the agreement names one platform and one platform party) that party's name, else the code; null for an
 * agreement that names no platform (it binds every platform of its industry).
 */
export function platformNames(
  platforms: readonly string[],
  label: (code: string) => string,
  parties: readonly { name: string; role: string }[] | undefined,
  language: Language,
): string | null {
  if (platforms.length === 0) return null;
  const platformParties = (parties ?? []).filter((p) => p.role === 'platform');
  return platforms
    .map((code) => {
      const name = label(code);
      if (name !== code) return name;
      return platforms.length === 1 && platformParties.length === 1 ? platformParties[0]!.name : code;
    })
    .join(language === 'zh' ? '、' : ', ');
}
