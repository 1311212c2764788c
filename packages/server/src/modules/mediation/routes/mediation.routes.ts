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
import type { FastifyReply, FastifyRequest } from 'fastify';
import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import type { Actor } from '../../../platform/security/actor';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { scopeOf } from '../../cases/case-access';
import { calendarOf, clockOf } from '../../cases/context';
import type { OfficialDocument } from '../../cases/documents/official-document';
import { maskName, maskPhone } from '../../cases/masking';
import { cases } from '../../cases/schema';
import { renderDocx } from '../../cases/documents/docx-renderer';
import { renderPdf } from '../../cases/documents/pdf-renderer';
import { documentTypes } from '../../supervision/routes/letters.routes';
import { agreementDocument } from '../agreement-document';
import { openRequest } from '../commands/open-request';
import { recordMediationOutcome, recordSession } from '../commands/progress';
import { settleSmallClaim } from '../commands/small-claim';
import { handoffDocument } from '../handoff-document';
import { findRequest, listRequests, sessionsOf, type RequestListed } from '../mediation.repository';
import { mediationPolicies } from '../policies';
import { presentRequest } from '../presenters';
import type { MediationRequestRow } from '../schema';

const tags = ['mediation'];
const idParams = z.object({ id: z.uuid() });

/** A mediation document to send: how it is built, the audit-log action of its download and its file name's suffix. */
interface DocumentRequest {
  document: (r: MediationRequestRow) => OfficialDocument;
  action: 'mediation.agreement_export' | 'mediation.handoff_export';
  format: 'pdf' | 'docx';
  suffix: string;
}

export function mediationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    /** Whether the actor sees this request's applicant in full (see `mediationPolicies.seeApplicant`). */
    const seesApplicant = async (actor: Actor, found: RequestListed): Promise<boolean> => {
      const caseId = found.request.caseId;
      if (!caseId) return mediationPolicies.seeApplicant(actor, null);
      const [fromCase] = await ctx.db.select().from(cases).where(eq(cases.id, caseId)).limit(1);
      return fromCase !== undefined && mediationPolicies.seeApplicant(actor, scopeOf(fromCase));
    };

    /** The request page: applicants in full for those who may see them, and each such view is logged. */
    const detail = async (request: FastifyRequest, id: string) => {
      const actor = requireActor(request);
      authorize(actor, mediationPolicies.viewMediation);
      const found = await findRequest(ctx.db, actor, id);
      if (!found) throw errors.notFound({ zh: '该调解申请', en: 'The mediation request' });
      const unmasked = await seesApplicant(actor, found);
      if (unmasked) await audit(ctx, request, 'mediation.view_personal', `mediation:${id}`);
      return presentRequest(found, await sessionsOf(ctx.db, [id]), unmasked);
    };

    /** A document of the request (agreement, hand-off), with the applicant masked for those who may not see them. */
    const sendDocument = async (
      request: FastifyRequest,
      reply: FastifyReply,
      found: RequestListed,
      { document, action, format, suffix }: DocumentRequest,
    ) => {
      const unmasked = await seesApplicant(requireActor(request), found);
      const r = found.request;
      const shown = unmasked
        ? r
        : {
            ...r,
            applicantName: maskName(r.applicantName) ?? '',
            applicantPhone: maskPhone(r.applicantPhone) ?? '',
          };
      const doc = document(shown);
      const bytes = format === 'pdf' ? await renderPdf(doc) : await renderDocx(doc);
      await audit(ctx, request, action, `mediation:${r.id}`, { format, personalData: unmasked });
      return reply
        .header('content-type', documentTypes[format])
        .header(
          'content-disposition',
          `attachment; filename*=UTF-8''${encodeURIComponent(`${r.number}${suffix}.${format}`)}`,
        )
        .send(bytes);
    };

    const viewable = async (request: FastifyRequest, id: string) => {
      const actor = requireActor(request);
      authorize(actor, mediationPolicies.viewMediation);
      const found = await findRequest(ctx.db, actor, id);
      if (!found) throw errors.notFound({ zh: '该调解申请', en: 'The mediation request' });
      return found;
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
        const { now, today } = clockOf(ctx);
        const updated = await recordMediationOutcome(
          ctx.db,
          calendarOf(ctx),
          actor,
          request.params.id,
          request.body,
          today,
          now,
        );
        await audit(ctx, request, 'mediation.outcome', `mediation:${updated.id}`, {
          status: updated.status,
          arbitrationBody: updated.arbitrationBody,
        });
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
        const found = await viewable(request, request.params.id);
        if (found.request.status !== 'agreed') {
          throw errors.conflict({ zh: '尚未达成调解协议', en: 'no agreement has been reached yet' });
        }
        return sendDocument(request, reply, found, {
          document: (r) => agreementDocument(r, found.centre),
          action: 'mediation.agreement_export',
          format: request.query.format,
          suffix: '',
        });
      },
    );

    app.get(
      '/api/mediation/requests/:id/handoff',
      {
        schema: {
          tags,
          summary: '调解不成移交仲裁告知书（PDF 或 DOCX） / the hand-off to labour arbitration',
          params: idParams,
          querystring: documentFormat,
        },
      },
      async (request, reply) => {
        const found = await viewable(request, request.params.id);
        if (found.request.status !== 'arbitration') {
          throw errors.conflict({
            zh: '该调解未移交仲裁',
            en: 'this mediation was not handed to arbitration',
          });
        }
        const sessions = await sessionsOf(ctx.db, [found.request.id]);
        return sendDocument(request, reply, found, {
          document: (r) => handoffDocument(r, found.centre, sessions),
          action: 'mediation.handoff_export',
          format: request.query.format,
          suffix: '-移交仲裁',
        });
      },
    );
  };
}
