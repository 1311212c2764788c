import { and, desc, eq, getTableColumns, lt, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { users } from '../accounts/schema';
import { governanceScenarios, type ScenarioRow } from './schema';

/**
 * A scenario's columns, `createdByName` the display name its author's account has now, as the rest of the
 * product names people (a scenario stored with the login name reads so too); the name stored with it when no
 * account is linked.
 */
const scenarioColumns = {
  ...getTableColumns(governanceScenarios),
  createdByName: sql<string>`coalesce(${users.displayName}, ${governanceScenarios.createdByName})`,
};

/** A scenario still to finish: queued or running. */
const unfinished = sql`${governanceScenarios.status} in ('queued', 'running')`;

export async function insertScenario(
  db: Database,
  row: typeof governanceScenarios.$inferInsert,
): Promise<ScenarioRow> {
  const [inserted] = await db.insert(governanceScenarios).values(row).returning();
  return inserted!;
}

export async function findScenario(db: Database, id: string): Promise<ScenarioRow | undefined> {
  const [row] = await db
    .select(scenarioColumns)
    .from(governanceScenarios)
    .leftJoin(users, eq(users.id, governanceScenarios.createdBy))
    .where(eq(governanceScenarios.id, id))
    .limit(1);
  return row;
}

export async function listScenarios(db: Database, agreementId?: string): Promise<ScenarioRow[]> {
  return db
    .select(scenarioColumns)
    .from(governanceScenarios)
    .leftJoin(users, eq(users.id, governanceScenarios.createdBy))
    .where(agreementId ? eq(governanceScenarios.agreementId, agreementId) : undefined)
    .orderBy(desc(governanceScenarios.createdAt))
    .limit(200);
}

export async function updateScenario(
  db: Database,
  id: string,
  patch: Partial<typeof governanceScenarios.$inferInsert>,
): Promise<void> {
  await db.update(governanceScenarios).set(patch).where(eq(governanceScenarios.id, id));
}

/** Marks a queued or running scenario for cancellation; false when it had already finished. */
export async function requestCancel(db: Database, id: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(governanceScenarios)
    .set({ cancelRequested: at })
    .where(and(eq(governanceScenarios.id, id), unfinished))
    .returning({ id: governanceScenarios.id });
  return rows.length > 0;
}

/** Records that the process running a scenario is alive; nothing once the scenario has ended. */
export async function renewScenarioHeartbeat(db: Database, id: string, now: Date): Promise<void> {
  await db
    .update(governanceScenarios)
    .set({ heartbeatAt: now })
    .where(and(eq(governanceScenarios.id, id), unfinished));
}

/**
 * Ends as failed, with `error`, a queued or running scenario whose process has not been heard since `before` (its
 * last heartbeat, or its creation where it never had one); whether it did. One conditional update: a scenario heard
 * from meanwhile, or ended, is left as it is.
 */
export async function failUnheardScenario(
  db: Database,
  id: string,
  before: Date,
  error: string,
  now: Date,
): Promise<boolean> {
  const rows = await db
    .update(governanceScenarios)
    .set({ status: 'failed', error, finishedAt: now })
    .where(
      and(
        eq(governanceScenarios.id, id),
        unfinished,
        lt(sql`coalesce(${governanceScenarios.heartbeatAt}, ${governanceScenarios.createdAt})`, before),
      ),
    )
    .returning({ id: governanceScenarios.id });
  return rows.length === 1;
}
