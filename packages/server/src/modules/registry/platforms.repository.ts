import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query-rows';
import { platforms, type PlatformRow } from './schema';

export interface PlatformWithCounts extends PlatformRow {
  enterprises: number;
  enterprisesWithUnion: number;
  members: number;
}

/** Every platform with its enterprises, those with a union, and its current members. */
export async function listPlatforms(db: Database): Promise<PlatformWithCounts[]> {
  const counts = await queryRows<{
    platform_id: string;
    enterprises: number;
    with_union: number;
    members: number;
  }>(
    db,
    sql`select p.id as platform_id,
          (select count(*)::int from enterprises e where e.platform_id = p.id) as enterprises,
          (select count(*)::int from enterprises e where e.platform_id = p.id and e.union_status = 'founded') as with_union,
          (select count(*)::int from memberships m where m.platform_id = p.id and m.left_on is null) as members
        from platforms p`,
  );
  const byId = new Map(counts.map((c) => [c.platform_id, c]));
  const rows = await db.select().from(platforms).orderBy(asc(platforms.industry), asc(platforms.code));
  return rows.map((row) => {
    const c = byId.get(row.id);
    return {
      ...row,
      enterprises: c?.enterprises ?? 0,
      enterprisesWithUnion: c?.with_union ?? 0,
      members: c?.members ?? 0,
    };
  });
}

/** Every platform's code and names, by code. */
export async function listPlatformNames(db: Database): Promise<{ code: string; zh: string; en: string }[]> {
  const rows = await db.select().from(platforms).orderBy(platforms.code);
  return rows.map((p) => ({ code: p.code, zh: p.nameZh, en: p.nameEn }));
}

export async function findPlatformByCode(db: Database, code: string): Promise<PlatformRow | undefined> {
  const [row] = await db.select().from(platforms).where(eq(platforms.code, code)).limit(1);
  return row;
}

export async function platformCodes(db: Database): Promise<Map<string, PlatformRow>> {
  const rows = await db.select().from(platforms);
  return new Map(rows.map((r) => [r.code, r]));
}

/** The codes of the registered platforms. */
export async function registeredPlatformCodes(db: Database): Promise<string[]> {
  return [...(await platformCodes(db)).keys()];
}

export async function insertPlatform(
  db: Database,
  row: typeof platforms.$inferInsert,
): Promise<PlatformRow | undefined> {
  const [created] = await db
    .insert(platforms)
    .values(row)
    .onConflictDoNothing({ target: platforms.code })
    .returning();
  return created;
}

export async function updatePlatform(
  db: Database,
  id: string,
  patch: Partial<typeof platforms.$inferInsert>,
): Promise<PlatformRow | undefined> {
  const [row] = await db.update(platforms).set(patch).where(eq(platforms.id, id)).returning();
  return row;
}
