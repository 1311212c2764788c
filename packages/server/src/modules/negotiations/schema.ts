import type { proposalOutcomes } from '@gigpact/contracts';
import { type MeetingParticipant } from '@gigpact/contracts';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { agreements } from '../agreements/schema';

/** One proposal put to a meeting: who proposed what, about which clause, and what the meeting made of it. */
export interface ProposalRecord {
  id: string;
  proposedBy: string;
  clauseId: string | null;
  text: string;
  outcome: (typeof proposalOutcomes)[number];
  note: string;
}

/**
 * Negotiation meetings (恳谈会) held over an agreement: the platform, riders' representatives, merchants,
 * consumers, residents, property managers and experts around one table, convened by a union of some area.
 */
export const negotiationMeetings = pgTable(
  'negotiation_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: text('agreement_id')
      .notNull()
      .references(() => agreements.id, { onDelete: 'cascade' }),
    title: text('title').notNull(),
    heldOn: date('held_on').notNull(),
    place: text('place').notNull(),
    /** The convening union's area: the city, a district (6 digits) or a street (9 digits). */
    regionCode: text('region_code').notNull(),
    parties: jsonb('parties').$type<string[]>().notNull(),
    participants: jsonb('participants').$type<MeetingParticipant[]>().notNull(),
    proposals: jsonb('proposals').$type<ProposalRecord[]>().notNull(),
    minutes: text('minutes').notNull().default(''),
    createdBy: uuid('created_by'),
    createdByName: text('created_by_name'),
    updatedBy: uuid('updated_by'),
    updatedByName: text('updated_by_name'),
    /** Optimistic concurrency: bumped on every change, follow-ups included. */
    rowVersion: integer('row_version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('negotiation_meetings_agreement_idx').on(t.agreementId, t.heldOn)],
);

/** What a meeting asked someone to do by a date, and whether it is done. */
export const negotiationFollowUps = pgTable(
  'negotiation_follow_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => negotiationMeetings.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on').notNull(),
    done: boolean('done').notNull().default(false),
    doneAt: timestamp('done_at', { withTimezone: true }),
  },
  (t) => [
    index('negotiation_follow_ups_meeting_idx').on(t.meetingId, t.position),
    index('negotiation_follow_ups_open_idx').on(t.done, t.dueOn),
  ],
);

export type MeetingRow = typeof negotiationMeetings.$inferSelect;
export type FollowUpRow = typeof negotiationFollowUps.$inferSelect;
