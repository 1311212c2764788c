import {
  documentFormat,
  letterInput,
  letterKinds,
  letterResponseInput,
  letterView,
  pageQuery,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { audit } from '../../audit-log/audit';
import { personalFilesWithheld } from '../../cases/case-access';
import { calendarOf, clockOf } from '../../cases/context';
import { presentLetter } from '../../cases/presenters';
import { issueLetter } from '../commands/issue-letter';
import { letterFile } from '../commands/letter-document';
import { recordLetterResponse } from '../commands/record-response';
import { listLetters } from '../letters.repository';
import { authorize } from '../../../platform/security/policy';
import { casePolicies } from '../../cases/policies';

const tags = ['supervision'];

export const documentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

export function letterRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/supervision/letters',
      {
        schema: {
          tags,
          summary: '函书台账（可筛选逾期未答复） / letters, optionally the overdue unanswered ones',
          querystring: pageQuery.extend({
            kind: z.enum(letterKinds).optional(),
            overdue: z.enum(['true', 'false']).optional(),
          }),
          response: {
            200: z.object({
              items: z.array(letterView.extend({ caseNumber: z.string() })),
              total: z.number(),
            }),
          },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, casePolicies.viewCases);
        const { today } = clockOf(ctx);
        const { items, total } = await listLetters(
          ctx.db,
          actor,
          { ...request.query, overdue: request.query.overdue === 'true' },
          today,
        );
        return { items: items.map((l) => ({ ...presentLetter(l, today), caseNumber: l.caseNumber })), total };
      },
    );

    app.post(
      '/api/cases/:id/letters',
      {
        schema: {
          tags,
          summary: '制发提示函、意见书或建议书 / issue a reminder, opinion or recommendation letter',
          params: z.object({ id: z.uuid() }),
          body: letterInput,
          response: { 201: letterView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        const letter = await issueLetter(
          ctx.db,
          calendarOf(ctx),
          actor,
          request.params.id,
          request.body,
          today,
          now,
        );
        await audit(ctx, request, 'letter.issue', `case:${request.params.id}`, { letter: letter.number });
        return reply.status(201).send(presentLetter(letter, today));
      },
    );

    app.post(
      '/api/supervision/letters/:id/response',
      {
        schema: {
          tags,
          summary: '记录书面答复 / record the written answer',
          params: z.object({ id: z.uuid() }),
          body: letterResponseInput,
          response: { 200: letterView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const { now, today } = clockOf(ctx);
        const letter = await recordLetterResponse(ctx.db, actor, request.params.id, request.body, today, now);
        await audit(ctx, request, 'letter.response', `letter:${letter.id}`);
        return presentLetter(letter, today);
      },
    );

    app.get(
      '/api/supervision/letters/:id/document',
      {
        schema: {
          tags,
          summary: '函书文件（PDF 或 DOCX，公文格式） / the letter as PDF or DOCX in official layout',
          params: z.object({ id: z.uuid() }),
          querystring: documentFormat,
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { format } = request.query;
        const file = await letterFile(ctx.db, actor, request.params.id, format, clockOf(ctx).today);
        if (file.withheld) {
          await audit(ctx, request, 'letter.export_refused', `case:${file.caseId}`, {
            letter: request.params.id,
            format,
          });
          throw personalFilesWithheld();
        }
        await audit(ctx, request, 'letter.export', `case:${file.caseId}`, {
          letter: request.params.id,
          format,
        });
        return reply
          .header('content-type', documentTypes[format])
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .send(file.bytes);
      },
    );
  };
}
