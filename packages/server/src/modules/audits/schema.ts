import {
  auditRunStages,
  auditRunStatuses,
  findingStates,
  type AuditRunStage,
  type DataNotice,
  type FindingState,
} from '@gigpact/contracts';
import type { Agreement } from '@gigpact/rules';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { users } from '../accounts/schema';

/** What an audit run keeps of its result besides the findings: per-clause figures and the metrics tables. */
export interface AuditRunSummary {
  agreement_title: string;
  engine_version: string;
  /** Rows refused and skipped: absent from runs stored before they were kept. */
  datasets: {
    id: string;
    kind: string;
    rows: number;
    rows_rejected?: number;
    rows_skipped?: number;
    /** The currency of the dataset's money; absent in summaries stored before it was recorded. */
    currency?: string;
  }[];
  clauses: {
    clause_id: string;
    title: string;
    rule: string | null;
    status: 'applicable' | 'not_applicable' | 'text_only';
    missing: string[];
    checked: number;
    unchecked: number;
    violations: number;
    amount: string;
  }[];
  metrics: Record<string, Record<string, string | number | null>[]>;
  /**
   * Per platform, the rows of its data the agreement covers and the findings placed on it (by their first
   * evidence row); absent from runs stored before it was kept.
   */
  platforms?: { platform: string; rows: number; findings: number }[];
  /** Why the run checked no row, or fewer than its data holds (`dataNotices`); absent from runs stored before. */
  notices?: DataNotice[];
  /**
   * How long the compiled statements took over how many rows, from which the next run's evaluating stage
   * estimates its progress (`evaluation-estimate.ts`); absent from runs stored before it was kept.
   */
  evaluation?: { ms: number; rows: number };
}

/**
 * One run of an agreement over stored datasets. The findings themselves are Parquet under the data directory
 * (`audits/<id>/findings.parquet`); this row says what was run, by whom, for which area, and how far it got.
 */
export const auditRuns = pgTable(
  'audit_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    agreementId: text('agreement_id').notNull(),
    /** The stored version audited; null when the agreement came from a file on the command line. */
    agreementVersion: integer('agreement_version'),
    /** The agreement exactly as run, so that a resumed run runs the same thing. */
    agreement: jsonb('agreement').$type<Agreement>().notNull(),
    /**
     * Every row checked whatever the agreement covers (`gigpact audit --ignore-coverage`): a study of the data,
     * never the agreement's official run.
     */
    coverageIgnored: boolean('coverage_ignored').notNull().default(false),
    datasetIds: jsonb('dataset_ids').$type<string[]>().notNull(),
    asOf: date('as_of').notNull(),
    status: text('status', { enum: auditRunStatuses }).notNull().default('queued'),
    stage: text('stage', { enum: auditRunStages }).$type<AuditRunStage>().notNull().default('queued'),
    progressDone: integer('progress_done').notNull().default(0),
    progressTotal: integer('progress_total').notNull().default(0),
    cancelRequested: timestamp('cancel_requested', { withTimezone: true }),
    resultHash: text('result_hash'),
    findingsCount: bigint('findings_count', { mode: 'number' }),
    summary: jsonb('summary').$type<AuditRunSummary>(),
    error: text('error'),
    /**
     * The lease of the process executing the run: who holds it and when it last said it was alive. A run
     * `running` under a lease renewed within the lease time belongs to that process (a server or the command
     * line, possibly on another machine); only an expired lease lets another process take the run up again.
     */
    leaseOwner: text('lease_owner'),
    heartbeatAt: timestamp('heartbeat_at', { withTimezone: true }),
    /** The area the run belongs to (`city:310000`, `district:310118`): who started it and who sees it. */
    area: text('area').notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdByName: text('created_by_name').notNull(),
    /**
     * Whether the run stands as the agreement's official audit (ADR 10), kept by the database from the run's own
     * fields: from its start, a stored version of the agreement over the rows it covers, started by an account of
     * the whole city (the city administrator, the demo's seed, the command line); once it has its summary, also
     * with at least one applicable clause that checked a row. A district officer's run, an agreement file's, one
     * with `--ignore-coverage` and one whose data no clause could check are studies. Readers of an agreement's
     * latest run take its latest succeeded official one.
     */
    official: boolean('official')
      .notNull()
      .generatedAlwaysAs(
        sql`agreement_version is not null and not coverage_ignored and area like 'city:%' and (summary is null or jsonb_path_exists(summary, '$.clauses[*] ? (@.status == "applicable" && @.checked > 0)'))`,
      ),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp('started_at', { withTimezone: true }),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('audit_runs_status_idx').on(t.status, t.createdAt),
    index('audit_runs_agreement_idx').on(t.agreementId, t.createdAt),
    check('audit_runs_progress', sql`${t.progressDone} >= 0 and ${t.progressTotal} >= 0`),
  ],
);

/**
 * The review state of the findings someone acted on (untouched findings are `new`). `platform` and `district`
 * are copied from the finding: a platform's reviews need no Parquet read; a district's are kept by the findings'
 * `districts` (a rider's day may lie in two). `version` guards against two reviewers overwriting each other.
 */
export const findingReviews = pgTable(
  'finding_reviews',
  {
    runId: uuid('run_id')
      .notNull()
      .references(() => auditRuns.id, { onDelete: 'cascade' }),
    findingKey: text('finding_key').notNull(),
    clauseId: text('clause_id').notNull(),
    platform: text('platform'),
    district: text('district'),
    state: text('state', { enum: findingStates }).$type<FindingState>().notNull(),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.runId, t.findingKey] }),
    index('finding_reviews_state_idx').on(t.runId, t.state),
  ],
);

/** Evidence a platform attaches to its reply: a described item and, optionally, a stored file's hash. */
export interface FindingEvidenceItem {
  description: string;
  fileName?: string;
  sha256?: string;
}

/** Every change to a finding's review, attributed. Never updated or deleted. */
export const findingEvents = pgTable(
  'finding_events',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    runId: uuid('run_id')
      .notNull()
      .references(() => auditRuns.id, { onDelete: 'cascade' }),
    findingKey: text('finding_key').notNull(),
    at: timestamp('at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    actorName: text('actor_name').notNull(),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    fromState: text('from_state', { enum: findingStates }).$type<FindingState>().notNull(),
    toState: text('to_state', { enum: findingStates }).$type<FindingState>().notNull(),
    note: text('note'),
    /** The platform's reply and its evidence, for a dispute. */
    evidence: jsonb('evidence').$type<FindingEvidenceItem[]>(),
  },
  (t) => [index('finding_events_finding_idx').on(t.runId, t.findingKey, t.at)],
);

export type AuditRunRow = typeof auditRuns.$inferSelect;
export type FindingReviewRow = typeof findingReviews.$inferSelect;
export type FindingEventRow = typeof findingEvents.$inferSelect;
