import {
  industryNames,
  type Area,
  type CoverageDimension,
  type CoverageRow,
  type Industry,
} from '@gigpact/contracts';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query-rows';
import type { Actor } from '../../platform/security/actor';
import { districtName, regionName } from './region-names';
import { regionWithinArea, withinArea } from './scope';

export interface CoverageFilters {
  district?: string | undefined;
  industry?: Industry | undefined;
}

type Grouping = CoverageDimension | 'total';

/** One grouping key for enterprises, members, workforce and platforms; union organisations belong to no platform. */
function sameKeyForAll(key: SQL, federation: SQL | null) {
  return { enterprise: key, member: key, workforce: key, federation, platform: key };
}

/** How each table yields the grouping key; `null` where a table cannot be broken down that way. */
function keys(by: Grouping) {
  switch (by) {
    case 'total': {
      const constant = sql`'total'`;
      return sameKeyForAll(constant, constant);
    }
    case 'district':
      return {
        enterprise: sql`e.district`,
        member: sql`m.district`,
        workforce: sql`w.district`,
        federation: sql`left(o.region_code, 6)`,
        platform: null,
      };
    case 'street':
      return {
        enterprise: sql`e.street`,
        member: sql`m.street`,
        workforce: null,
        federation: sql`o.region_code`,
        platform: null,
      };
    case 'industry':
      return sameKeyForAll(sql`pl.industry`, null);
    case 'platform':
      return sameKeyForAll(sql`pl.code`, null);
  }
}

function extraFilters(filters: CoverageFilters, district: SQL | null, industry: SQL | null): SQL {
  const parts: SQL[] = [sql`true`];
  if (filters.district) parts.push(district ? sql`${district} = ${filters.district}` : sql`false`);
  if (filters.industry) parts.push(industry ? sql`${industry} = ${filters.industry}` : sql`false`);
  return sql.join(parts, sql` and `);
}

interface Counts {
  enterprises: number;
  enterprisesWithUnion: number;
  federations: number;
  members: number;
  /** Null where the workforce is not known (see `workforceKnown`). */
  workers: number | null;
  platforms: number;
  platformsWithUnion: number;
}

const noCounts = (workersKnown: boolean): Counts => ({
  enterprises: 0,
  enterprisesWithUnion: 0,
  federations: 0,
  members: 0,
  workers: workersKnown ? 0 : null,
  platforms: 0,
  platformsWithUnion: 0,
});

/**
 * Whether rows grouped by `by` in the actor's area have a workforce figure. Platforms report their active workers
 * by month, district and platform only, so there is none for a street, nor for anything within a street
 * officer's area: a district's figure would be a wrong denominator for the street's members.
 */
export function workforceKnown(area: Area, by: Grouping): boolean {
  return keys(by).workforce !== null && area.level !== 'street';
}

