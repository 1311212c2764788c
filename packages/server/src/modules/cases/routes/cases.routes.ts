import {
  assignmentInput,
  caseDetail,
  caseQuery,
  caseSummary,
  complaintInput,
  hotlineCaseInput,
  outcomeInput,
  referralInput,
  transitionInput,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { listCases } from '../cases.repository';
import { assignCase } from '../commands/assign';
import { enterHotlineCase, fileComplaint } from '../commands/intake';
import { recordOutcome } from '../commands/record-outcome';
import { referCase } from '../commands/refer';
import { transitionCase } from '../commands/transition';
import { viewCase } from '../commands/view-case';
import { calendarOf, clockOf } from '../context';
import { casePolicies } from '../policies';
import { presentCaseDetail, presentCaseSummary } from '../presenters';

const tags = ['cases'];
const idParams = z.object({ id: z.uuid() });
const created = z.object({ id: z.string(), number: z.string(), version: z.number() });

export function caseRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    /** Returns the case page, logging the view when it shows personal data. */
    const detailOf = async (request: Parameters<typeof requireActor>[0], id: string) => {
      const actor = requireActor(request);
      const { today } = clockOf(ctx);
      const view = await viewCase(ctx.db, actor, id, today);
      if (view.showPersonalData) await audit(ctx, request, 'case.view_personal', `case:${id}`);
      return presentCaseDetail(view, today);
    };

    app.get(
      '/api/cases',
      {
        schema: {
          tags,
          summary: '案件列表（姓名已遮蔽） / cases, names masked',
          querystring: caseQuery,
          response: { 200: z.object({ items: z.array(caseSummary), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, casePolicies.viewCases);
        const { items, total } = await listCases(ctx.db, actor, request.query, clockOf(ctx).today);
        return { items: items.map(presentCaseSummary), total };
      },
    );

    app.get(
      '/api/cases/:id',
      {
        schema: {
          tags,
          summary: '案件详情与时间线 / a case with its timeline',
          params: idParams,
          response: { 200: caseDetail },
        },
      },
      async (request) => detailOf(request, request.params.id),
    );

    app.post(
      '/api/cases/complaints',
      {
        schema: {
          tags,
          summary: '劳动者投诉 / a worker files a complaint',
          body: complaintInput,
          response: { 201: created },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        const c = await fileComplaint(ctx.db, calendarOf(ctx), actor, request.body, today, now);
        await audit(ctx, request, 'case.complaint', `case:${c.id}`);
        return reply.status(201).send({ id: c.id, number: c.number, version: c.version });
      },
    );

    app.post(
      '/api/cases/hotline',
      {
        schema: {
          tags,
          summary: '热线登记案件 / an officer enters a hotline case',
          body: hotlineCaseInput,
          response: { 201: created },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        const c = await enterHotlineCase(ctx.db, calendarOf(ctx), actor, request.body, today, now);
        await audit(ctx, request, 'case.hotline', `case:${c.id}`);
        return reply.status(201).send({ id: c.id, number: c.number, version: c.version });
      },
    );

    app.post(
      '/api/cases/:id/transitions',
      {
        schema: {
          tags,
          summary: '流转（带版本号） / move the case on (with the version seen)',
          params: idParams,
          body: transitionInput,
          response: { 200: caseDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        await transitionCase(ctx.db, calendarOf(ctx), actor, request.params.id, request.body, today, now);
        await audit(ctx, request, 'case.transition', `case:${request.params.id}`, { to: request.body.to });
        return detailOf(request, request.params.id);
      },
    );

    app.post(
      '/api/cases/:id/assignment',
      {
        schema: {
          tags,
          summary: '交办 / hand the case to another office of its area',
          params: idParams,
          body: assignmentInput,
          response: { 200: caseDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        await assignCase(ctx.db, actor, request.params.id, request.body, today, now);
        await audit(ctx, request, 'case.assign', `case:${request.params.id}`, {
          office: request.body.office,
        });
        return detailOf(request, request.params.id);
      },
    );

    app.post(
      '/api/cases/:id/referral',
      {
        schema: {
          tags,
          summary: '移送检察院（附证据） / refer to the procuratorate with the evidence',
          params: idParams,
          body: referralInput,
          response: { 200: caseDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        await referCase(ctx.db, calendarOf(ctx), actor, request.params.id, request.body, today, now);
        await audit(ctx, request, 'case.refer', `case:${request.params.id}`, {
          procuratorate: request.body.procuratorateDistrict,
        });
        return detailOf(request, request.params.id);
      },
    );

    app.post(
      '/api/cases/:id/outcomes',
      {
        schema: {
          tags,
          summary: '记录处理结果（检察建议、立案、行政处理、整改） / record an outcome',
          params: idParams,
          body: outcomeInput,
          response: { 200: caseDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        await recordOutcome(ctx.db, calendarOf(ctx), actor, request.params.id, request.body, today, now);
        await audit(ctx, request, 'case.outcome', `case:${request.params.id}`, { kind: request.body.kind });
        return detailOf(request, request.params.id);
      },
    );
  };
}
