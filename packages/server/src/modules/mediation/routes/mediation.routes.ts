import {
  documentFormat,
  mediationOutcomeInput,
  mediationQuery,
  mediationRequestInput,
  mediationView,
  sessionInput,
  smallClaimInput,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { clockOf } from '../../cases/context';
import { renderDocx } from '../../cases/documents/docx-renderer';
import { renderPdf } from '../../cases/documents/pdf-renderer';
import { documentTypes } from '../../supervision/routes/letters.routes';
import { agreementDocument } from '../agreement-document';
import { openRequest } from '../commands/open-request';
import { recordMediationOutcome, recordSession } from '../commands/progress';
import { settleSmallClaim } from '../commands/small-claim';
import { findRequest, listRequests, sessionsOf } from '../mediation.repository';
import { mediationPolicies } from '../policies';
import { presentRequest } from '../presenters';

const tags = ['mediation'];
const idParams = z.object({ id: z.uuid() });

export function mediationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    /** The request page, in full: applicants' names and phones, so the view is logged. */
    const detail = async (request: FastifyRequest, id: string) => {
      const actor = requireActor(request);
      authorize(actor, mediationPolicies.viewMediation);
      const found = await findRequest(ctx.db, actor, id);
      if (!found) throw errors.notFound({ zh: '该调解申请', en: 'The mediation request' });
      await audit(ctx, request, 'mediation.view_personal', `mediation:${id}`);
      return presentRequest(found, await sessionsOf(ctx.db, [id]), true);
    };

    app.get(
      '/api/mediation/requests',
      {
        schema: {
          tags,
          summary: '调解申请（姓名已遮蔽） / mediation requests, names masked',
          querystring: mediationQuery,
          response: { 200: z.object({ items: z.array(mediationView), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, mediationPolicies.viewMediation);
        const { items, total } = await listRequests(ctx.db, actor, request.query);
        const sessions = await sessionsOf(
          ctx.db,
          items.map((i) => i.request.id),
        );
        return { items: items.map((i) => presentRequest(i, sessions, false)), total };
      },
    );

    app.get(
      '/api/mediation/requests/:id',
      {
        schema: {
          tags,
          summary: '调解申请详情 / a mediation request',
          params: idParams,
          response: { 200: mediationView },
        },
      },
      async (request) => detail(request, request.params.id),
    );

    app.post(
      '/api/mediation/requests',
      {
        schema: {
          tags,
          summary: '调解申请（来自案件或来访） / a request, from a case or a walk-in',
          body: mediationRequestInput,
          response: { 201: mediationView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        const created = await openRequest(ctx.db, actor, request.body, today, now);
        await audit(ctx, request, 'mediation.request', `mediation:${created.id}`);
        return reply.status(201).send(await detail(request, created.id));
      },
    );

    app.post(
      '/api/mediation/requests/:id/sessions',
      {
        schema: {
          tags,
          summary: '登记调解会 / record a sitting',
          params: idParams,
          body: sessionInput,
          response: { 200: mediationView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await recordSession(ctx.db, actor, request.params.id, request.body, ctx.now());
        await audit(ctx, request, 'mediation.session', `mediation:${request.params.id}`);
        return detail(request, request.params.id);
      },
    );

    app.post(
      '/api/mediation/requests/:id/outcome',
      {
        schema: {
          tags,
          summary:
            '调解结果：达成协议、调解不成（转仲裁）或撤回 / agreement, failure (to arbitration) or withdrawal',
          params: idParams,
          body: mediationOutcomeInput,
          response: { 200: mediationView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const updated = await recordMediationOutcome(
          ctx.db,
          actor,
          request.params.id,
          request.body,
          ctx.now(),
        );
        await audit(ctx, request, 'mediation.outcome', `mediation:${updated.id}`, { status: updated.status });
        return detail(request, request.params.id);
      },
    );

    app.post(
      '/api/mediation/small-claims',
      {
        schema: {
          tags,
          summary: '小额欠薪当场调解（一步完成） / settle a small wage claim in one step',
          body: smallClaimInput,
          response: { 201: mediationView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        const settled = await settleSmallClaim(ctx.db, actor, request.body, today, now);
        await audit(ctx, request, 'mediation.small_claim', `mediation:${settled.id}`, {
          amountRecovered: settled.amountRecovered,
        });
        return reply.status(201).send(await detail(request, settled.id));
      },
    );

    app.get(
      '/api/mediation/requests/:id/agreement',
      {
        schema: {
          tags,
          summary: '调解协议书（PDF 或 DOCX） / the mediation agreement',
          params: idParams,
          querystring: documentFormat,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, mediationPolicies.viewMediation);
        const found = await findRequest(ctx.db, actor, request.params.id);
        if (!found) throw errors.notFound({ zh: '该调解申请', en: 'The mediation request' });
        if (found.request.status !== 'agreed') {
          throw errors.conflict({ zh: '尚未达成调解协议', en: 'no agreement has been reached yet' });
        }
        const document = agreementDocument(found.request, found.centre);
        const { format } = request.query;
        const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
        await audit(ctx, request, 'mediation.agreement_export', `mediation:${found.request.id}`, { format });
        return reply
          .header('content-type', documentTypes[format])
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(`${found.request.number}.${format}`)}`,
          )
          .send(bytes);
      },
    );
  };
}
