import type { CampaignFigures, CampaignResult } from '@gigpact/contracts';
import { and, asc, count, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { queryRows } from '../../platform/db/query-rows';
import type { Actor } from '../../platform/security/actor';
import { withinArea } from '../registry/scope';
import { users } from '../accounts/schema';
import { cases } from '../cases/schema';
import { campaigns, campaignTargets, type CampaignRow, type CampaignTargetRow } from './schema';

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

/**
 * The roll-up the reply reports: targets checked, workers covered, cases filed (inspections linked to a case, and
 * those imported as filed from before inspections were linked), penalties, guidance sent.
 */
export async function figuresOf(db: Database, campaignId: string, where?: SQL): Promise<CampaignFigures> {
  const [row] = await db
    .select({
      targets: count(),
      checked: sql<number>`count(${campaignTargets.checkedOn})::int`,
      workersCovered: sql<number>`coalesce(sum(${campaignTargets.workersCovered}) filter (where ${campaignTargets.checkedOn} is not null), 0)::int`,
      issuesFound: sql<number>`count(*) filter (where ${campaignTargets.result} = 'issues_found')::int`,
      casesFiled: sql<number>`count(*) filter (where ${campaignTargets.caseId} is not null or ${campaignTargets.caseFiled})::int`,
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
          count(*) filter (where case_id is not null or case_filed)::int as cases
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

/** A target as listed: with the number of the case its inspection led to and the inspector's name. */
export interface TargetListed {
  target: CampaignTargetRow;
  caseNumber: string | null;
  inspectorName: string | null;
}

const targetColumns = {
  target: campaignTargets,
  caseNumber: cases.number,
  inspectorName: users.displayName,
};

export async function listTargets(
  db: Database,
  actor: Actor,
  campaignId: string,
  query: { page: number; pageSize: number; result?: CampaignResult | undefined },
): Promise<{ items: TargetListed[]; total: number }> {
  const where = and(
    eq(campaignTargets.campaignId, campaignId),
    withinArea(actor, campaignTargets.district, campaignTargets.street),
    query.result ? eq(campaignTargets.result, query.result) : undefined,
  );
  const [items, [totals]] = await Promise.all([
    db
      .select(targetColumns)
      .from(campaignTargets)
      .leftJoin(cases, eq(cases.id, campaignTargets.caseId))
      .leftJoin(users, eq(users.id, campaignTargets.inspectedBy))
      .where(where)
      .orderBy(asc(campaignTargets.district), asc(campaignTargets.name), asc(campaignTargets.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ total: count() }).from(campaignTargets).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}

export async function findTarget(
  db: Database,
  campaignId: string,
  targetId: string,
): Promise<TargetListed | undefined> {
  const [row] = await db
    .select(targetColumns)
    .from(campaignTargets)
    .leftJoin(cases, eq(cases.id, campaignTargets.caseId))
    .leftJoin(users, eq(users.id, campaignTargets.inspectedBy))
    .where(and(eq(campaignTargets.id, targetId), eq(campaignTargets.campaignId, campaignId)))
    .limit(1);
  return row;
}

/**
 * The cases a target is a party to (by its registry entry, or by name when the case names it without one), among
 * those the actor's office handles: the choices for "case filed".
 */
export async function casesOfTarget(db: Database, actor: Actor, target: CampaignTargetRow) {
  const byEnterprise = target.enterpriseId
    ? sql`${cases.parties} @> ${JSON.stringify([{ enterpriseId: target.enterpriseId }])}::jsonb`
    : sql`false`;
  const byName = sql`${cases.parties} @> ${JSON.stringify([{ name: target.name }])}::jsonb`;
  return db
    .select({
      id: cases.id,
      number: cases.number,
      title: cases.title,
      status: cases.status,
      openedOn: cases.openedOn,
    })
    .from(cases)
    .where(and(or(byEnterprise, byName), withinArea(actor, cases.district, cases.street)))
    .orderBy(desc(cases.openedOn), asc(cases.number))
    .limit(50);
}
