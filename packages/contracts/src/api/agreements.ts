import { z } from 'zod';
import { industries } from '../canonical';
import { scaledDecimal } from '../decimal-text';

export const agreementStatuses = ['draft', 'negotiating', 'signed', 'in_force', 'superseded'] as const;
export type AgreementStatusName = (typeof agreementStatuses)[number];

export const agreementStatusNames: Record<AgreementStatusName, { zh: string; en: string }> = {
  draft: { zh: '草案', en: 'Draft' },
  negotiating: { zh: '协商中', en: 'Negotiating' },
  signed: { zh: '已签订', en: 'Signed' },
  in_force: { zh: '生效中', en: 'In force' },
  superseded: { zh: '已被替代', en: 'Superseded' },
};

/** Which status may follow which: forward along the negotiation, and back from negotiating to draft. */
export const agreementTransitions: Record<AgreementStatusName, readonly AgreementStatusName[]> = {
  draft: ['negotiating'],
  negotiating: ['draft', 'signed'],
  signed: ['in_force'],
  in_force: ['superseded'],
  superseded: [],
};

export const agreementSummary = z.object({
  id: z.string(),
  title: z.string(),
  titleEn: z.string().nullable(),
  industry: z.enum(industries),
  platforms: z.array(z.string()),
  status: z.enum(agreementStatuses),
  parentId: z.string().nullable(),
  effectiveFrom: z.string(),
  currentVersion: z.number(),
  versionLabel: z.string().nullable(),
  clauses: z.number(),
  checkableClauses: z.number(),
  updatedAt: z.string(),
  rowVersion: z.number(),
});
export type AgreementSummary = z.infer<typeof agreementSummary>;

export const agreementVersionSummary = z.object({
  number: z.number(),
  label: z.string().nullable(),
  summary: z.string(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
});

/** The agreement as stored: its summary, the full document of the chosen version and that version's YAML text. */
export const agreementDetail = agreementSummary.extend({
  version: agreementVersionSummary,
  document: z.record(z.string(), z.unknown()),
  source: z.string(),
});

export const agreementUpload = z.object({
  /** The agreement as YAML (or JSON) text, in the published agreement format. */
  source: z.string().min(1).max(1_000_000),
  /** What this version changes, for the amendment history. */
  summary: z.string().trim().max(500).default(''),
  /** The `rowVersion` the author saw, when replacing an existing agreement. */
  rowVersion: z.number().int().optional(),
});

export const agreementStatusChange = z.object({
  status: z.enum(agreementStatuses),
  rowVersion: z.number().int(),
});

export const agreementChange = z.object({
  kind: z.enum(['field', 'clause_added', 'clause_removed', 'clause_changed']),
  field: z.string().nullable(),
  clauseId: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
});
export const agreementDiff = z.object({
  from: z.number(),
  to: z.number(),
  changes: z.array(agreementChange),
});

export type AgreementDetail = z.infer<typeof agreementDetail>;
export type AgreementVersionSummary = z.infer<typeof agreementVersionSummary>;
export type AgreementDiff = z.infer<typeof agreementDiff>;

/** `POST /api/agreements/check`: an agreement text checked as it is being written, without saving it. */
export const agreementCheckRequest = z.object({
  source: z.string().min(1).max(1_000_000),
});

export const agreementCheckIssue = z.object({
  path: z.array(z.union([z.string(), z.number()])),
  line: z.number().nullable(),
  column: z.number().nullable(),
  clauseId: z.string().nullable(),
  zh: z.string(),
  en: z.string(),
});
export type AgreementCheckIssue = z.infer<typeof agreementCheckIssue>;

export const agreementCheckClause = z.object({
  clauseId: z.string(),
  status: z.enum(['applicable', 'text_only', 'invalid']),
  ruleId: z.string().nullable(),
  dataset: z.string().nullable(),
  /** What the clause checks, in words; null for text-only and invalid clauses. */
  explanation: z.object({ zh: z.string(), en: z.string() }).nullable(),
});
export type AgreementCheckClause = z.infer<typeof agreementCheckClause>;

export const agreementCheckResult = z.object({
  valid: z.boolean(),
  issues: z.array(agreementCheckIssue),
  clauses: z.array(agreementCheckClause),
});
export type AgreementCheckResult = z.infer<typeof agreementCheckResult>;

/** A published agreement with what each clause checks in words, the same explanation the clause editor shows. */
export const publicAgreementDetail = agreementDetail.extend({
  explanations: z.array(agreementCheckClause),
});
export type PublicAgreementDetail = z.infer<typeof publicAgreementDetail>;

// ——— The standard rule library (`GET /api/public/rules`) ———

/**
 * A numeric parameter's allowed range: its bounds (null: none on that side; `…Exclusive`: the bound itself is
 * not allowed), as an interval (`(0, 120]`) and in words (`大于 0 且不大于 120` / `greater than 0 and at most 120`).
 */
export const libraryParamRange = z.object({
  minimum: z.number().nullable(),
  minimumExclusive: z.boolean(),
  maximum: z.number().nullable(),
  maximumExclusive: z.boolean(),
  notation: z.string(),
  zh: z.string(),
  en: z.string(),
});
export type LibraryParamRange = z.infer<typeof libraryParamRange>;

const libraryParamValue = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.union([z.string(), z.number(), z.boolean()])),
]);

