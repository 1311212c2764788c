import { z } from 'zod';
import { auditRunStages, auditRunStatuses, findingActions, findingStates } from '../audits';
import { caseTypes } from '../cases';
import { pageQuery } from './admin';
import { districtCode, streetCode } from './codes';

const datasetId = z
  .string()
  .regex(/^[0-9a-f]{64}$/, '不是数据集编号：应为 64 位十六进制数字 / not a dataset id: 64 hex digits');
const isoDate = z.iso.date();
const code = z.string().trim().min(1).max(80);

/** `POST /api/audits/runs`: an agreement (its current version unless one is named) over stored datasets. */
export const startAuditRunInput = z.object({
  agreementId: z.string().trim().min(2).max(82),
  version: z.number().int().min(1).optional(),
  datasetIds: z.array(datasetId).min(1).max(50),
  asOf: isoDate.optional(),
});
export type StartAuditRunInput = z.infer<typeof startAuditRunInput>;

export const auditRunQuery = pageQuery.extend({
  status: z.enum(auditRunStatuses).optional(),
  agreementId: z.string().max(82).optional(),
});

/** What an agreement binds (ADR 14): its platforms and the districts, rider types and franchisees of its scope. */
export const agreementCoverage = z.object({
  platforms: z.array(z.string()),
  districts: z.array(z.string()),
  riderTypes: z.array(z.string()),
  franchisees: z.array(z.string()),
});
export type AgreementCoverage = z.infer<typeof agreementCoverage>;

/** The coverage an agreement document states (`platform`, one or a list, and `scope`); empty lists limit nothing. */
export function agreementCoverageOf(document: {
  platform?: string | readonly string[];
  scope?: { districts?: string[]; rider_types?: string[]; franchisees?: string[] };
}): AgreementCoverage {
  return {
    platforms: document.platform === undefined ? [] : [document.platform].flat(),
    districts: document.scope?.districts ?? [],
    riderTypes: document.scope?.rider_types ?? [],
    franchisees: document.scope?.franchisees ?? [],
  };
}

export const dataNoticeCodes = [
  'no_data',
  'data_before_agreement',
  'platforms_not_covered',
  'platform_spelt_like_covered',
  'rows_superseded',
  'covered_side_empty',
  'control_rows_left_out',
  'rows_refused',
] as const;

/**
 * Why an audit's (or a scenario's) figures may be empty: the data does not reach what the agreement covers — none
 * stored, it ends before the agreement takes effect, or it holds none of the agreement's platforms, or a platform
 * spelt like one of them but not it (`Huolala` for `huolala`), whose rows go unchecked; and, for the
 * analyses over the whole catalogue, rows that a later upload holds again and that are read from it alone, and a
 * before/after evaluation whose covered rows have no data on one side of the effective date, and the rows of its
 * control arm that other agreements cover, left out of it; and why they may be
 * partial: rows of a dataset that its ingest refused, which no clause checks.
 */
export const dataNotice = z.object({ code: z.enum(dataNoticeCodes), zh: z.string(), en: z.string() });
export type DataNotice = z.infer<typeof dataNotice>;

