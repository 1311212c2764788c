import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query-rows';
import type { Actor } from '../../platform/security/actor';
import { regionWithinArea } from './scope';
import { organisations, platforms, type OrganisationRow } from './schema';

export interface OrganisationListed {
  organisation: OrganisationRow;
  platformCode: string | null;
  members: number;
  children: number;
}

/**
 * The organisations directly under `parentId`, or the actor's top organisations when it is null: the city
 * federation for the city, the district or street federation for an officer there. Member counts include every
 * organisation below (a federation counts the members of the unions it holds).
 */
export async function listOrganisationChildren(
  db: Database,
  actor: Actor,
  parentId: string | null,
  /** Instead of children, just this organisation (when the actor may see it). */
  onlyId?: string,
): Promise<OrganisationListed[]> {
  const where = onlyId
    ? sql`o.id = ${onlyId}`
    : parentId
      ? sql`o.parent_id = ${parentId}`
      : actor.area.level === 'city'
        ? sql`o.parent_id is null`
        : sql`o.region_code = ${actor.area.code} and o.kind = ${actor.area.level === 'district' ? 'district_federation' : 'street_federation'}`;
  // Members are counted once per organisation, then summed over each listed organisation's subtree.
  const rows = await queryRows<{ id: string; members: number; children: number }>(
    db,
    sql`with recursive listed as (
          select o.id from union_organisations o where ${where} and ${regionWithinArea(actor, sql`o.region_code`)}
        ), subtree(root, id) as (
          select id, id from listed
          union all
          select subtree.root, c.id from union_organisations c join subtree on c.parent_id = subtree.id
        ), direct as (
          select organisation_id, count(*)::int as members from memberships where left_on is null group by organisation_id
        ), totals as (
          select s.root, coalesce(sum(d.members), 0)::int as members
          from subtree s left join direct d on d.organisation_id = s.id group by s.root
        ), child_counts as (
          select parent_id, count(*)::int as children from union_organisations
          where parent_id in (select id from listed) group by parent_id
        )
        select l.id, coalesce(t.members, 0)::int as members, coalesce(c.children, 0)::int as children
        from listed l left join totals t on t.root = l.id left join child_counts c on c.parent_id = l.id`,
  );
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const details = await db
    .select({ organisation: organisations, platformCode: platforms.code })
    .from(organisations)
    .leftJoin(platforms, eq(platforms.id, organisations.platformId))
    .where(
      sql`${organisations.id} in (${sql.join(
        ids.map((id) => sql`${id}`),
        sql`, `,
      )})`,
    );
  const counts = new Map(rows.map((r) => [r.id, r]));
  const kindOrder = [
    'city_federation',
    'district_federation',
    'street_federation',
    'grid_federation',
    'industry_union',
    'platform_union',
    'enterprise_union',
  ];
  return details
    .map((d) => ({
      organisation: d.organisation,
      platformCode: d.platformCode,
      members: counts.get(d.organisation.id)?.members ?? 0,
      children: counts.get(d.organisation.id)?.children ?? 0,
    }))
    .sort(
      (a, b) =>
        kindOrder.indexOf(a.organisation.kind) - kindOrder.indexOf(b.organisation.kind) ||
        a.organisation.regionCode.localeCompare(b.organisation.regionCode) ||
        a.organisation.name.localeCompare(b.organisation.name, 'zh-CN'),
    );
}

export async function findOrganisation(db: Database, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(eq(organisations.id, id)).limit(1);
  return row;
}

/** Federations of a region, to which imported members and new enterprise unions attach. */
export async function findFederation(db: Database, regionCode: string): Promise<OrganisationRow | undefined> {
  const kind =
    regionCode.length === 9
      ? 'street_federation'
      : regionCode.endsWith('0000')
        ? 'city_federation'
        : 'district_federation';
  const [row] = await db
    .select()
    .from(organisations)
    .where(sql`${organisations.regionCode} = ${regionCode} and ${organisations.kind} = ${kind}`)
    .limit(1);
  return row;
}
