import { and, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { users, type UserRow } from './schema';

export type NewUser = typeof users.$inferInsert;
export type UserPatch = Partial<Pick<UserRow, 'displayName' | 'role' | 'area' | 'disabled' | 'language'>>;

export async function findUserByUsername(db: Database, username: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.username, username)).limit(1);
  return row;
}

export async function findUserById(db: Database, id: string): Promise<UserRow | undefined> {
  const [row] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  return row;
}

/** Inserts a user; returns undefined when the user name is taken. */
export async function insertUser(db: Database, user: NewUser): Promise<UserRow | undefined> {
  const [row] = await db
    .insert(users)
    .values(user)
    .onConflictDoNothing({ target: users.username })
    .returning();
  return row;
}

export async function updateUser(db: Database, id: string, patch: UserPatch): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export interface UserPage {
  items: UserRow[];
  total: number;
}

export async function listUsers(
  db: Database,
  { page, pageSize, query }: { page: number; pageSize: number; query?: string | undefined },
): Promise<UserPage> {
  const pattern = query ? `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : undefined;
  const where = pattern ? or(ilike(users.username, pattern), ilike(users.displayName, pattern)) : undefined;
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(users)
      .where(where)
      .orderBy(desc(users.createdAt), users.username)
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(users).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ total: count() }).from(users);
  return row?.total ?? 0;
}

/** Counts a failed sign-in; locks the account for `lockMinutes` once `maxFailures` is reached. */
export async function recordFailedSignIn(
  db: Database,
  id: string,
  { maxFailures, lockMinutes }: { maxFailures: number; lockMinutes: number },
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({
      failedSignIns: sql`case when ${users.failedSignIns} + 1 >= ${maxFailures} then 0 else ${users.failedSignIns} + 1 end`,
      lockedUntil: sql`case when ${users.failedSignIns} + 1 >= ${maxFailures}
        then now() + make_interval(mins => ${lockMinutes}) else ${users.lockedUntil} end`,
    })
    .where(eq(users.id, id))
    .returning();
  return row;
}

export async function recordSuccessfulSignIn(db: Database, id: string): Promise<void> {
  await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null, lastLoginAt: sql`now()` })
    .where(and(eq(users.id, id)));
}

/** Sets a new password hash and lifts any lockout: whoever sets the password has proved they may. */
export async function setPasswordHash(
  db: Database,
  id: string,
  passwordHash: string,
): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ passwordHash, failedSignIns: 0, lockedUntil: null, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row;
}

/** Lifts a lockout and forgets the failed sign-ins that led to it. */
export async function clearLockout(db: Database, id: string): Promise<UserRow | undefined> {
  const [row] = await db
    .update(users)
    .set({ failedSignIns: 0, lockedUntil: null, updatedAt: sql`now()` })
    .where(eq(users.id, id))
    .returning();
  return row;
}
