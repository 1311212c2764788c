import { and, desc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { governanceScenarios, type ScenarioRow } from './schema';

export async function insertScenario(
  db: Database,
  row: typeof governanceScenarios.$inferInsert,
): Promise<ScenarioRow> {
  const [inserted] = await db.insert(governanceScenarios).values(row).returning();
  return inserted!;
}

export async function findScenario(db: Database, id: string): Promise<ScenarioRow | undefined> {
  const [row] = await db.select().from(governanceScenarios).where(eq(governanceScenarios.id, id)).limit(1);
  return row;
}

export async function listScenarios(db: Database, agreementId?: string): Promise<ScenarioRow[]> {
  return db
    .select()
    .from(governanceScenarios)
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