/** One value of a default that changed over time, with the days it holds: from a date (null: every day before) until before a date (null: on). */
export const datedDefaultPeriod = z.object({
  from: z.string().nullable(),
  before: z.string().nullable(),
  value: libraryParamValue,
});
export type DatedDefaultPeriod = z.infer<typeof datedDefaultPeriod>;

/** A parameter of a library rule as the rule library shows it, with its allowed range and its default by date. */
export const libraryRuleParam = z.looseObject({
  type: z.string(),
  zh: z.string(),
  en: z.string(),
  default: libraryParamValue.optional(),
  sources: z.array(z.string()),
  /** The values allowed; null when the parameter has no range (not a number, or any number). */
  range: libraryParamRange.nullable(),
  /** The default by date when it changed over time (`earlier_defaults`), in date order; null when it did not. */
  datedDefault: z.array(datedDefaultPeriod).nullable(),
});
export type LibraryRuleParam = z.infer<typeof libraryRuleParam>;

/** A rule of the standard library: the rule as written (its expressions too) and what it checks in words. */
export const libraryRule = z.looseObject({
  id: z.string(),
  industry: z.enum(industries).optional(),
  dataset: z.string(),
  title_zh: z.string().optional(),
  title_en: z.string().optional(),
  params: z.record(z.string(), libraryRuleParam),
  /** What the rule checks in words, with its default parameters; null when a parameter has no default. */
  explanation: z.object({ zh: z.string(), en: z.string() }).nullable(),
});
export type LibraryRule = z.infer<typeof libraryRule>;

export const ruleLibrary = z.object({ items: z.array(libraryRule) });

/**
 * A default written as a rule spec writes it (`default`, and `earlier_defaults` each holding before its date) as
 * periods in date order: `[{ from: null, before: '2025-07-01', value: 24 }, { from: '2025-07-01', before: null,
 * value: 25 }]`. Null when the default did not change over time.
 */
export function datedDefaultOf(param: {
  default?: z.infer<typeof libraryParamValue>;
  earlier_defaults?: readonly { before: string; value: z.infer<typeof libraryParamValue> }[];
}): DatedDefaultPeriod[] | null {
  const earlier = param.earlier_defaults ?? [];
  if (earlier.length === 0 || param.default === undefined) return null;
  return [
    ...earlier.map((entry, i) => ({
      from: earlier[i - 1]?.before ?? null,
      before: entry.before,
      value: entry.value,
    })),
    { from: earlier.at(-1)!.before, before: null, value: param.default },
  ];
}

/** A default by date in words: `2025-07-01 之前为 24，自 2025-07-01 起为 25` / `24 before 2025-07-01, 25 from 2025-07-01`. */
export function describeDatedDefault(periods: readonly DatedDefaultPeriod[], language: 'zh' | 'en'): string {
  const show = (v: DatedDefaultPeriod['value']) =>
    Array.isArray(v) ? v.join(language === 'zh' ? '、' : ', ') : String(v);
  return periods
    .map(({ from, before, value }) => {
      if (language === 'zh')
        return from && before
          ? `自 ${from} 起至 ${before} 之前为 ${show(value)}`
          : before
            ? `${before} 之前为 ${show(value)}`
            : `自 ${from ?? ''} 起为 ${show(value)}`;
      return from && before
        ? `${show(value)} from ${from} until before ${before}`
        : before
          ? `${show(value)} before ${before}`
          : `${show(value)} from ${from ?? ''}`;
    })
    .join(language === 'zh' ? '，' : ', ');
}

/**
 * Whether a number as typed (`0.3`, `120`) lies outside a parameter's range, compared exactly as the rules compare
 * it. False for text that is no number (the type check says what is wrong with it) and for no range.
 */
export function outsideParamRange(range: LibraryParamRange | null, typed: string): boolean {
  if (!range || !/^-?\d+(\.\d+)?$/.test(typed.trim())) return false;
  const value = scaledDecimal(typed)!;
  const bound = (n: number) => scaledDecimal(String(n))!;
  if (range.minimum !== null) {
    const min = bound(range.minimum);
    if (range.minimumExclusive ? value <= min : value < min) return true;
  }
  if (range.maximum !== null) {
    const max = bound(range.maximum);
    if (range.maximumExclusive ? value >= max : value > max) return true;
  }
  return false;
}
