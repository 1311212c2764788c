import { z } from 'zod';
import { industries } from '../canonical';

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
