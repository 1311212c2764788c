import type { CaseQuery } from '@gigpact/contracts';
import { and, asc, count, desc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import type { Actor } from '../../platform/security/actor';
import { platforms } from '../registry/schema';
import { caseDeadlines, caseEvents, cases, type CaseEventRow, type CaseRow } from './schema';
import { visibleCases } from './visibility';

export interface CaseListed {
  case: CaseRow;
  platformName: string | null;
  nextDeadline: string | null;
  overdue: boolean;
}

const nextDeadline = sql<string | null>`(select min(d.due_on)::text from case_deadlines d
  where d.case_id = ${cases.id} and d.status <> 'met')`;

function overdueOn(today: string): SQL<boolean> {
  return sql<boolean>`exists (select 1 from case_deadlines d
    where d.case_id = ${cases.id} and d.status <> 'met' and d.due_on < ${today})`;
}

function filters(actor: Actor, query: Partial<CaseQuery>, today: string): SQL | undefined {
  const conditions: (SQL | undefined)[] = [visibleCases(actor)];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(cases.title, pattern), ilike(cases.number, pattern)));
  }
  if (query.status) conditions.push(eq(cases.status, query.status));
  if (query.state === 'open') conditions.push(ne(cases.status, 'closed'));
  if (query.state === 'closed') conditions.push(eq(cases.status, 'closed'));
  if (query.type) conditions.push(eq(cases.type, query.type));
  if (query.source) conditions.push(eq(cases.source, query.source));
  if (query.district) conditions.push(eq(cases.district, query.district));
  if (query.street) conditions.push(eq(cases.street, query.street));
  if (query.overdue === 'true') conditions.push(overdueOn(today));
  if (query.overdue === 'false') conditions.push(sql`not ${overdueOn(today)}`);
  return and(...conditions);
}

const sortColumns = { openedOn: cases.openedOn, updatedAt: cases.updatedAt, number: cases.number } as const;

function selection(today: string) {
  return {
    case: cases,
    platformName: platforms.nameZh,
    nextDeadline,
    overdue: overdueOn(today),
  };
}

/** A page of the cases the actor may see, filtered and sorted on the server. */
export async function listCases(
  db: Database,
  actor: Actor,
  query: CaseQuery,
  today: string,
): Promise<{ items: CaseListed[]; total: number }> {
  const where = filters(actor, query, today);
  const direction = query.order === 'desc' ? desc : asc;
  const [items, [totals]] = await Promise.all([
    db
      .select(selection(today))
      .from(cases)
      .leftJoin(platforms, eq(platforms.id, cases.platformId))
      .where(where)
      .orderBy(direction(sortColumns[query.sort]), asc(cases.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(cases).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

/** Every case matching the filters that the actor may see (for export), newest first, at most 10,000. */
export async function allCases(
  db: Database,
  actor: Actor,
  query: Partial<CaseQuery>,
  today: string,
): Promise<CaseListed[]> {
  return db
    .select(selection(today))
    .from(cases)
    .leftJoin(platforms, eq(platforms.id, cases.platformId))
    .where(filters(actor, query, today))
    .orderBy(desc(cases.openedOn), asc(cases.id))
    .limit(10_000);
}

/** One case by id, whoever may see it (the caller applies the policy). */
export async function findCase(db: Database, id: string, today: string): Promise<CaseListed | undefined> {
  const [row] = await db
    .select(selection(today))
    .from(cases)
    .leftJoin(platforms, eq(platforms.id, cases.platformId))
    .where(eq(cases.id, id))
    .limit(1);
  return row;
}

export async function insertCase(db: Database, row: typeof cases.$inferInsert): Promise<CaseRow> {
  const [created] = await db.insert(cases).values(row).returning();
  return created!;
}

/**
 * Changes a case only if it still has the version the user saw, and bumps the version: the loser of a race gets
 * nothing back and answers 409.
 */
export async function updateCaseAtVersion(
  db: Database,
  id: string,
  version: number,
  patch: Partial<typeof cases.$inferInsert>,
  now: Date,
): Promise<CaseRow | undefined> {
  const [updated] = await db
    .update(cases)
    .set({ ...patch, version: sql`${cases.version} + 1`, updatedAt: now })
    .where(and(eq(cases.id, id), eq(cases.version, version)))
    .returning();
  return updated;
}

/** Bumps the version and time of a case whose state did not change but whose record did (letters, outcomes). */
export async function touchCase(db: Database, id: string, now: Date): Promise<void> {
  await db
    .update(cases)
    .set({ version: sql`${cases.version} + 1`, updatedAt: now })
    .where(eq(cases.id, id));
}

export async function recordEvent(db: Database, event: typeof caseEvents.$inferInsert): Promise<void> {
  await db.insert(caseEvents).values(event);
}

export async function eventsOf(db: Database, caseId: string): Promise<CaseEventRow[]> {
  return db.select().from(caseEvents).where(eq(caseEvents.caseId, caseId)).orderBy(asc(caseEvents.id));
}

export async function deadlinesOf(db: Database, caseId: string) {
  return db
    .select()
    .from(caseDeadlines)
    .where(eq(caseDeadlines.caseId, caseId))
    .orderBy(asc(caseDeadlines.dueOn));
}
