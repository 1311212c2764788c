import type { ReplayPeriod, ScenarioParamValue } from '@gigpact/contracts';
import { sql } from 'drizzle-orm';
import { check, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';

export const scenarioStatuses = ['queued', 'running', 'succeeded', 'failed', 'cancelled'] as const;
export type ScenarioStatus = (typeof scenarioStatuses)[number];

/** What a negotiation scenario changes: clause parameters, and optionally a proposed time or pay formula. */
export interface ScenarioChanges {
  /** Per clause, each changed parameter's value, or its values by date as an agreement gives them. */
  params: Record<string, Record<string, ScenarioParamValue>>;
  timeFormula?: { baseMinutes: number; minutesPerKm: number } | undefined;
  payFormula?: { baseCny: number; perKmCny: number } | undefined;
  /** The days replayed, chosen when the scenario was saved; absent from scenarios saved before periods. */
  period?: ReplayPeriod | undefined;
}

/**
 * Negotiation sandbox scenarios: an agreement re-run over the stored history with changed parameters or a
 * proposed formula. The result is kept so scenarios can be compared side by side later.
 */
export const governanceScenarios = pgTable(
  'governance_scenarios',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: text('agreement_id').notNull(),
    agreementVersion: integer('agreement_version').notNull(),
    name: text('name').notNull(),
    changes: jsonb('changes').$type<ScenarioChanges>().notNull(),
    status: text('status', { enum: scenarioStatuses }).notNull().default('queued'),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    cancelRequested: timestamp('cancel_requested', { withTimezone: true }),
    /**
     * Renewed every second by the process running the scenario: a queued or running scenario unheard for the
     * lease time (from its creation where never heard) was cut short by a restart or a crash, wherever it ran.
     */
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    result: jsonb('result').$type<unknown>(),
    error: text('error'),
    /** The area the scenario belongs to (`city:310000`, `district:310118`): who started it and who sees it. */
    area: text('area').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [
    index('governance_scenarios_agreement_idx').on(t.agreementId, t.createdAt),
    check('governance_scenarios_progress', sql`${t.progressDone} >= 0 and ${t.progressTotal} >= 0`),
  ],
);

/** A platform's reply to its public scorecard (right of reply), attributed to the representative who wrote it. */
export const scorecardReplies = pgTable(
  'scorecard_replies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    platform: text('platform').notNull(),
    /** The principle replied to, or null for the card as a whole. */
    principle: text('principle'),
    body: text('body').notNull(),
    authorId: uuid('author_id').references(() => users.id),
    authorName: text('author_name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('scorecard_replies_platform_idx').on(t.platform, t.createdAt)],
);

export type ScenarioRow = typeof governanceScenarios.$inferSelect;
export type ScorecardReplyRow = typeof scorecardReplies.$inferSelect;
