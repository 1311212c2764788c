import {
  caseSources,
  caseStatuses,
  caseTypes,
  deadlineKinds,
  deadlineStatuses,
  outcomeKinds,
  type CaseParty,
  type EvidenceBundle,
} from '@gigpact/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  check,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { platforms } from '../registry/schema';

/**
 * A case: one matter the union pursues for workers, from a complaint, an audit finding or the hotline, through
 * triage, supervision, mediation or referral to resolution. `version` guards against two officers overwriting
 * each other.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    source: text('source', { enum: caseSources }).notNull(),
    type: text('type', { enum: caseTypes }).notNull(),
    status: text('status', { enum: caseStatuses }).notNull().default('intake'),
    title: text('title').notNull(),
    description: text('description').notNull(),
    district: text('district').notNull(),
    street: text('street'),
    platformId: uuid('platform_id').references(() => platforms.id),
    /** The account of the worker who complained, who alone among workers sees the case. */
    complainantId: uuid('complainant_id').references(() => users.id),
    complainantName: text('complainant_name'),
    complainantPhone: text('complainant_phone'),
    parties: jsonb('parties').$type<CaseParty[]>().notNull().default([]),
    workersAffected: integer('workers_affected').notNull().default(1),
    amountClaimed: numeric('amount_claimed', { precision: 14, scale: 2 }),
    occurredOn: date('occurred_on'),
    evidence: jsonb('evidence').$type<EvidenceBundle>(),
    /** The office in charge: `district:310118` or `street:310118106`. */
    office: text('office').notNull(),
    /** The district whose procuratorate the case was referred to; procurators there see it. */
    referredTo: text('referred_to'),
    /** The district of the mediation centre handling it; mediators there see it. */
    mediatedIn: text('mediated_in'),
    openedOn: date('opened_on').notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_area_idx').on(t.district, t.street),
    index('cases_status_idx').on(t.status, t.updatedAt),
    index('cases_complainant_idx').on(t.complainantId),
    index('cases_referred_idx').on(t.referredTo),
    check('cases_amount_non_negative', sql`${t.amountClaimed} is null or ${t.amountClaimed} >= 0`),
  ],
);

/** The timeline: every step taken on a case, attributed and timestamped. Never updated. */
export const caseEvents = pgTable(
  'case_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    kind: text('kind').notNull(),
    fromStatus: text('from_status', { enum: caseStatuses }),
    toStatus: text('to_status', { enum: caseStatuses }),
    note: text('note'),
    details: jsonb('details').$type<Record<string, unknown>>(),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/** Periods counted in Chinese working days: triage, written answers, case opening, rectification. */
export const caseDeadlines = pgTable(
  'case_deadlines',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: deadlineKinds }).notNull(),
    letterId: uuid('letter_id'),
    startsOn: date('starts_on').notNull(),
    workingDays: integer('working_days').notNull(),
    dueOn: date('due_on').notNull(),
    /** Set, to the last year the calendar knew, when the due date lay beyond it: the date may miss holidays. */
    calendarKnownUntil: integer('calendar_known_until'),
    status: text('status', { enum: deadlineStatuses }).notNull().default('open'),
    metOn: date('met_on'),
    /** When the office in charge was reminded that the day is near. */
    remindedAt: timestamp('reminded_at', { withTimezone: true }),
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    escalatedTo: text('escalated_to'),
  },
  (t) => [
    index('case_deadlines_case_idx').on(t.caseId),
    index('case_deadlines_due_idx').on(t.status, t.dueOn),
  ],
);

/** Files attached to a case, stored under the data folder by their SHA-256. */
export const caseAttachments = pgTable(
  'case_attachments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    sha256: text('sha256').notNull(),
    fileName: text('file_name').notNull(),
    contentType: text('content_type').notNull(),
    size: integer('size').notNull(),
    uploadedBy: uuid('uploaded_by'),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_attachments_case_idx').on(t.caseId)],
);

/** What authorities decided: procuratorial recommendations, case filings, penalties, rectification, recovery. */
export const caseOutcomes = pgTable(
  'case_outcomes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: outcomeKinds }).notNull(),
    decidedOn: date('decided_on').notNull(),
    authority: text('authority').notNull(),
    amount: numeric('amount', { precision: 14, scale: 2 }),
    note: text('note'),
    recordedBy: uuid('recorded_by'),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_outcomes_case_idx').on(t.caseId)],
);

/**
 * Messages to an office: deadlines near, overdue deadlines escalated to the next level up, new referrals. Read only
 * by those at the address who may also see the case (`notificationsFor`).
 */
export const caseNotifications = pgTable(
  'case_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /**
     * The office told: a union office (`street:310118106`, `district:310118`, `city:310000`), a procuratorate
     * (`procuratorate:310118`), a mediation centre (`mediation:310118`) or one worker (`worker:<id>`).
     */
    recipient: text('recipient').notNull(),
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    messageZh: text('message_zh').notNull(),
    messageEn: text('message_en').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_notifications_recipient_idx').on(t.recipient, t.createdAt)],
);

/**
 * Gap-free numbering of case numbers, letters and agreements per issuing office, series and year: the row is
 * locked and incremented inside the transaction that uses the number, so a rolled-back number is reused.
 */
export const documentSequences = pgTable(
  'document_sequences',
  {
    office: text('office').notNull(),
    series: text('series').notNull(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.office, t.series, t.year] })],
);

export type CaseRow = typeof cases.$inferSelect;
export type CaseEventRow = typeof caseEvents.$inferSelect;
export type CaseDeadlineRow = typeof caseDeadlines.$inferSelect;
