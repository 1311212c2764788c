import { outsideParamRange } from '@gigpact/contracts';
import type { Clause } from '../clause';
import { isDated } from '../clause';
import type { LibraryRule, LibraryRuleParam } from '../api';

/** One value of a parameter as the form holds it: text as typed, from a date on (or for all dates). */
export interface ParamEntryForm {
  from: string;
  value: string;
}

export interface ParamForm {
  name: string;
  entries: ParamEntryForm[];
  sources: string[];
}

/** A clause as the form edits it: every field a plain string or list, so any text can be typed and checked. */
export interface ClauseForm {
  id: string;
  title: string;
  titleEn: string;
  text: string;
  textEn: string;
  /** A library rule id; empty for a text-only clause (or one whose custom `check` is kept as it is). */
  rule: string;
  params: ParamForm[];
  sources: string[];
}

const textOf = (value: unknown): string => (Array.isArray(value) ? value.join(', ') : String(value));

/** The form of a clause; parameters the clause does not set are left out (the library default applies). */
export function clauseToForm(clause: Clause): ClauseForm {
  return {
    id: clause.id,
    title: clause.title,
    titleEn: clause.title_en ?? '',
    text: clause.text,
    textEn: clause.text_en ?? '',
    rule: clause.rule ?? '',
    params: Object.entries(clause.params ?? {}).map(([name, value]) => ({
      name,
      entries: isDated(value)
        ? value.map((v) => ({ from: v.from, value: textOf(v.value) }))
        : [{ from: '', value: textOf(value) }],
      sources: clause.param_sources?.[name] ?? [],
    })),
    sources: clause.sources ?? [],
  };
}

/**
 * A typed value from text, by the parameter's type in the library. Text that does not read as the type is kept
 * as text, so the server's type checker names the parameter and what is wrong with it.
 */
export function parseParamValue(type: string | undefined, text: string): unknown {
  const trimmed = text.trim();
  const number = (t: string) => (/^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t);
  switch (type) {
    case 'int':
    case 'decimal':
      return number(trimmed);
    case 'bool':
      return trimmed === 'true' ? true : trimmed === 'false' ? false : trimmed;
    case 'list<string>':
      return trimmed === '' ? [] : trimmed.split(/[,，、]\s*/).map((s) => s.trim());
    case 'list<int>':
      return trimmed === '' ? [] : trimmed.split(/[,，、]\s*/).map((s) => number(s.trim()));
    default:
      return text;
  }
}

/**
 * The clause a form describes, on top of the clause it edits (`base`), so what the form does not show — a custom
 * `check` — is kept. Empty optional texts and parameters without a value are left out.
 */
export function formToClause(form: ClauseForm, rule: LibraryRule | undefined, base?: Clause): Clause {
  const clause: Clause = {
    id: form.id.trim(),
    title: form.title,
    ...(form.titleEn.trim() ? { title_en: form.titleEn } : {}),
    text: form.text,
    ...(form.textEn.trim() ? { text_en: form.textEn } : {}),
  };
  if (form.rule) {
    clause.rule = form.rule;
    const params: Record<string, unknown> = {};
    const paramSources: Record<string, string[]> = {};
    for (const param of form.params) {
      const type = rule?.params[param.name]?.type;
      const entries = param.entries.filter((e) => e.value.trim() !== '');
      if (entries.length === 0) continue;
      params[param.name] =
        entries.length === 1 && !entries[0]!.from.trim()
          ? parseParamValue(type, entries[0]!.value)
          : entries.map((e) => ({ from: e.from.trim(), value: parseParamValue(type, e.value) }));
      if (param.sources.length) paramSources[param.name] = param.sources;
    }
    if (Object.keys(params).length) clause.params = params;
    if (Object.keys(paramSources).length) clause.param_sources = paramSources;
  } else if (base?.check !== undefined) {
    clause.check = base.check;
  }
  if (form.sources.length) clause.sources = form.sources;
  return clause;
}

/** A new, empty clause form, with an id not yet taken. */
export function newClauseForm(takenIds: string[]): ClauseForm {
  let n = takenIds.length + 1;
  while (takenIds.includes(`c${String(n).padStart(2, '0')}`)) n += 1;
  return {
    id: `c${String(n).padStart(2, '0')}`,
    title: '',
    titleEn: '',
    text: '',
    textEn: '',
    rule: '',
    params: [],
    sources: [],
  };
}

/** The parameter forms for a rule: those the clause sets, then the rule's others, empty (default applies). */
export function paramsForRule(rule: LibraryRule | undefined, current: ParamForm[]): ParamForm[] {
  if (!rule) return [];
  return Object.keys(rule.params).map(
    (name) =>
      current.find((p) => p.name === name) ?? { name, entries: [{ from: '', value: '' }], sources: [] },
  );
}

/**
 * Whether a value as typed lies outside its parameter's allowed range (a number parameter's, compared exactly):
 * the form marks it before the draft is checked or saved. Text that is no number is left to the type check.
 */
export function outOfRange(spec: LibraryRuleParam | undefined, typed: string): boolean {
  if (!spec || (spec.type !== 'int' && spec.type !== 'decimal')) return false;
  return outsideParamRange(spec.range, typed);
}
