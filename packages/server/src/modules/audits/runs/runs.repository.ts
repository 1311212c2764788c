import type { AuditRunStage, AuditRunStatus } from '@gigpact/contracts';
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { auditRuns, type AuditRunRow } from '../schema';

export type NewAuditRun = typeof auditRuns.$inferInsert;

export async function insertRun(db: Database, run: NewAuditRun): Promise<AuditRunRow> {
  const [row] = await db.insert(auditRuns).values(run).returning();
  return row!;
}

export async function findRun(db: Database, id: string): Promise<AuditRunRow | undefined> {
  const [row] = await db.select().from(auditRuns).where(eq(auditRuns.id, id)).limit(1);
  return row;
}

/** A page of runs, newest first. */
export async function listRuns(
  db: Database,
  query: {
    page: number;
    pageSize: number;
    status?: AuditRunStatus | undefined;
    agreementId?: string | undefined;
  },
): Promise<{ items: AuditRunRow[]; total: number }> {
  const where = and(
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

/** Runs that were queued or running when the process stopped, oldest first: the executor takes them up again. */
export function unfinishedRuns(db: Database): Promise<AuditRunRow[]> {
  return db
    .select()
    .from(auditRuns)
    .where(inArray(auditRuns.status, ['queued', 'running']))
    .orderBy(auditRuns.createdAt, auditRuns.id);
}

export async function markRunning(db: Database, id: string, now: Date): Promise<boolean> {
  const rows = await db
    .update(auditRuns)
    .set({
      status: 'running',
      stage: 'loading',
      progressDone: 0,
      progressTotal: 0,
      error: null,
      startedAt: now,
      updatedAt: now,
    })
    .where(
      and(
        eq(auditRuns.id, id),
        inArray(auditRuns.status, ['queued', 'running']),
        isNull(auditRuns.cancelRequested),
      ),
    )
    .returning({ id: auditRuns.id });
  return rows.length === 1;
}

export async function recordProgress(
  db: Database,
  id: string,
  progress: { stage: AuditRunStage; done: number; total: number },
  now: Date,
): Promise<void> {
  await db
    .update(auditRuns)
    .set({
      stage: progress.stage,
      progressDone: progress.done,
      progressTotal: progress.total,
      updatedAt: now,
    })
    .where(and(eq(auditRuns.id, id), eq(auditRuns.status, 'running')));
}

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
): Promise<void> {
  await db
    .update(auditRuns)
    .set({
      ...outcome,
      stage: outcome.status === 'succeeded' ? 'done' : undefined,
      finishedAt: now,
      updatedAt: now,
    })
    .where(eq(auditRuns.id, id));
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
