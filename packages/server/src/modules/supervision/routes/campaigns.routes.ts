import {
  campaignInput,
  campaignResults,
  campaignTargetCase,
  campaignTargetView,
  type CampaignTargetView,
  campaignView,
  documentFormat,
  inspectionInput,
  pageQuery,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { clockOf } from '../../cases/context';
import { renderDocx } from '../../cases/documents/docx-renderer';
import { renderPdf } from '../../cases/documents/pdf-renderer';
import { campaignReport } from '../campaign-report';
import {
  casesOfTarget,
  figuresByDistrict,
  figuresOf,
  findCampaign,
  findTarget,
  listCampaigns,
  listTargets,
  type TargetListed,
} from '../campaigns.repository';
import { recordInspection, startCampaign } from '../commands/campaigns';
import { campaignPolicies } from '../policies';
import type { CampaignRow } from '../schema';
import { documentTypes } from './letters.routes';

const tags = ['supervision'];
const idParams = z.object({ id: z.uuid() });

function presentTarget({ target: t, caseNumber, inspectorName }: TargetListed): CampaignTargetView {
  return {
    id: t.id,
    enterpriseId: t.enterpriseId,
    name: t.name,
    district: t.district,
    workersCovered: t.workersCovered,
    result: t.result,
    checkedOn: t.checkedOn,
    checks: t.checks,
    caseFiled: t.caseFiled || t.caseId !== null,
    caseId: t.caseId,
    caseNumber,
    administrativePenalty: t.administrativePenalty,
    guidanceSent: t.guidanceSent,
    note: t.note,
    inspectedBy: inspectorName,
    inspectedAt: t.inspectedAt?.toISOString() ?? null,
    version: t.version,
  };
}

export function campaignRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    const present = async (c: CampaignRow): Promise<z.infer<typeof campaignView>> => ({
      id: c.id,
      title: c.title,
      district: c.district,
      checklist: c.checklist,
      startedOn: c.startedOn,
      figures: await figuresOf(ctx.db, c.id),
    });
    const campaignFor = async (actor: Parameters<typeof findCampaign>[1], id: string) => {
      authorize(actor, campaignPolicies.viewCampaigns);
      const found = await findCampaign(ctx.db, actor, id);
      if (!found) throw errors.notFound({ zh: '该专项排查', en: 'The campaign' });
      return found;
    };

    app.get(
      '/api/supervision/campaigns',
      {
        schema: {
          tags,
          summary: '专项排查 / campaigns with their figures',
          response: { 200: z.object({ items: z.array(campaignView) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, campaignPolicies.viewCampaigns);
        const rows = await listCampaigns(ctx.db, actor);
        return { items: await Promise.all(rows.map(present)) };
      },
    );

    app.post(
      '/api/supervision/campaigns',
      {
        schema: {
          tags,
          summary: '开展专项排查（从名录选取对象） / start a campaign, targets drawn from the registry',
          body: campaignInput,
          response: { 201: campaignView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { campaign, targets } = await startCampaign(ctx.db, actor, request.body, ctx.now());
        await audit(ctx, request, 'campaign.create', `campaign:${campaign.id}`, { targets });
        return reply.status(201).send(await present(campaign));
      },
    );

    app.get(
      '/api/supervision/campaigns/:id',
      {
        schema: {
          tags,
          summary: '专项排查汇总 / a campaign and its roll-up',
          params: idParams,
          response: { 200: campaignView },
        },
      },
      async (request) => present(await campaignFor(requireActor(request), request.params.id)),
    );

    app.get(
      '/api/supervision/campaigns/:id/targets',
      {
        schema: {
          tags,
          summary: '排查对象（本辖区） / targets in the actor’s area',
          params: idParams,
          querystring: pageQuery.extend({ result: z.enum(campaignResults).optional() }),
          response: { 200: z.object({ items: z.array(campaignTargetView), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await campaignFor(actor, request.params.id);
        const { items, total } = await listTargets(ctx.db, actor, request.params.id, request.query);
        return { items: items.map(presentTarget), total };
      },
    );

    app.put(
      '/api/supervision/campaigns/:id/targets/:targetId',
      {
        schema: {
          tags,
          summary: '登记检查结果 / record the inspection of a target',
          params: z.object({ id: z.uuid(), targetId: z.uuid() }),
          body: inspectionInput,
          response: { 200: campaignTargetView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id, targetId } = request.params;
        const { now, today } = clockOf(ctx);
        const updated = await recordInspection(ctx.db, actor, id, targetId, request.body, today, now);
        await audit(ctx, request, 'campaign.inspect', `campaign:${id}`, {
          target: targetId,
          result: updated.result,
          caseId: updated.caseId,
          version: updated.version,
        });
        return presentTarget((await findTarget(ctx.db, id, targetId))!);
      },
    );

    app.get(
      '/api/supervision/campaigns/:id/targets/:targetId/cases',
      {
        schema: {
          tags,
          summary: '排查对象涉及的案件（供登记立案） / the target’s cases, to link an inspection to',
          params: z.object({ id: z.uuid(), targetId: z.uuid() }),
          response: { 200: z.object({ items: z.array(campaignTargetCase) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { id, targetId } = request.params;
        await campaignFor(actor, id);
        const found = await findTarget(ctx.db, id, targetId);
        const t = found?.target;
        if (!t) throw errors.notFound({ zh: '该排查对象', en: 'The target' });
        authorize(
          actor,
          campaignPolicies.inspectIn,
          t.street ? { level: 'street', code: t.street } : { level: 'district', code: t.district },
        );
        return { items: await casesOfTarget(ctx.db, actor, t) };
      },
    );

    app.get(
      '/api/supervision/campaigns/:id/report',
      {
        schema: {
          tags,
          summary: '专项排查报告（PDF 或 DOCX） / the campaign report',
          params: idParams,
          querystring: documentFormat,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const campaign = await campaignFor(actor, request.params.id);
        const document = campaignReport(
          campaign,
          await figuresOf(ctx.db, campaign.id),
          await figuresByDistrict(ctx.db, campaign.id),
          clockOf(ctx).today,
        );
        const { format } = request.query;
        const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
        await audit(ctx, request, 'campaign.report', `campaign:${campaign.id}`, { format });
        return reply
          .header('content-type', documentTypes[format])
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(`${campaign.title}.${format}`)}`,
          )
          .send(bytes);
      },
    );
  };
}
