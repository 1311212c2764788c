import { z } from 'zod';

/** Who takes part in a negotiation meeting (恳谈会), as the union records them. */
export const participantRoles = [
  'union',
  'platform',
  'rider_representative',
  'merchant',
  'consumer',
  'resident',
  'property_manager',
  'expert',
  'government',
  'other',
] as const;
export type ParticipantRole = (typeof participantRoles)[number];

export const participantRoleNames: Record<ParticipantRole, { zh: string; en: string }> = {
  union: { zh: '工会', en: 'Union' },
  platform: { zh: '平台企业', en: 'Platform' },
  rider_representative: { zh: '骑手代表', en: "Riders' representative" },
  merchant: { zh: '商户', en: 'Merchant' },
  consumer: { zh: '消费者', en: 'Consumer' },
  resident: { zh: '社区居民', en: 'Resident' },
  property_manager: { zh: '物业', en: 'Property manager' },
  expert: { zh: '专家学者', en: 'Expert' },
  government: { zh: '政府部门', en: 'Government' },
  other: { zh: '其他', en: 'Other' },
};

export const proposalOutcomes = ['pending', 'agreed', 'rejected', 'deferred'] as const;
export type ProposalOutcome = (typeof proposalOutcomes)[number];

export const proposalOutcomeNames: Record<ProposalOutcome, { zh: string; en: string }> = {
  pending: { zh: '待议', en: 'Pending' },
  agreed: { zh: '达成一致', en: 'Agreed' },
  rejected: { zh: '未采纳', en: 'Rejected' },
  deferred: { zh: '暂缓', en: 'Deferred' },
};

const text = (max: number) => z.string().trim().min(1).max(max);
const regionCode = z
  .string()
  .regex(
    /^310000$|^310\d{3}$|^310\d{6}$/,
    '本市区划代码（310000、区或街道的代码） / a region code of the city (310000, a district’s or a street’s)',
  );

export const meetingParticipant = z.object({
  name: text(50),
  organisation: z.string().trim().max(100).default(''),
  role: z.enum(participantRoles),
});
export type MeetingParticipant = z.infer<typeof meetingParticipant>;

export const meetingProposal = z.object({
  id: z.string().uuid().optional(),
  /** Who proposed it: a participant's name or a party. */
  proposedBy: text(100),
  clauseId: z.string().max(80).nullable().default(null),
  text: text(2000),
  outcome: z.enum(proposalOutcomes).default('pending'),
  note: z.string().trim().max(1000).default(''),
});
export type MeetingProposal = z.infer<typeof meetingProposal>;

export const meetingFollowUp = z.object({
  id: z.string().uuid().optional(),
  text: text(1000),
  owner: text(100),
  dueOn: z.iso.date(),
  done: z.boolean().default(false),
});
export type MeetingFollowUp = z.infer<typeof meetingFollowUp>;

/** A meeting as written by its recorder (create, and update with the row version seen). */
export const meetingInput = z.object({
  title: text(200),
  heldOn: z.iso.date(),
  place: text(200),
  /** The area of the union that convenes it: the city, a district or a street (GB/T 2260 code). */
  regionCode,
  parties: z.array(text(100)).max(30).default([]),
  participants: z.array(meetingParticipant).max(200).default([]),
  proposals: z.array(meetingProposal).max(200).default([]),
  followUps: z.array(meetingFollowUp).max(200).default([]),
  minutes: z.string().max(50_000).default(''),
});
export type MeetingInput = z.input<typeof meetingInput>;

export const meetingUpdate = meetingInput.extend({ rowVersion: z.number().int() });

export const followUpChange = z.object({ done: z.boolean(), rowVersion: z.number().int() });

export const meetingSummary = z.object({
  id: z.string(),
  agreementId: z.string(),
  title: z.string(),
  heldOn: z.string(),
  place: z.string(),
  regionCode: z.string(),
  parties: z.array(z.string()),
  participantCount: z.number(),
  proposalCounts: z.record(z.enum(proposalOutcomes), z.number()),
  openFollowUps: z.number(),
  recordedBy: z.string().nullable(),
  updatedAt: z.string(),
  rowVersion: z.number(),
});
export type MeetingSummary = z.infer<typeof meetingSummary>;

export const meetingDetail = meetingSummary.extend({
  participants: z.array(
    z.object({ name: z.string(), organisation: z.string(), role: z.enum(participantRoles) }),
  ),
  proposals: z.array(
    z.object({
      id: z.string(),
      proposedBy: z.string(),
      clauseId: z.string().nullable(),
      text: z.string(),
      outcome: z.enum(proposalOutcomes),
      note: z.string(),
    }),
  ),
  followUps: z.array(
    z.object({ id: z.string(), text: z.string(), owner: z.string(), dueOn: z.string(), done: z.boolean() }),
  ),
  minutes: z.string(),
  updatedBy: z.string().nullable(),
});
export type MeetingDetail = z.infer<typeof meetingDetail>;
