import { caseTypes, mediationStatuses } from '@gigpact/contracts';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';
import { cases } from '../cases/schema';

/** One-stop mediation centres (一站式调解中心) and the mediators who sit there. */
export const mediationCentres = pgTable('mediation_centres', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull().unique(),
  district: text('district').notNull(),
  street: text('street'),
  address: text('address').notNull(),
  phone: text('phone').notNull(),
});

export const mediationCentreMediators = pgTable(
  'mediation_centre_mediators',
  {
    centreId: uuid('centre_id')
      .notNull()
      .references(() => mediationCentres.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.centreId, t.userId] })],
);

/** A request for mediation, from a case or a walk-in, to its agreement, failure or hand-off to arbitration. */
export const mediationRequests = pgTable(
  'mediation_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    number: text('number').notNull().unique(),
    centreId: uuid('centre_id')
      .notNull()
      .references(() => mediationCentres.id),
    caseId: uuid('case_id').references(() => cases.id),
    applicantName: text('applicant_name').notNull(),
    applicantPhone: text('applicant_phone').notNull(),
    respondentName: text('respondent_name').notNull(),
    claimType: text('claim_type', { enum: caseTypes }).notNull(),
    amountClaimed: numeric('amount_claimed', { precision: 14, scale: 2 }),
    amountAgreed: numeric('amount_agreed', { precision: 14, scale: 2 }),
    amountRecovered: numeric('amount_recovered', { precision: 14, scale: 2 }),
    smallClaim: boolean('small_claim').notNull().default(false),
    description: text('description').notNull(),
    status: text('status', { enum: mediationStatuses }).notNull().default('requested'),
    terms: text('terms'),
    agreedOn: date('agreed_on'),
    outcomeNote: text('outcome_note'),
    arbitrationBody: text('arbitration_body'),
    /** The day the failed mediation was handed to labour arbitration. */
    handedOffOn: date('handed_off_on'),
    mediatorId: uuid('mediator_id').references(() => users.id),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    index('mediation_requests_centre_idx').on(t.centreId, t.status),
    check(
      'mediation_amounts_non_negative',
      sql`coalesce(${t.amountClaimed}, 0) >= 0 and coalesce(${t.amountRecovered}, 0) >= 0`,
    ),
  ],
);

export const mediationSessions = pgTable(
  'mediation_sessions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    requestId: uuid('request_id')
      .notNull()
      .references(() => mediationRequests.id, { onDelete: 'cascade' }),
    heldAt: timestamp('held_at', { withTimezone: true }).notNull(),
    place: text('place').notNull(),
    mediatorId: uuid('mediator_id').references(() => users.id),
    notes: text('notes'),
  },
  (t) => [index('mediation_sessions_request_idx').on(t.requestId)],
);

export type MediationCentreRow = typeof mediationCentres.$inferSelect;
export type MediationRequestRow = typeof mediationRequests.$inferSelect;
export type MediationSessionRow = typeof mediationSessions.$inferSelect;
