import { z } from 'zod';
import {
  campaignResults,
  caseSources,
  caseStatuses,
  caseTypes,
  deadlineKinds,
  deadlineStatuses,
  letterKinds,
  mediationStatuses,
  outcomeKinds,
  partyKinds,
} from '../cases';
import { industries } from '../canonical';
import { enterpriseKinds } from '../registry';
import { pageQuery } from './admin';
import { districtCode, streetCode } from './codes';

const isoDate = z.iso.date();
const bilingual = z.object({ zh: z.string(), en: z.string() });
const areaText = z
  .string()
  .regex(
    /^(city|district):\d{6}$|^street:\d{9}$/,
    '辖区，如 city:310000、district:310118、street:310118106 / an area such as city:310000, district:310118, street:310118106',
  );
/** Money as a decimal string of yuan with at most two decimals: never a binary float. */
export const moneyText = z
  .string()
  .trim()
  .regex(/^\d{1,12}(\.\d{1,2})?$/, '金额须为最多两位小数的非负数 / an amount with at most two decimals');
const phone = z
  .string()
  .trim()
  .regex(/^[0-9+\- ]{5,20}$/, '电话号码格式不对 / not a phone number');

export const caseParty = z.object({
  kind: z.enum(partyKinds),
  name: z.string().trim().min(1).max(120),
  contact: phone.nullable().default(null),
  platformCode: z.string().nullable().default(null),
  enterpriseId: z.uuid().nullable().default(null),
});
export type CaseParty = z.infer<typeof caseParty>;

/** A party as shown: names and contacts may be masked (张*, 138****5678). */
export const casePartyView = z.object({
  kind: z.enum(partyKinds),
  name: z.string(),
  contact: z.string().nullable(),
  platformCode: z.string().nullable(),
  enterpriseId: z.string().nullable(),
});

/** What every new case states, however it comes in: what it is about, where, and the platform if any. */
const newCaseFields = z.object({
  type: z.enum(caseTypes),
  title: z.string().trim().min(2).max(120),
  description: z.string().trim().min(5).max(5000),
  district: districtCode,
  street: streetCode.nullable().default(null),
  platformCode: z.string().nullable().default(null),
});

/** A worker's complaint, sent from a phone: few fields, most optional. */
export const complaintInput = newCaseFields.extend({
  employerName: z.string().trim().max(120).nullable().default(null),
  workerName: z.string().trim().min(1).max(60),
  workerPhone: phone,
  workersAffected: z.number().int().min(1).max(100_000).default(1),
  amountClaimed: moneyText.nullable().default(null),
  occurredOn: isoDate.nullable().default(null),
});
export type ComplaintInput = z.infer<typeof complaintInput>;

/** A case an officer enters from the hotline, with its parties. */
export const hotlineCaseInput = complaintInput.omit({ workerName: true, workerPhone: true }).extend({
  parties: z.array(caseParty).min(1).max(50),
});
export type HotlineCaseInput = z.infer<typeof hotlineCaseInput>;

/** What an audit finding brings to a case: enough to reproduce the result and prove it unchanged. */
export const evidenceBundle = z.object({
  findingIds: z.array(z.string().min(1).max(80)).min(1).max(1000),
  ruleId: z.string().min(1).max(120),
  clause: z.string().min(1).max(200),
  agreementVersion: z.string().min(1).max(80),
  resultHash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, '不是 SHA-256：应为 64 位十六进制数字 / not a SHA-256: 64 hex digits'),
  evidenceRowIds: z.array(z.string().min(1).max(80)).max(10_000),
  trace: z.array(z.object({ step: z.string(), zh: z.string(), en: z.string() })).max(200),
  dataset: z.string().max(80).nullable().default(null),
});
export type EvidenceBundle = z.infer<typeof evidenceBundle>;

/**
 * A case from findings as the audits module hands it to the cases module, its evidence bundle built from a run's
 * stored findings. Not a request body: clients open such a case with `POST /api/audits/runs/:id/cases`
 * (`caseFromFindingsInput`), naming the findings, never sending a bundle.
 */
export const findingCaseInput = newCaseFields.extend({
  workersAffected: z.number().int().min(1).max(10_000_000).default(1),
  amountClaimed: moneyText.nullable().default(null),
  parties: z.array(caseParty).max(50).default([]),
  evidence: evidenceBundle,
});
export type FindingCaseInput = z.infer<typeof findingCaseInput>;