export const auditRunView = z.object({
  id: z.string(),
  agreementId: z.string(),
  agreementVersion: z.number().nullable(),
  agreementTitle: z.string(),
  /** The agreement's English title as run, where it has one. */
  agreementTitleEn: z.string().nullable(),
  /** The rows the run checked: those the agreement, as run, covers. */
  coverage: agreementCoverage,
  datasetIds: z.array(z.string()),
  asOf: z.string(),
  status: z.enum(auditRunStatuses),
  stage: z.enum(auditRunStages),
  progress: z.object({ done: z.number(), total: z.number() }),
  cancelRequested: z.boolean(),
  /**
   * While `running`: since when the process executing the run has not been heard, where it has gone silent (it
   * stopped or crashed). The run waits to be taken up again from the start — by the next server to start, or by a
   * running one once the lease expires — with the same result. Null otherwise.
   */
  interruptedSince: z.string().nullable(),
  resultHash: z.string().nullable(),
  /**
   * Findings of the whole run, shown to readers with the city's scope only (null for the others, whose findings
   * are counted inside their scope by the findings list and the per-clause figures).
   */
  findingsCount: z.number().nullable(),
  /**
   * Findings inside the reader's scope: their district's or their platform's, the whole run's for the city's
   * readers (as the reader's findings list counts them); null until the run has succeeded.
   */
  findingsInScope: z.number().nullable(),
  error: z.string().nullable(),
  area: z.string(),
  createdByName: z.string(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /**
   * Whether the run stands as its agreement's official audit (while queued or running: whether it will, should a
   * clause check a row); false for a study (ADR 10).
   */
  official: z.boolean(),
  /**
   * For an official run that a later one of its agreement replaced: the id of the agreement's official audit now,
   * the run its reviewed findings were carried to and where reviews are made; null otherwise.
   */
  supersededBy: z.string().nullable(),
  /**
   * The currencies the run's data keeps its money in (ISO 4217, each once: `CNY`; `USD` for the NYC and Chicago
   * exports), which its amounts are in; empty until it has succeeded, and for runs stored before they were recorded.
   */
  currencies: z.array(z.string()),
  /** Why the run checked no row, or fewer than its datasets hold (`DataNotice`); empty until it has succeeded. */
  notices: z.array(dataNotice),
});
export type AuditRunView = z.infer<typeof auditRunView>;

/**
 * `POST /api/audits/runs`: the run queued (201), or the run of the same inputs already under way in the same area
 * (200, `alreadyUnderWay`), so a start sent twice does the work once.
 */
export const startedAuditRunView = auditRunView.extend({ alreadyUnderWay: z.boolean() });
export type StartedAuditRunView = z.infer<typeof startedAuditRunView>;

/**
 * A clause's figures for the run. The city-wide ones — rows checked and left unchecked, violations and amount
 * of the whole run — are null for a reader without the city's scope; the findings and amount inside the reader's
 * own scope (district, platform) are counted from the run's stored findings.
 */
export const auditClauseView = z.object({
  clauseId: z.string(),
  title: z.string(),
  /** The clause's English title: its own, else its library rule's; null for a custom check without one. */
  titleEn: z.string().nullable(),
  rule: z.string().nullable(),
  status: z.enum(['applicable', 'not_applicable', 'text_only']),
  missing: z.array(z.string()),
  checked: z.number().nullable(),
  unchecked: z.number().nullable(),
  violations: z.number().nullable(),
  amount: z.string().nullable(),
  violationsInScope: z.number(),
  amountInScope: z.string(),
});
export type AuditClauseView = z.infer<typeof auditClauseView>;

/** `GET /api/audits/runs/:id/clauses`: the clauses, and whether the city-wide figures are shown to this reader. */
export const auditClausesView = z.object({
  items: z.array(auditClauseView),
  cityWide: z.boolean(),
});
export type AuditClausesView = z.infer<typeof auditClausesView>;

export const findingSorts = ['clause', 'amount', 'day', 'platform', 'district', 'worker'] as const;

const stateName = z
  .string()
  .regex(
    new RegExp(`^(${[...findingStates, 'open'].join('|')})(,(${[...findingStates, 'open'].join('|')}))*$`),
    '不是发现状态：应为以逗号分隔的状态，或 open / not finding states: states separated by commas, or open',
  );

/**
 * A findings query. `state` names one or more review states (comma-separated or repeated; `open` = new, confirmed
 * and disputed); `from`/`to` bound the day. The server refuses a parameter it does not take, as on every route
 * (ADR 16): `platfrom=jt` would otherwise answer every platform's findings.
 */
const findingFilters = pageQuery.extend({
  clause: code.optional(),
  platform: code.optional(),
  district: districtCode.optional(),
  franchisee: code.optional(),
  worker: code.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  state: z.union([stateName, z.array(stateName).max(6)]).optional(),
  sort: z.enum(findingSorts).default('clause'),
  order: z.enum(['asc', 'desc']).default('asc'),
});

/** A day range whose end comes before its start holds no day: refused rather than answered with nothing. */
const daysInOrder: [(q: { from?: string; to?: string }) => boolean, { message: string; path: string[] }] = [
  (q) => !q.from || !q.to || q.from <= q.to,
  { message: '结束日期 to 早于开始日期 from / to is before from', path: ['to'] },
];

export const findingQuery = findingFilters.refine(...daysInOrder);
export type FindingQuery = z.infer<typeof findingQuery>;

/** `GET /api/audits/findings`: the findings of the latest official run of each agreement, filtered alike. */
export const findingsAcrossRunsQuery = findingFilters
  .extend({ agreementId: z.string().max(82).optional() })
  .refine(...daysInOrder);
export type FindingsAcrossRunsQuery = z.infer<typeof findingsAcrossRunsQuery>;

export const findingView = z.object({
  key: z.string(),
  clauseId: z.string(),
  findingKey: z.string(),
  rule: z.string(),
  liable: z.string(),
  dataset: z.string(),
  evidence: z.array(z.string()),
  amount: z.string().nullable(),
  platform: z.string().nullable(),
  /** The district a finding lies in, when its group has one (a row's, a district's); empty for a rider's day. */
  district: z.string().nullable(),
  /** The districts of its evidence rows: where the work it concerns was done (a district filter picks these). */
  districts: z.array(z.string()),
  franchisee: z.string().nullable(),
  worker: z.string().nullable(),
  day: z.string().nullable(),
  month: z.string().nullable(),
  state: z.enum(findingStates),
  version: z.number(),
});
export type FindingView = z.infer<typeof findingView>;

/** A finding listed across runs, with the run and agreement it comes from. */
export const runFindingView = findingView.extend({
  runId: z.string(),
  agreementId: z.string(),
  agreementVersion: z.number().nullable(),
  agreementTitle: z.string(),
  agreementTitleEn: z.string().nullable(),
  /** The title of the finding's clause in the agreement as run, and in English (`auditClauseView.titleEn`). */
  clauseTitle: z.string().nullable(),
  clauseTitleEn: z.string().nullable(),
});
export type RunFindingView = z.infer<typeof runFindingView>;

export const findingEvidenceItem = z.object({
  description: z.string().trim().min(1).max(2000),
  fileName: z.string().trim().max(200).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '不是编号：应为 64 位十六进制数字 / not an id: 64 hex digits')
    .optional(),
});

