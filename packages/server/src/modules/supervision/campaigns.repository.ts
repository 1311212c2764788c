import type { CampaignFigures, CampaignResult } from '@gigpact/contracts';
import { and, asc, count, eq, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query-rows';
import type { Actor } from '../../platform/security/actor';
import { withinArea } from '../registry/scope';
import { campaigns, campaignTargets, type CampaignRow } from './schema';

/** Copies the registry's matching enterprises into the campaign as its targets, in one statement. */
export async function selectTargets(db: Database, campaign: CampaignRow): Promise<number> {
  const kinds = sql.join(
    campaign.enterpriseKinds.map((k) => sql`${k}`),
    sql`, `,
  );
  const platformFilter = campaign.platformCodes.length
    ? sql`and p.code in (${sql.join(
        campaign.platformCodes.map((c) => sql`${c}`),
        sql`, `,
      )})`
    : sql``;
  const districtFilter = campaign.district ? sql`and e.district = ${campaign.district}` : sql``;
  const rows = await queryRows<{ id: string }>(
    db,
    sql`insert into campaign_targets (campaign_id, enterprise_id, name, district, street, workers_covered)
        select ${campaign.id}, e.id, e.name, e.district, e.street, e.workers
        from enterprises e join platforms p on p.id = e.platform_id
        where e.kind in (${kinds}) ${districtFilter} ${platformFilter}
        order by e.district, e.name
        returning id`,
  );
  return rows.length;
}

/** The roll-up the reply reports: targets checked, workers covered, cases filed, penalties, guidance sent. */
export async function figuresOf(db: Database, campaignId: string, where?: SQL): Promise<CampaignFigures> {
  const [row] = await db
    .select({
      targets: count(),
      checked: sql<number>`count(${campaignTargets.checkedOn})::int`,
      workersCovered: sql<number>`coalesce(sum(${campaignTargets.workersCovered}) filter (where ${campaignTargets.checkedOn} is not null), 0)::int`,
      issuesFound: sql<number>`count(*) filter (where ${campaignTargets.result} = 'issues_found')::int`,
      casesFiled: sql<number>`count(*) filter (where ${campaignTargets.caseFiled})::int`,
      administrativePenalties: sql<number>`count(*) filter (where ${campaignTargets.administrativePenalty})::int`,
      guidanceSent: sql<number>`count(*) filter (where ${campaignTargets.guidanceSent})::int`,
    })
    .from(campaignTargets)
    .where(and(eq(campaignTargets.campaignId, campaignId), where));
  return {
    targets: Number(row?.targets ?? 0),
    checked: Number(row?.checked ?? 0),
    workersCovered: Number(row?.workersCovered ?? 0),
    issuesFound: Number(row?.issuesFound ?? 0),
    casesFiled: Number(row?.casesFiled ?? 0),
    administrativePenalties: Number(row?.administrativePenalties ?? 0),
    guidanceSent: Number(row?.guidanceSent ?? 0),
  };
}

/** The figures by district, for the report. */
export async function figuresByDistrict(db: Database, campaignId: string) {
  return queryRows<{ district: string; targets: number; checked: number; workers: number; cases: number }>(
    db,
    sql`select district, count(*)::int as targets, count(checked_on)::int as checked,
          coalesce(sum(workers_covered) filter (where checked_on is not null), 0)::int as workers,
          count(*) filter (where case_filed)::int as cases
        from campaign_targets where campaign_id = ${campaignId} group by district order by district`,
  );
}

/** Campaigns an officer may see: the city's, and those of districts within the officer's area or containing it. */
export function visibleCampaigns(actor: Actor): SQL {
  if (actor.area.level === 'city') return sql`true`;
  return sql`(${campaigns.district} is null or ${campaigns.district} = ${actor.area.code.slice(0, 6)})`;
}

export async function listCampaigns(db: Database, actor: Actor): Promise<CampaignRow[]> {
  return db
    .select()
    .from(campaigns)
    .where(visibleCampaigns(actor))
    .orderBy(sql`${campaigns.startedOn} desc`);
}

export async function findCampaign(db: Database, actor: Actor, id: string): Promise<CampaignRow | undefined> {
  const [row] = await db
    .select()
    .from(campaigns)
    .where(and(eq(campaigns.id, id), visibleCampaigns(actor)))
    .limit(1);
  return row;
}

export async function listTargets(
  db: Database,
  actor: Actor,
  campaignId: string,
  query: { page: number; pageSize: number; result?: CampaignResult | undefined },
) {
  const where = and(
    eq(campaignTargets.campaignId, campaignId),
    withinArea(actor, campaignTargets.district, campaignTargets.street),
    query.result ? eq(campaignTargets.result, query.result) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(campaignTargets)
      .where(where)
      .orderBy(asc(campaignTargets.district), asc(campaignTargets.name), asc(campaignTargets.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(campaignTargets).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}
