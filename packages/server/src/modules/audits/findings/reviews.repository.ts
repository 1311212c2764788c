import type { FindingState } from '@gigpact/contracts';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { queryRows } from '../../../platform/db/query-rows';
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

/** The keys of a run's touched findings: those with a review state. */
export async function reviewedKeys(db: Database, runId: string): Promise<string[]> {
  const rows = await db
    .select({ key: findingReviews.findingKey })
    .from(findingReviews)
    .where(eq(findingReviews.runId, runId));
  return rows.map((r) => r.key);
}

/** How many of the runs' findings the union dismissed, per run and platform they are placed on (`run|platform`). */
export async function dismissedByRunAndPlatform(
  db: Database,
  runIds: readonly string[],
): Promise<Map<string, number>> {
  if (runIds.length === 0) return new Map();
  const rows = await db
    .select({ runId: findingReviews.runId, platform: findingReviews.platform, n: sql<number>`count(*)::int` })
    .from(findingReviews)
    .where(and(inArray(findingReviews.runId, [...runIds]), eq(findingReviews.state, 'dismissed')))
    .groupBy(findingReviews.runId, findingReviews.platform);
  return new Map(
    rows.flatMap((r) => (r.platform ? [[`${r.runId}|${r.platform}`, Number(r.n)] as const] : [])),
  );
}

/** A finding of the new run that the earlier run also found and someone reviewed there. */
export interface CarriedFinding {
  key: string;
  clauseId: string;
  platform: string | null;
  district: string | null;
  /** Its amount or evidence differs from the earlier run's finding. */
  changed: boolean;
}

/** Who a carried-over event names: no person, the system. */
export const carryOverActor = { name: '系统 / system', role: 'system' } as const;

/**
 * Gives each finding of `to` that `from` also found and someone reviewed there the earlier review (ADR 10): its
 * state (a closed one — rectified, dismissed — opened again as `new` when the amount or evidence changed, as that
 * decision was taken on other figures), its version one further, its history's events, and one event naming the
 * earlier run and saying whether the finding changed. One statement whatever the number of findings: an INSERT …
 * SELECT of the review states, and of the events of those it carried over. Returns how many it carried over.
 */
export async function carryOverReviews(
  db: Database,
  carry: { from: string; to: string; findings: readonly CarriedFinding[]; now: Date },
): Promise<number> {
  if (carry.findings.length === 0) return 0;
  const run = carry.from.slice(0, 8);
  const now = sql`${carry.now.toISOString()}::timestamptz`;
  const [counted] = await queryRows<{ n: number }>(
    db,
    sql`with found as (
          select * from jsonb_to_recordset(${JSON.stringify(carry.findings)}::jsonb)
            as f("key" text, "clauseId" text, "platform" text, "district" text, "changed" boolean)
        ),
        earlier as (
          select r.finding_key, r.state, r.version, f."clauseId", f.platform, f.district, f.changed,
            case when f.changed and r.state in ('rectified', 'dismissed') then 'new' else r.state end as carried_state
          from finding_reviews r join found f on f.key = r.finding_key
          where r.run_id = ${carry.from}::uuid
        ),
        carried as (
          insert into finding_reviews
            (run_id, finding_key, clause_id, platform, district, state, version, updated_by, updated_at)
          select ${carry.to}::uuid, finding_key, "clauseId", platform, district, carried_state, version + 1, null, ${now}
          from earlier
          on conflict do nothing
          returning finding_key
        ),
        history as (
          insert into finding_events
            (run_id, finding_key, at, actor_id, actor_name, actor_role, action, from_state, to_state, note, evidence)
          select ${carry.to}::uuid, finding_key, at, actor_id, actor_name, actor_role, action, from_state, to_state, note,
            evidence
          from (
            select e.finding_key, e.at, e.actor_id, e.actor_name, e.actor_role, e.action, e.from_state, e.to_state,
              e.note, e.evidence, 0 as last, e.id
            from finding_events e join carried c using (finding_key)
            where e.run_id = ${carry.from}::uuid
            union all
            select x.finding_key, ${now}, null, ${carryOverActor.name}::text, ${carryOverActor.role}::text, 'carry_over', x.state,
              x.carried_state,
              case
                when not x.changed then ${`沿用审计任务 ${run} 的处理记录 / carried over from audit run ${run}`}
                when x.carried_state <> x.state
                  then ${`沿用审计任务 ${run} 的处理记录；金额或证据已变化，重新打开 / carried over from audit run ${run}; the amount or evidence changed: opened again`}
                else ${`沿用审计任务 ${run} 的处理记录；金额或证据已变化 / carried over from audit run ${run}; the amount or evidence changed`}
              end,
              null, 1, 0
            from earlier x join carried c using (finding_key)
          ) events
          order by finding_key, last, at, id
          returning 1
        )
        select count(*)::int as n from carried`,
  );
  return counted?.n ?? 0;
}
