import type { Area, EnterpriseKind, FieldIssue, Industry } from '@gigpact/contracts';
import type { CampaignResult } from '@gigpact/contracts';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { authorize } from '../../../platform/security/policy';
import { isKnownDistrict } from '../../registry/region-names';
import { platforms } from '../../registry/schema';
import { recordEvent } from '../../cases/cases.repository';
import { casesOfTarget, findCampaign, selectTargets } from '../campaigns.repository';
import { campaignPolicies } from '../policies';
import { campaigns, campaignTargets, type CampaignRow, type CampaignTargetRow } from '../schema';

export interface CampaignRequest {
  title: string;
  district: string | null;
  industry: Industry | null;
  platformCodes: string[];
  enterpriseKinds: EnterpriseKind[];
  checklist: string[];
  startedOn: string;
}

/** Starts a campaign and selects its targets from the registry in the same transaction. */
export async function startCampaign(
  db: Database,
  actor: Actor,
  input: CampaignRequest,
  now: Date,
): Promise<{ campaign: CampaignRow; targets: number }> {
  if (input.district && !isKnownDistrict(input.district)) {
    throw errors.validation([{ path: ['district'], zh: '区不存在', en: 'no such district' }]);
  }
  const area: Area = input.district
    ? { level: 'district', code: input.district }
    : { level: 'city', code: '310000' };
  authorize(actor, campaignPolicies.runCampaignIn, area);
  const { industry, ...fields } = input;
  let platformCodes = fields.platformCodes;
  if (industry) {
    const ofIndustry = (
      await db.select({ code: platforms.code }).from(platforms).where(eq(platforms.industry, industry))
    ).map((p) => p.code);
    platformCodes = platformCodes.length ? platformCodes.filter((c) => ofIndustry.includes(c)) : ofIndustry;
    if (platformCodes.length === 0) {
      throw errors.validation([
        {
          path: ['platformCodes'],
          zh: '所选平台不属于该行业',
          en: 'none of these platforms is of that industry',
        },
      ]);
    }
  }
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [campaign] = await t
      .insert(campaigns)
      .values({ ...fields, platformCodes, createdBy: actor.id, createdAt: now })
      .returning();
    const targets = await selectTargets(t, campaign!);
    return { campaign: campaign!, targets };
  });
}

export interface InspectionRequest {
  checkedOn: string;
  result: CampaignResult;
  checks: Record<string, boolean>;
  workersCovered: number | null;
  caseId: string | null;
  administrativePenalty: boolean;
  guidanceSent: boolean;
  note: string | null;
  version: number;
}

/**
 * Records what the inspection of one target found, answering each item of the checklist, by whom and when. The
 * inspector saw the target at `version`; an inspection recorded meanwhile is not overwritten (409). A case filed
 * is one of the target's own cases, and its timeline notes the inspection that led to it.
 */
export async function recordInspection(
  db: Database,
  actor: Actor,
  campaignId: string,
  targetId: string,
  input: InspectionRequest,
  today: string,
  now: Date,
): Promise<CampaignTargetRow> {
  const campaign = await findCampaign(db, actor, campaignId);
  if (!campaign) throw errors.notFound({ zh: '该专项排查', en: 'The campaign' });
  const [target] = await db
    .select()
    .from(campaignTargets)
    .where(and(eq(campaignTargets.id, targetId), eq(campaignTargets.campaignId, campaignId)))
    .limit(1);
  if (!target) throw errors.notFound({ zh: '该排查对象', en: 'The target' });
  authorize(
    actor,
    campaignPolicies.inspectIn,
    target.street ? { level: 'street', code: target.street } : { level: 'district', code: target.district },
  );
  const issues: FieldIssue[] = Object.keys(input.checks)
    .filter((item) => !campaign.checklist.includes(item))
    .map((item) => ({
      path: ['checks', item],
      zh: '不是本次排查的检查项',
      en: 'not an item of this checklist',
    }));
  if (input.checkedOn < campaign.startedOn || input.checkedOn > today) {
    issues.push({
      path: ['checkedOn'],
      zh: '检查日期须在排查开始之后、今天之前',
      en: 'the check is dated between the campaign’s start and today',
    });
  }
  const linked = input.caseId
    ? (await casesOfTarget(db, actor, target)).find((c) => c.id === input.caseId)
    : undefined;
  if (input.caseId && !linked) {
    issues.push({
      path: ['caseId'],
      zh: '须为本辖区内涉及该排查对象的案件',
      en: 'choose a case of this target handled in your area',
    });
  }
  if (issues.length) throw errors.validation(issues);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [updated] = await t
      .update(campaignTargets)
      .set({
        checkedOn: input.checkedOn,
        result: input.result,
        checks: input.checks,
        workersCovered: input.workersCovered ?? target.workersCovered,
        caseId: input.caseId,
        caseFiled: input.caseId !== null,
        administrativePenalty: input.administrativePenalty,
        guidanceSent: input.guidanceSent,
        note: input.note,
        inspectedBy: actor.id,
        inspectedAt: now,
        version: sql`${campaignTargets.version} + 1`,
      })
      .where(and(eq(campaignTargets.id, targetId), eq(campaignTargets.version, input.version)))
      .returning();
    if (!updated) {
      throw errors.conflict({
        zh: '该对象的检查结果已由他人更新，请刷新后再登记',
        en: 'someone recorded an inspection of this target meanwhile: reload it and record again',
      });
    }
    if (linked && linked.id !== target.caseId) {
      await recordEvent(t, {
        caseId: linked.id,
        at: now,
        actorId: actor.id,
        actorName: actor.displayName,
        kind: 'campaign_inspection',
        note: `${campaign.title}：${target.name}`,
        details: {
          campaignId: campaign.id,
          campaignTitle: campaign.title,
          targetId: target.id,
          targetName: target.name,
          enterpriseId: target.enterpriseId,
          result: input.result,
          checkedOn: input.checkedOn,
        },
      });
    }
    return updated;
  });
}
