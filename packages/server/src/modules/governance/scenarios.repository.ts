import { and, desc, eq, getTableColumns, sql } from 'drizzle-orm';
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
    .where(and(eq(governanceScenarios.id, id), sql`${governanceScenarios.status} in ('queued', 'running')`))
    .returning({ id: governanceScenarios.id });
  return rows.length > 0;
}