export const caseQuery = pageQuery.extend({
  q: z.string().trim().max(80).optional(),
  status: z.enum(caseStatuses).optional(),
  /** `open`: every state but closed (the dashboard's open cases); `closed`: closed only. */
  state: z.enum(['open', 'closed']).optional(),
  type: z.enum(caseTypes).optional(),
  source: z.enum(caseSources).optional(),
  district: districtCode.optional(),
  street: streetCode.optional(),
  overdue: z.enum(['true', 'false']).optional(),
  sort: z.enum(['openedOn', 'updatedAt', 'number']).default('updatedAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseQuery = z.infer<typeof caseQuery>;

export const caseSummary = z.object({
  id: z.string(),
  number: z.string(),
  source: z.enum(caseSources),
  type: z.enum(caseTypes),
  status: z.enum(caseStatuses),
  title: z.string(),
  district: z.string(),
  districtName: bilingual,
  street: z.string().nullable(),
  streetName: z.string().nullable(),
  platformName: z.string().nullable(),
  /** Masked in lists: 张*. */
  complainant: z.string().nullable(),
  workersAffected: z.number(),
  amountClaimed: z.string().nullable(),
  office: z.string(),
  openedOn: z.string(),
  nextDeadline: z.string().nullable(),
  overdue: z.boolean(),
  version: z.number(),
  updatedAt: z.string(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const deadlineView = z.object({
  id: z.string(),
  kind: z.enum(deadlineKinds),
  letterId: z.string().nullable(),
  startsOn: z.string(),
  workingDays: z.number(),
  dueOn: z.string(),
  status: z.enum(deadlineStatuses),
  /** Set when the due date lies beyond the last year the holiday calendar knows. */
  calendarWarning: bilingual.nullable(),
  escalatedTo: z.string().nullable(),
});
export type DeadlineView = z.infer<typeof deadlineView>;

export const caseEventView = z.object({
  at: z.string(),
  kind: z.string(),
  actor: z.string().nullable(),
  fromStatus: z.enum(caseStatuses).nullable(),
  toStatus: z.enum(caseStatuses).nullable(),
  note: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});

export const letterView = z.object({
  id: z.string(),
  caseId: z.string(),
  kind: z.enum(letterKinds),
  number: z.string(),
  recipient: z.string(),
  issuedOn: z.string(),
  responseDueOn: z.string().nullable(),
  respondedOn: z.string().nullable(),
  response: z.string().nullable(),
  status: z.enum(['issued', 'answered', 'overdue']),
});
export type LetterView = z.infer<typeof letterView>;

export const outcomeView = z.object({
  id: z.string(),
  kind: z.enum(outcomeKinds),
  decidedOn: z.string(),
  authority: z.string(),
  amount: z.string().nullable(),
  note: z.string().nullable(),
});

export const attachmentView = z.object({
  id: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number(),
  sha256: z.string(),
  uploadedAt: z.string(),
});

export const caseDetail = caseSummary.extend({
  description: z.string(),
  /** Full names and contacts for roles that need them; masked otherwise. */
  personalDataShown: z.boolean(),
  parties: z.array(casePartyView),
  evidence: evidenceBundle.nullable(),
  referredTo: z.string().nullable(),
  allowedTransitions: z.array(z.enum(caseStatuses)),
  occurredOn: z.string().nullable(),
  timeline: z.array(caseEventView),
  deadlines: z.array(deadlineView),
  letters: z.array(letterView),
  outcomes: z.array(outcomeView),
  attachments: z.array(attachmentView),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const transitionInput = z.object({
  to: z.enum(caseStatuses),
  version: z.number().int().min(1),
  note: z.string().trim().max(2000).nullable().default(null),
});

export const assignmentInput = z.object({
  version: z.number().int().min(1),
  office: areaText,
  note: z.string().trim().max(2000).nullable().default(null),
});

export const referralInput = z.object({
  version: z.number().int().min(1),
  /** The procuratorate's district. */
  procuratorateDistrict: districtCode,
  note: z.string().trim().min(2).max(2000),
});

export const outcomeInput = z.object({
  kind: z.enum(outcomeKinds),
  decidedOn: isoDate,
  authority: z.string().trim().min(2).max(120),
  amount: moneyText.nullable().default(null),
  note: z.string().trim().max(2000).nullable().default(null),
  /** For a rectification order: how many working days the employer has. */
  rectificationWorkingDays: z.number().int().min(1).max(250).nullable().default(null),
});

export const letterInput = z.object({
  kind: z.enum(letterKinds),
  recipient: z.string().trim().min(2).max(120),
  facts: z.string().trim().min(5).max(10_000),
  requests: z.string().trim().min(2).max(5000),
  /** A reminder letter may ask for an answer; opinion and recommendation letters have statutory periods. */
  responseWorkingDays: z.number().int().min(1).max(60).nullable().default(null),
});
export type LetterInput = z.infer<typeof letterInput>;

export const letterResponseInput = z.object({
  respondedOn: isoDate,
  response: z.string().trim().min(2).max(10_000),
});

export const documentFormat = z.object({ format: z.enum(['docx', 'pdf']).default('pdf') });

export const notificationView = z.object({
  id: z.string(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  kind: z.string(),
  message: bilingual,
  createdAt: z.string(),
});

export const campaignInput = z.object({
  title: z.string().trim().min(2).max(120),
  district: districtCode.nullable().default(null),
  /** All platforms of one industry, e.g. every express brand; narrowed further by `platformCodes` if given. */
  industry: z.enum(industries).nullable().default(null),
  platformCodes: z.array(z.string()).max(50).default([]),
  enterpriseKinds: z.array(z.enum(enterpriseKinds)).min(1).default(['franchisee']),
  checklist: z.array(z.string().trim().min(2).max(200)).min(1).max(50),
  startedOn: isoDate,
});

export const inspectionInput = z.object({
  checkedOn: isoDate,
  result: z.enum(campaignResults),
  checks: z.record(z.string(), z.boolean()).default({}),
  workersCovered: z.number().int().min(0).max(1_000_000).nullable().default(null),
  /** The case the inspection led to: one of the target's cases (see the target's `cases`), or none. */
  caseId: z.uuid().nullable().default(null),
  administrativePenalty: z.boolean().default(false),
  guidanceSent: z.boolean().default(false),
  note: z.string().trim().max(2000).nullable().default(null),
  /** The target's version as the inspector last saw it; a newer inspection meanwhile is refused (409). */
  version: z.number().int().min(1),
});

export const campaignFigures = z.object({
  targets: z.number(),
  checked: z.number(),
  workersCovered: z.number(),
  issuesFound: z.number(),
  casesFiled: z.number(),
  administrativePenalties: z.number(),
  guidanceSent: z.number(),
});
export type CampaignFigures = z.infer<typeof campaignFigures>;

export const campaignView = z.object({
  id: z.string(),
  title: z.string(),
  district: z.string().nullable(),
  checklist: z.array(z.string()),
  startedOn: z.string(),
  figures: campaignFigures,
});

export const campaignTargetView = z.object({
  id: z.string(),
  enterpriseId: z.string().nullable(),
  name: z.string(),
  district: z.string(),
  workersCovered: z.number(),
  result: z.enum(campaignResults),
  checkedOn: z.string().nullable(),
  checks: z.record(z.string(), z.boolean()),
  /** True when the inspection is linked to a case. */
  caseFiled: z.boolean(),
  caseId: z.string().nullable(),
  caseNumber: z.string().nullable(),
  administrativePenalty: z.boolean(),
  guidanceSent: z.boolean(),
  note: z.string().nullable(),
  inspectedBy: z.string().nullable(),
  inspectedAt: z.string().nullable(),
  version: z.number(),
});
export type CampaignTargetView = z.infer<typeof campaignTargetView>;

/** A case a campaign target is a party to, offered when linking an inspection to the case it led to. */
export const campaignTargetCase = z.object({
  id: z.string(),
  number: z.string(),
  title: z.string(),
  status: z.enum(caseStatuses),
  openedOn: z.string(),
});

export const mediationCentreView = z.object({
  id: z.string(),
  name: z.string(),
  district: z.string(),
  districtName: bilingual,
  address: z.string(),
  phone: z.string(),
  mediators: z.array(z.object({ id: z.string(), displayName: z.string() })),
});

export const mediationCentreInput = z.object({
  name: z.string().trim().min(4).max(80),
  district: districtCode,
  street: streetCode.nullable().default(null),
  address: z.string().trim().min(4).max(200),
  phone,
});

export const centreMediatorInput = z.object({ username: z.string().trim().min(1).max(64) });

export const mediationRequestInput = z.object({
  centreId: z.uuid(),
  caseId: z.uuid().nullable().default(null),
  applicantName: z.string().trim().min(1).max(60),
  applicantPhone: phone,
  respondentName: z.string().trim().min(2).max(120),
  claimType: z.enum(caseTypes).default('wage_arrears'),
  amountClaimed: moneyText.nullable().default(null),
  description: z.string().trim().min(2).max(5000),
});

export const sessionInput = z.object({
  heldAt: z.iso.datetime({ offset: true }),
  place: z.string().trim().min(2).max(200),
  notes: z.string().trim().max(5000).nullable().default(null),
});

export const mediationOutcomeInput = z.discriminatedUnion('outcome', [
  z.object({
    outcome: z.literal('agreed'),
    version: z.number().int().min(1),
    agreedOn: isoDate,
    amountAgreed: moneyText,
    amountRecovered: moneyText,
    terms: z.string().trim().min(5).max(10_000),
  }),
  z.object({
    outcome: z.literal('failed'),
    version: z.number().int().min(1),
    reason: z.string().trim().min(2).max(2000),
    handToArbitration: z.boolean().default(true),
    arbitrationBody: z.string().trim().min(2).max(120).nullable().default(null),
    /** The day of the hand-off to arbitration; today when not given. */
    handedOffOn: isoDate.nullable().default(null),
  }),
  z.object({
    outcome: z.literal('withdrawn'),
    version: z.number().int().min(1),
    reason: z.string().trim().min(2).max(2000),
  }),
]);

/** The small wage claim that dominates mediation rooms, settled in one step. */
export const smallClaimInput = z.object({
  centreId: z.uuid(),
  applicantName: z.string().trim().min(1).max(60),
  applicantPhone: phone,
  respondentName: z.string().trim().min(2).max(120),
  amountClaimed: moneyText,
  amountRecovered: moneyText,
  agreedOn: isoDate,
  terms: z.string().trim().min(5).max(2000),
});

export const mediationQuery = pageQuery.extend({
  status: z.enum(mediationStatuses).optional(),
  centreId: z.uuid().optional(),
});

export const mediationView = z.object({
  id: z.string(),
  number: z.string(),
  centreId: z.string(),
  centreName: z.string(),
  caseId: z.string().nullable(),
  applicant: z.string(),
  applicantPhone: z.string(),
  respondentName: z.string(),
  claimType: z.enum(caseTypes),
  amountClaimed: z.string().nullable(),
  amountRecovered: z.string().nullable(),
  smallClaim: z.boolean(),
  status: z.enum(mediationStatuses),
  description: z.string(),
  terms: z.string().nullable(),
  agreedOn: z.string().nullable(),
  arbitrationBody: z.string().nullable(),
  outcomeNote: z.string().nullable(),
  /** The day a failed mediation was handed to labour arbitration. */
  handedOffOn: z.string().nullable(),
  /** Whether names and phones are shown in full (else masked: 张*, 138****5678). */
  personalData: z.boolean(),
  sessions: z.array(
    z.object({ id: z.string(), heldAt: z.string(), place: z.string(), notes: z.string().nullable() }),
  ),
  version: z.number(),
  createdAt: z.string(),
});
export type MediationView = z.infer<typeof mediationView>;

export const caseStatistics = z.object({
  cases: z.number(),
  overdue: z.number(),
  workersAffected: z.number(),
  /** Yuan, as a decimal string. */
  amountRecovered: z.string(),
  administrativePenalties: z.number(),
  referred: z.number(),
  byStatus: z.record(z.string(), z.number()),
  byType: z.record(z.string(), z.number()),
});

/** What the phone complaint form offers: the platforms a worker may name. Places come from /api/regions. */
export const complaintFormOptions = z.object({
  platforms: z.array(
    z.object({ code: z.string(), nameZh: z.string(), nameEn: z.string(), industry: z.string() }),
  ),
  types: z.array(z.object({ value: z.enum(caseTypes), zh: z.string(), en: z.string() })),
});