export const findingEventView = z.object({
  at: z.string(),
  actorName: z.string(),
  actorRole: z.string(),
  action: z.string(),
  fromState: z.enum(findingStates),
  toState: z.enum(findingStates),
  note: z.string().nullable(),
  evidence: z.array(findingEvidenceItem),
});
export type FindingEventView = z.infer<typeof findingEventView>;

export const findingDetail = z.object({
  runId: z.string(),
  resultHash: z.string().nullable(),
  agreementId: z.string(),
  agreementVersion: z.number().nullable(),
  clauseTitle: z.string(),
  /** The clause's English title (`auditClauseView.titleEn`). */
  clauseTitleEn: z.string().nullable(),
  finding: findingView,
  trace: z.object({ zh: z.string(), en: z.string() }),
  params: z.array(
    z.object({ name: z.string(), value: z.string().nullable(), zh: z.string(), en: z.string() }),
  ),
  evidenceRows: z.array(z.record(z.string(), z.string().nullable())),
  history: z.array(findingEventView),
});
export type FindingDetail = z.infer<typeof findingDetail>;

/** A change of a finding's review state; `version` is the one the reviewer saw. */
export const findingTransitionInput = z.object({
  action: z.enum(findingActions),
  version: z.number().int().min(1),
  note: z.string().trim().max(5000).optional(),
  evidence: z.array(findingEvidenceItem).max(20).default([]),
});
export type FindingTransitionInput = z.infer<typeof findingTransitionInput>;

export const findingExportQuery = findingFilters
  .omit({ page: true, pageSize: true })
  .extend({ format: z.enum(['csv', 'xlsx', 'parquet']).default('csv') })
  .refine(...daysInOrder);

export const auditMetricsView = z.object({
  tables: z.record(z.string(), z.array(z.record(z.string(), z.union([z.string(), z.number(), z.null()])))),
});

/**
 * `POST /api/audits/runs/:id/cases`: a case carrying the chosen findings as its evidence bundle. Without a type
 * the case takes the one of the findings' rules (`caseTypeOfRules`); the street, when given, lies in the district.
 */
export const caseFromFindingsInput = z.object({
  keys: z.array(z.string().min(1).max(400)).min(1).max(1000),
  type: z.enum(caseTypes).optional(),
  title: z.string().trim().min(2).max(120),
  description: z.string().trim().min(5).max(5000),
  district: districtCode,
  street: streetCode.nullable().optional(),
});
export type CaseFromFindingsInput = z.infer<typeof caseFromFindingsInput>;
