import type { FindingState } from '@gigpact/contracts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { findingEvents, findingReviews, type FindingEventRow } from '../schema';
import type { ReviewStates } from './findings-store';
import type { FindingScope } from './findings-scope';

/**
 * The review states of a run's touched findings inside a scope (`keys` narrows to those findings). A district's
 * scope is applied where the findings are read (their `districts`): a finding may lie in several districts, and
 * its review row keeps only the one it shows.
 */
export async function reviewStates(
  db: Database,
  runId: string,
  scope: FindingScope,
  keys?: readonly string[],
): Promise<ReviewStates> {
  const rows = await db
    .select({ key: findingReviews.findingKey, state: findingReviews.state, version: findingReviews.version })
    .from(findingReviews)
    .where(
      and(
        eq(findingReviews.runId, runId),
        scope.kind === 'platform' ? eq(findingReviews.platform, scope.platform) : undefined,
        keys ? inArray(findingReviews.findingKey, [...keys]) : undefined,
      ),
    );
  return new Map(rows.map((r) => [r.key, { state: r.state, version: r.version }]));
}

export function findingHistory(db: Database, runId: string, key: string): Promise<FindingEventRow[]> {
  return db
    .select()
    .from(findingEvents)
    .where(and(eq(findingEvents.runId, runId), eq(findingEvents.findingKey, key)))
    .orderBy(asc(findingEvents.at), asc(findingEvents.id));
}

/**
 * Moves a finding from `from` (at `version`) to `to`. Returns false when someone else changed it first: the row
 * is no longer at that version, or another reviewer created it meanwhile.
 */
export async function saveReviewState(
  db: Database,
  change: {
    runId: string;
    key: string;
    clauseId: string;
    platform: string | null;
    district: string | null;
    to: FindingState;
    version: number;
    actorId: string | null;
    now: Date;
  },
): Promise<boolean> {
  if (change.version === 1) {
    const inserted = await db
      .insert(findingReviews)
      .values({
        runId: change.runId,
        findingKey: change.key,
        clauseId: change.clauseId,
        platform: change.platform,
        district: change.district,
        state: change.to,
        version: 2,
        updatedBy: change.actorId,
        updatedAt: change.now,
      })
      .onConflictDoNothing()
      .returning({ key: findingReviews.findingKey });
    return inserted.length === 1;
  }
  const updated = await db
    .update(findingReviews)
    .set({ state: change.to, version: change.version + 1, updatedBy: change.actorId, updatedAt: change.now })
    .where(
      and(
        eq(findingReviews.runId, change.runId),
        eq(findingReviews.findingKey, change.key),
        eq(findingReviews.version, change.version),
      ),
    )
    .returning({ key: findingReviews.findingKey });
  return updated.length === 1;
}

export async function appendFindingEvent(
  db: Database,
  event: typeof findingEvents.$inferInsert,
): Promise<void> {
  await db.insert(findingEvents).values(event);
}
