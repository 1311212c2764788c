import type { LetterKind } from '@gigpact/contracts';
import { and, asc, count, desc, eq, isNull, lt } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import type { Actor } from '../../platform/security/actor';
import { cases } from '../cases/schema';
import { visibleCases } from '../cases/visibility';
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

/** A page of the letters on cases the actor may see, newest first; `overdue` = unanswered past the due day. */
export async function listLetters(
  db: Database,
  actor: Actor,
  query: { page: number; pageSize: number; kind?: LetterKind | undefined; overdue?: boolean | undefined },
  today: string,
): Promise<{ items: (LetterRow & { caseNumber: string })[]; total: number }> {
  const where = and(
    visibleCases(actor),
    query.kind ? eq(supervisionLetters.kind, query.kind) : undefined,
    query.overdue
      ? and(isNull(supervisionLetters.respondedOn), lt(supervisionLetters.responseDueOn, today))
      : undefined,
  );
  const [rows, [totals]] = await Promise.all([
    db
      .select({ letter: supervisionLetters, caseNumber: cases.number })
      .from(supervisionLetters)
      .innerJoin(cases, eq(cases.id, supervisionLetters.caseId))
      .where(where)
      .orderBy(desc(supervisionLetters.issuedAt), asc(supervisionLetters.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(supervisionLetters)
      .innerJoin(cases, eq(cases.id, supervisionLetters.caseId))
      .where(where),
  ]);
  return { items: rows.map((r) => ({ ...r.letter, caseNumber: r.caseNumber })), total: totals?.total ?? 0 };
}
