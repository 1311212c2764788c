import type { AuditRunStage, AuditRunStatus } from '@gigpact/contracts';
import { and, count, desc, eq, inArray, isNotNull, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import type { FindingScope } from '../findings/findings-scope';
import { auditRuns, type AuditRunRow } from '../schema';

export type NewAuditRun = typeof auditRuns.$inferInsert;

export async function insertRun(db: Database, run: NewAuditRun): Promise<AuditRunRow> {
  const [row] = await db.insert(auditRuns).values(run).returning();
  return row!;
}

/**
 * A run of the same inputs still under way — queued or running, not asked to cancel — started in the same area:
 * the same stored version of the agreement over the same datasets as of the same day. Starting it again would
 * only do the same work twice.
 */
export async function identicalRunUnderWay(
  db: Database,
  run: Pick<NewAuditRun, 'agreementId' | 'agreementVersion' | 'datasetIds' | 'asOf' | 'area'>,
): Promise<AuditRunRow | undefined> {
  if (run.agreementVersion === null || run.agreementVersion === undefined) return undefined;
  const [row] = await db
    .select()
    .from(auditRuns)
    .where(
      and(
        inArray(auditRuns.status, ['queued', 'running']),
        isNull(auditRuns.cancelRequested),
        eq(auditRuns.coverageIgnored, false),
        eq(auditRuns.agreementId, run.agreementId),
        eq(auditRuns.agreementVersion, run.agreementVersion),
        sql`${auditRuns.datasetIds} = ${JSON.stringify(run.datasetIds)}::jsonb`,
        eq(auditRuns.asOf, run.asOf),
        eq(auditRuns.area, run.area),
      ),
    )
    .orderBy(auditRuns.createdAt)
    .limit(1);
  return row;
}

export async function findRun(db: Database, id: string): Promise<AuditRunRow | undefined> {
  const [row] = await db.select().from(auditRuns).where(eq(auditRuns.id, id)).limit(1);
  return row;
}

/**
 * The runs a scope follows, as SQL: `runInScope` (policies.ts) written again. A platform representative's are
 * those of agreements that name its platform (`platform: eleme` or a list holding it) or name none.
 */
export function visibleRunsWhere(scope: FindingScope): SQL | undefined {
  if (scope.kind === 'none') return sql`false`;
  if (scope.kind !== 'platform') return undefined;
  const platform = sql`${auditRuns.agreement}->'platform'`;
  return sql`(${platform} is null or ${platform} = '[]'::jsonb or ${platform} @> to_jsonb(${scope.platform}::text))`;
}

/**
 * The runs that stand for their agreement: succeeded and official (`audit_runs.official`, ADR 10). The latest of
 * an agreement's, by the time it finished, is its official audit.
 */
export const officialRunsWhere = (agreementId?: string) =>
  and(
    eq(auditRuns.status, 'succeeded'),
    eq(auditRuns.official, true),
    agreementId === undefined ? undefined : eq(auditRuns.agreementId, agreementId),
  );

/** Latest first: finished last, and of two finished at one instant the one started last. */
export const latestFirst = [desc(auditRuns.finishedAt), desc(auditRuns.createdAt), desc(auditRuns.id)];

/** The agreement's official audit now: its latest succeeded official run. */
export async function latestOfficialRun(db: Database, agreementId: string): Promise<AuditRunRow | undefined> {
  const [row] = await db
    .select()
    .from(auditRuns)
    .where(officialRunsWhere(agreementId))
    .orderBy(...latestFirst)
    .limit(1);
  return row;
}

/** The agreements' official audits now: the id of each one's latest succeeded official run, by agreement. */
export async function latestOfficialRunIds(
  db: Database,
  agreementIds: readonly string[],
): Promise<Map<string, string>> {
  if (agreementIds.length === 0) return new Map();
  const rows = await db
    .selectDistinctOn([auditRuns.agreementId], { agreementId: auditRuns.agreementId, id: auditRuns.id })
    .from(auditRuns)
    .where(and(officialRunsWhere(), inArray(auditRuns.agreementId, [...new Set(agreementIds)])))
    .orderBy(auditRuns.agreementId, ...latestFirst);
  return new Map(rows.map((r) => [r.agreementId, r.id]));
}

/** A page of the runs a scope follows, newest first. */
export async function listRuns(
  db: Database,
  scope: FindingScope,
  query: {
    page: number;
    pageSize: number;
    status?: AuditRunStatus | undefined;
    agreementId?: string | undefined;
  },
): Promise<{ items: AuditRunRow[]; total: number }> {
  const where = and(
    visibleRunsWhere(scope),
    query.status ? eq(auditRuns.status, query.status) : undefined,
    query.agreementId ? eq(auditRuns.agreementId, query.agreementId) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(auditRuns)
      .where(where)
      .orderBy(desc(auditRuns.createdAt), desc(auditRuns.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(auditRuns).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

/**
 * Runs another process may take up, oldest first: those queued, and those left `running` whose lease expired
 * (`leaseExpiredBefore`: a heartbeat older than this, or none) — a process that stopped or crashed.
 */
export function unfinishedRuns(db: Database, leaseExpiredBefore: Date): Promise<AuditRunRow[]> {
  return db
    .select()
    .from(auditRuns)
    .where(
      or(
        eq(auditRuns.status, 'queued'),
        and(eq(auditRuns.status, 'running'), leaseExpired(leaseExpiredBefore)),
      ),
    )
    .orderBy(auditRuns.createdAt, auditRuns.id);
}

const leaseExpired = (before: Date) => or(isNull(auditRuns.heartbeatAt), lt(auditRuns.heartbeatAt, before));

/**
 * Takes a run for `owner` to execute from the start, in one conditional UPDATE so that of two processes asking at
 * once exactly one gets it: a queued run, a run whose lease expired before `leaseExpiredBefore`, or a run the
 * owner already holds (the command line records its run with its own lease). A run whose cancel was asked is
 * never taken.
 */
export async function claimRun(
  db: Database,
  id: string,
  lease: { owner: string; now: Date; leaseExpiredBefore: Date },
): Promise<boolean> {
  const rows = await db
    .update(auditRuns)
    .set({
      status: 'running',
      stage: 'loading',
      progressDone: 0,
      progressTotal: 0,
      error: null,
      leaseOwner: lease.owner,
      heartbeatAt: lease.now,
      startedAt: lease.now,
      updatedAt: lease.now,
    })
    .where(
      and(
        eq(auditRuns.id, id),
        isNull(auditRuns.cancelRequested),
        or(
          eq(auditRuns.status, 'queued'),
          and(
            eq(auditRuns.status, 'running'),
            or(eq(auditRuns.leaseOwner, lease.owner), leaseExpired(lease.leaseExpiredBefore)),
          ),
        ),
      ),
    )
    .returning({ id: auditRuns.id });
  return rows.length === 1;
}

/**
 * Gives up the leases of runs left `running` by processes `gone` says have stopped (killed on this machine), as a
 * stopping process gives up its own, so that they are taken up or cancelled at once rather than once the lease
 * expires. Returns how many.
 */
export async function releaseLeasesOfGoneOwners(
  db: Database,
  gone: (owner: string) => boolean,
): Promise<number> {
  const held = await db
    .selectDistinct({ owner: auditRuns.leaseOwner })
    .from(auditRuns)
    .where(and(eq(auditRuns.status, 'running'), isNotNull(auditRuns.leaseOwner)));
  const owners = held.flatMap(({ owner }) => (owner !== null && gone(owner) ? [owner] : []));
  if (owners.length === 0) return 0;
  const released = await db
    .update(auditRuns)
    .set({ leaseOwner: null, heartbeatAt: null })
    .where(and(eq(auditRuns.status, 'running'), inArray(auditRuns.leaseOwner, owners)))
    .returning({ id: auditRuns.id });
  return released.length;
}

/** Gives up the owner's lease on a run left `running` by a stopping process, so the next start takes it at once. */
export async function releaseLease(db: Database, id: string, owner: string): Promise<void> {
  await db
    .update(auditRuns)
    .set({ leaseOwner: null, heartbeatAt: null })
    .where(and(eq(auditRuns.id, id), eq(auditRuns.status, 'running'), eq(auditRuns.leaseOwner, owner)));
}

/**
 * Ends as cancelled a run whose cancel was asked but whose process stopped before it saw it: queued, or
 * `running` under an expired lease. A run still leased is left to its process, which sees the cancel itself.
 */
export async function cancelAbandoned(
  db: Database,
  id: string,
  now: Date,
  leaseExpiredBefore: Date,
): Promise<boolean> {
  const rows = await db
    .update(auditRuns)
    .set({ status: 'cancelled', finishedAt: now, updatedAt: now })
    .where(
      and(
        eq(auditRuns.id, id),
        isNotNull(auditRuns.cancelRequested),
        or(
          eq(auditRuns.status, 'queued'),
          and(eq(auditRuns.status, 'running'), leaseExpired(leaseExpiredBefore)),
        ),
      ),
    )
    .returning({ id: auditRuns.id });
  return rows.length === 1;
}

/**
 * Renews the owner's lease on a running run. Returns whether a cancel was asked, or `lost` when the run is no
 * longer the owner's to execute (another process took it up after the lease expired, or it finished).
 */
export async function renewLease(
  db: Database,
  id: string,
  owner: string,
  now: Date,
): Promise<'held' | 'cancel' | 'lost'> {
  const [row] = await db
    .update(auditRuns)
    .set({ heartbeatAt: now })
    .where(and(eq(auditRuns.id, id), eq(auditRuns.status, 'running'), eq(auditRuns.leaseOwner, owner)))
    .returning({ cancelRequested: auditRuns.cancelRequested });
  if (!row) return 'lost';
  return row.cancelRequested ? 'cancel' : 'held';
}

export async function recordProgress(
  db: Database,
  id: string,
  progress: { stage: AuditRunStage; done: number; total: number },
  now: Date,
  owner?: string,
): Promise<void> {
  await db
    .update(auditRuns)
    .set({
      stage: progress.stage,
      progressDone: progress.done,
      progressTotal: progress.total,
      heartbeatAt: owner === undefined ? undefined : now,
      updatedAt: now,
    })
    .where(
      and(
        eq(auditRuns.id, id),
        eq(auditRuns.status, 'running'),
        owner === undefined ? undefined : eq(auditRuns.leaseOwner, owner),
      ),
    );
}

/** Records how the run ended; returns the run as it now stands (with its standing), or undefined when not recorded. */
export async function finishRun(
  db: Database,
  id: string,
  outcome:
    | {
        status: 'succeeded';
        resultHash: string;
        findingsCount: number;
        summary: NonNullable<AuditRunRow['summary']>;
      }
    | { status: 'failed'; error: string }
    | { status: 'cancelled' },
  now: Date,
  /** The lease the run was executed under: a process that lost it records nothing. */
  owner?: string,
): Promise<AuditRunRow | undefined> {
  const rows = await db
    .update(auditRuns)
    .set({
      ...outcome,
      stage: outcome.status === 'succeeded' ? 'done' : undefined,
      finishedAt: now,
      updatedAt: now,
    })
    .where(and(eq(auditRuns.id, id), owner === undefined ? undefined : eq(auditRuns.leaseOwner, owner)))
    .returning();
  return rows[0];
}

/**
 * Asks a run to stop. A queued run is cancelled at once; a running one is marked and stops at its next
 * checkpoint. Returns the run as it now stands, or undefined when it had already finished.
 */
export async function requestCancel(db: Database, id: string, now: Date): Promise<AuditRunRow | undefined> {
  const [queued] = await db
    .update(auditRuns)
    .set({ status: 'cancelled', cancelRequested: now, finishedAt: now, updatedAt: now })
    .where(and(eq(auditRuns.id, id), eq(auditRuns.status, 'queued')))
    .returning();
  if (queued) return queued;
  const [running] = await db
    .update(auditRuns)
    .set({
      cancelRequested: sql`coalesce(${auditRuns.cancelRequested}, ${now.toISOString()}::timestamptz)`,
      updatedAt: now,
    })
    .where(and(eq(auditRuns.id, id), eq(auditRuns.status, 'running')))
    .returning();
  return running;
}
