import {
  campaignInput,
  campaignResults,
  campaignTargetView,
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
  figuresByDistrict,
  figuresOf,
  findCampaign,
  listCampaigns,
  listTargets,
} from '../campaigns.repository';
import { recordInspection, startCampaign } from '../commands/campaigns';
import { campaignPolicies } from '../policies';
import type { CampaignRow, CampaignTargetRow } from '../schema';
import { documentTypes } from './letters.routes';

const tags = ['supervision'];
const idParams = z.object({ id: z.uuid() });

function presentTarget(t: CampaignTargetRow): z.infer<typeof campaignTargetView> {
  return {
    id: t.id,
    enterpriseId: t.enterpriseId,
    name: t.name,
    district: t.district,
    workersCovered: t.workersCovered,
    result: t.result,
    checkedOn: t.checkedOn,
    checks: t.checks,
    caseFiled: t.caseFiled,
    administrativePenalty: t.administrativePenalty,
    guidanceSent: t.guidanceSent,
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
        const updated = await recordInspection(ctx.db, actor, id, targetId, request.body, clockOf(ctx).today);
        await audit(ctx, request, 'campaign.inspect', `campaign:${id}`, { target: targetId });
        return presentTarget(updated);
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