/** Coverage at the end of `month` (YYYY-MM), grouped by `by`, inside the actor's area. */
export async function coverageAt(
  db: Database,
  actor: Actor,
  by: Grouping,
  month: string,
  filters: CoverageFilters,
): Promise<Map<string, Counts>> {
  const k = keys(by);
  const workersKnown = workforceKnown(actor.area, by);
  const monthEnd = sql`(to_date(${month}, 'YYYY-MM') + interval '1 month' - interval '1 day')::date`;
  const counts = new Map<string, Counts>();
  const entry = (key: string) => {
    let c = counts.get(key);
    if (!c) {
      c = noCounts(workersKnown);
      counts.set(key, c);
    }
    return c;
  };

  const enterpriseRows = await queryRows<{ key: string | null; total: number; with_union: number }>(
    db,
    sql`select ${k.enterprise} as key, count(*)::int as total,
          count(*) filter (where e.union_status = 'founded' and e.union_founded_on <= ${monthEnd})::int as with_union
        from enterprises e join platforms pl on pl.id = e.platform_id
        where ${withinArea(actor, sql`e.district`, sql`e.street`)}
          and ${extraFilters(filters, sql`e.district`, sql`pl.industry`)}
        group by 1`,
  );
  for (const r of enterpriseRows) {
    if (r.key === null) continue;
    Object.assign(entry(r.key), { enterprises: r.total, enterprisesWithUnion: r.with_union });
  }

  const memberRows = await queryRows<{ key: string | null; members: number }>(
    db,
    sql`select ${k.member} as key, count(*)::int as members
        from memberships m left join platforms pl on pl.id = m.platform_id
        where m.joined_on <= ${monthEnd} and (m.left_on is null or m.left_on > ${monthEnd})
          and ${withinArea(actor, sql`m.district`, sql`m.street`)}
          and ${extraFilters(filters, sql`m.district`, sql`pl.industry`)}
        group by 1`,
  );
  for (const r of memberRows) if (r.key !== null) entry(r.key).members = r.members;

  if (k.workforce && workersKnown) {
    const workforceRows = await queryRows<{ key: string; workers: number }>(
      db,
      sql`select ${k.workforce} as key, sum(w.workers)::int as workers
          from workforce w join platforms pl on pl.id = w.platform_id
          where w.month = ${month} and ${withinArea(actor, sql`w.district`, sql`null`)}
            and ${extraFilters(filters, sql`w.district`, sql`pl.industry`)}
          group by 1`,
    );
    for (const r of workforceRows) entry(r.key).workers = r.workers;
  }

  if (k.federation && !filters.industry) {
    const federationRows = await queryRows<{ key: string; federations: number }>(
      db,
      sql`select ${k.federation} as key, count(*)::int as federations
          from union_organisations o
          where o.kind in ('city_federation', 'district_federation', 'street_federation', 'grid_federation')
            and o.status = 'active' and (o.founded_on is null or o.founded_on <= ${monthEnd})
            and ${regionWithinArea(actor, sql`o.region_code`)}
            and ${filters.district ? sql`left(o.region_code, 6) = ${filters.district}` : sql`true`}
          group by 1`,
    );
    for (const r of federationRows) entry(r.key).federations = r.federations;
  }

  if (k.platform && !filters.district) {
    const platformRows = await queryRows<{ key: string; total: number; with_union: number }>(
      db,
      sql`select ${k.platform} as key, count(*)::int as total,
            count(*) filter (where pl.union_founded_on <= ${monthEnd})::int as with_union
          from platforms pl where ${extraFilters(filters, null, sql`pl.industry`)}
          group by 1`,
    );
    for (const r of platformRows)
      Object.assign(entry(r.key), { platforms: r.total, platformsWithUnion: r.with_union });
  }
  return counts;
}

const rate = (part: number, whole: number) => (whole > 0 ? Math.min(1, part / whole) : null);

/** One row of counts with its rates; a key without counts is all zeros, and no workers where none are known. */
export function toCoverageRow(
  key: string,
  name: { zh: string; en: string },
  c: Counts | undefined,
  workersKnown: boolean,
): CoverageRow {
  const counts = c ?? noCounts(workersKnown);
  return {
    key,
    name,
    ...counts,
    foundingRate: rate(counts.enterprisesWithUnion, counts.enterprises),
    membershipRate: counts.workers === null ? null : rate(counts.members, counts.workers),
  };
}

/**
 * A row's name. The one district row of a street officer holds the street's figures, so it is named after the
 * street (`青浦区徐泾镇`): the district's name would pass the street's numbers off as the district's.
 */
export function nameOfKey(
  by: CoverageDimension,
  key: string,
  platformNames: Map<string, { zh: string; en: string }>,
  area: Area,
) {
  switch (by) {
    case 'district':
      return area.level === 'street' && area.code.startsWith(key) ? regionName(area.code) : districtName(key);
    case 'street':
      return regionName(key);
    case 'industry':
      return industryNames[key as Industry] ?? { zh: key, en: key };
    case 'platform':
      return platformNames.get(key) ?? { zh: key, en: key };
  }
}

/** The name of the total line: the whole city's `合计`, else the user's district or street. */
export function scopeName(area: Area): { zh: string; en: string } {
  return area.level === 'city' ? { zh: '合计', en: 'Total' } : regionName(area.code);
}
