import type { EnterpriseQuery } from '@gigpact/contracts';
import { and, asc, count, desc, eq, ilike, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import type { Actor } from '../../platform/security/actor';
import { withinArea } from './scope';
import { enterprises, platforms, type EnterpriseRow, type PlatformRow } from './schema';

export interface EnterpriseListed {
  enterprise: EnterpriseRow;
  platform: PlatformRow;
  members: number;
}

const membersOf = sql<number>`(select count(*)::int from memberships m
  where m.enterprise_id = ${enterprises.id} and m.left_on is null)`;

function filters(actor: Actor, query: Partial<EnterpriseQuery>): SQL | undefined {
  const conditions: (SQL | undefined)[] = [withinArea(actor, enterprises.district, enterprises.street)];
  if (query.q) {
    const pattern = `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(enterprises.name, pattern), ilike(enterprises.creditCode, pattern)));
  }
  if (query.kind) conditions.push(eq(enterprises.kind, query.kind));
  if (query.platform) conditions.push(eq(platforms.code, query.platform));
  if (query.industry) conditions.push(eq(platforms.industry, query.industry));
  if (query.district) conditions.push(eq(enterprises.district, query.district));
  if (query.street) conditions.push(eq(enterprises.street, query.street));
  if (query.unionStatus) conditions.push(eq(enterprises.unionStatus, query.unionStatus));
  return and(...conditions);
}

const sortColumns = {
  name: enterprises.name,
  workers: enterprises.workers,
  district: enterprises.district,
  unionStatus: enterprises.unionStatus,
} as const;

/** A page of the enterprises the actor may see, filtered, searched and sorted on the server. */
export async function listEnterprises(
  db: Database,
  actor: Actor,
  query: EnterpriseQuery,
): Promise<{ items: EnterpriseListed[]; total: number }> {
  const where = filters(actor, query);
  const direction = query.order === 'desc' ? desc : asc;
  const [items, [totals]] = await Promise.all([
    db
      .select({ enterprise: enterprises, platform: platforms, members: membersOf })
      .from(enterprises)
      .innerJoin(platforms, eq(platforms.id, enterprises.platformId))
      .where(where)
      .orderBy(direction(sortColumns[query.sort]), asc(enterprises.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db
      .select({ total: count() })
      .from(enterprises)
      .innerJoin(platforms, eq(platforms.id, enterprises.platformId))
      .where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

/** Every enterprise matching the filters (for export), in name order. */
export async function allEnterprises(
  db: Database,
  actor: Actor,
  query: Partial<EnterpriseQuery>,
): Promise<EnterpriseListed[]> {
  return db
    .select({ enterprise: enterprises, platform: platforms, members: membersOf })
    .from(enterprises)
    .innerJoin(platforms, eq(platforms.id, enterprises.platformId))
    .where(filters(actor, query))
    .orderBy(asc(enterprises.district), asc(enterprises.name));
}

/** One enterprise, if it exists and (given an actor) lies in the actor's area. */
export async function findEnterprise(
  db: Database,
  id: string,
  actor?: Actor,
): Promise<EnterpriseListed | undefined> {
  const [row] = await db
    .select({ enterprise: enterprises, platform: platforms, members: membersOf })
    .from(enterprises)
    .innerJoin(platforms, eq(platforms.id, enterprises.platformId))
    .where(
      and(
        eq(enterprises.id, id),
        actor ? withinArea(actor, enterprises.district, enterprises.street) : undefined,
      ),
    )
    .limit(1);
  return row;
}

export async function findEnterprisesByCreditCode(
  db: Database,
  codes: string[],
): Promise<Map<string, EnterpriseRow>> {
  if (codes.length === 0) return new Map();
  const rows = await db
    .select()
    .from(enterprises)
    .where(
      sql`${enterprises.creditCode} in (${sql.join(
        codes.map((c) => sql`${c}`),
        sql`, `,
      )})`,
    );
  return new Map(rows.map((r) => [r.creditCode ?? '', r]));
}

export async function insertEnterprise(
  db: Database,
  row: typeof enterprises.$inferInsert,
): Promise<EnterpriseRow> {
  const [created] = await db.insert(enterprises).values(row).returning();
  if (!created) throw new Error('insert returned no row');
  return created;
}

/**
 * Applies a change only when the record is still at `version` (optimistic concurrency): returns undefined when
 * someone else changed it first.
 */
export async function updateEnterprise(
  db: Database,
  id: string,
  version: number,
  patch: Partial<typeof enterprises.$inferInsert>,
): Promise<EnterpriseRow | undefined> {
  const [row] = await db
    .update(enterprises)
    .set({ ...patch, version: sql`${enterprises.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(enterprises.id, id), eq(enterprises.version, version)))
    .returning();
  return row;
}
