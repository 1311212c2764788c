import { campaignResults, letterKinds, type EnterpriseKind } from '@gigpact/contracts';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { cases } from '../cases/schema';
import { enterprises } from '../registry/schema';

/**
 * Labour-law supervision letters (一函两书): 提示函, 意见书 (answer in writing within 15 working days) and 建议书 (the
 * labour authority opens a case within 5 working days or explains). Numbered per issuing office and year.
 */
export const supervisionLetters = pgTable(
  'supervision_letters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: letterKinds }).notNull(),
    number: text('number').notNull().unique(),
    issuingOffice: text('issuing_office').notNull(),
    year: integer('year').notNull(),
    sequence: integer('sequence').notNull(),
    recipient: text('recipient').notNull(),
    facts: text('facts').notNull(),
    requests: text('requests').notNull(),
    issuedOn: date('issued_on').notNull(),
    responseDueOn: date('response_due_on'),
    respondedOn: date('responded_on'),
    response: text('response'),
    issuedBy: uuid('issued_by'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    unique('supervision_letters_sequence').on(t.issuingOffice, t.kind, t.year, t.sequence),
    index('supervision_letters_case_idx').on(t.caseId),
  ],
);

/** A special investigation (专项排查) over many targets drawn from the registry. */
export const campaigns = pgTable('campaigns', {
  id: uuid('id').primaryKey().defaultRandom(),
  title: text('title').notNull(),
  /** The district it covers; null for the whole city. */
  district: text('district'),
  platformCodes: jsonb('platform_codes').$type<string[]>().notNull().default([]),
  enterpriseKinds: jsonb('enterprise_kinds').$type<EnterpriseKind[]>().notNull(),
  checklist: jsonb('checklist').$type<string[]>().notNull(),
  startedOn: date('started_on').notNull(),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
});

/** One target of a campaign and what its inspection found. */
export const campaignTargets = pgTable(
  'campaign_targets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    campaignId: uuid('campaign_id')
      .notNull()
      .references(() => campaigns.id, { onDelete: 'cascade' }),
    enterpriseId: uuid('enterprise_id').references(() => enterprises.id),
    name: text('name').notNull(),
    district: text('district').notNull(),
    street: text('street'),
    workersCovered: integer('workers_covered').notNull().default(0),
    result: text('result', { enum: campaignResults }).notNull().default('pending'),
    checkedOn: date('checked_on'),
    checks: jsonb('checks').$type<Record<string, boolean>>().notNull().default({}),
    /** Set with `caseId`; alone on inspections imported from before they were linked to cases. */
    caseFiled: boolean('case_filed').notNull().default(false),
    /** The case the inspection led to, one of the target's own cases; the roll-up counts these. */
    caseId: uuid('case_id').references(() => cases.id, { onDelete: 'set null' }),
    administrativePenalty: boolean('administrative_penalty').notNull().default(false),
    guidanceSent: boolean('guidance_sent').notNull().default(false),
    note: text('note'),
    inspectedBy: uuid('inspected_by').references(() => users.id, { onDelete: 'set null' }),
    inspectedAt: timestamp('inspected_at', { withTimezone: true }),
    /** Bumped by each inspection, so a second inspector cannot overwrite unseen. */
    version: integer('version').notNull().default(1),
  },
  (t) => [index('campaign_targets_campaign_idx').on(t.campaignId, t.district)],
);

export type LetterRow = typeof supervisionLetters.$inferSelect;
export type CampaignRow = typeof campaigns.$inferSelect;
export type CampaignTargetRow = typeof campaignTargets.$inferSelect;
