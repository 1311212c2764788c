import { asc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { supervisionLetters, type LetterRow } from './schema';

export async function lettersOf(db: Database, caseId: string): Promise<LetterRow[]> {
  return db
    .select()
    .from(supervisionLetters)
    .where(eq(supervisionLetters.caseId, caseId))
    .orderBy(asc(supervisionLetters.issuedAt));
}

export async function findLetter(db: Database, id: string): Promise<LetterRow | undefined> {
  const [row] = await db.select().from(supervisionLetters).where(eq(supervisionLetters.id, id)).limit(1);
  return row;
}

export async function insertLetter(
  db: Database,
  row: typeof supervisionLetters.$inferInsert,
): Promise<LetterRow> {
  const [created] = await db.insert(supervisionLetters).values(row).returning();
  return created!;
}
