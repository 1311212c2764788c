import { caseQuery, caseStatusNames, caseTypeNames } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { contentTypes, exportTable } from '../../../platform/files/export';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { caseFor } from '../case-access';
import { allCases } from '../cases.repository';
import { evidenceLines } from '../documents/evidence-sheet';
import { clockOf } from '../context';
import { casePolicies } from '../policies';
import { presentCaseSummary } from '../presenters';

const tags = ['cases'];
const overdueWords = { zh: { yes: '是', no: '否' }, en: { yes: 'yes', no: 'no' } } as const;

/** The case list as a spreadsheet: names masked as in lists, and every export logged. */
export function caseExportRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cases/export',
      {
        schema: {
          tags,
          summary: '导出案件台账（姓名已遮蔽） / export the case list, names masked',
          querystring: caseQuery
            .omit({ page: true, pageSize: true, sort: true, order: true })
            .extend({ format: z.enum(['csv', 'xlsx']).default('csv') }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        authorize(actor, casePolicies.viewCases);
        const { format, ...query } = request.query;
        // Headers in both languages; names and states in the reader's (streets and platforms have Chinese names).
        const lang = actor.language;
        const rows = (await allCases(ctx.db, actor, query, clockOf(ctx).today)).map(presentCaseSummary);
        const file = await exportTable(
          rows,
          [
            { header: '案件编号 number', value: (r) => r.number },
            { header: '类别 type', value: (r) => caseTypeNames[r.type][lang] },
            { header: '状态 status', value: (r) => caseStatusNames[r.status][lang] },
            { header: '案由 title', value: (r) => r.title },
            { header: '区 district', value: (r) => r.districtName[lang] },
            { header: '街镇 street', value: (r) => r.streetName },
            { header: '平台 platform', value: (r) => r.platformName },
            { header: '投诉人 complainant', value: (r) => r.complainant },
            { header: '涉及人数 workers', value: (r) => r.workersAffected },
            { header: '涉及金额 amount', value: (r) => r.amountClaimed },
            { header: '受理日期 opened_on', value: (r) => r.openedOn },
            { header: '最近期限 next_deadline', value: (r) => r.nextDeadline },
            {
              header: '逾期 overdue',
              value: (r) => (r.overdue ? overdueWords[lang].yes : overdueWords[lang].no),
            },
          ],
          format,
          '案件台账',
        );
        await audit(ctx, request, 'case.export', 'cases', { rows: rows.length, format });
        return reply
          .header('content-type', contentTypes[format])
          .header('content-disposition', `attachment; filename="cases.${format}"`)
          .send(file);
      },
    );

    app.get(
      '/api/cases/:id/evidence',
      {
        schema: {
          tags,
          summary: '移送案件的证据包（XLSX 或 CSV） / the evidence bundle of a referred case',
          params: z.object({ id: z.uuid() }),
          querystring: z.object({ format: z.enum(['csv', 'xlsx']).default('xlsx') }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const { format } = request.query;
        const found = await caseFor(ctx.db, actor, request.params.id, clockOf(ctx).today);
        const { evidence, referredTo, number } = found.case;
        if (!referredTo || !evidence) {
          throw errors.conflict({
            zh: '只有附证据包并已移送检察院的案件才能导出证据包',
            en: 'Only a case referred to the procuratorate with an evidence bundle has one to export',
          });
        }
        const lines = evidenceLines(number, evidence);
        const file = await exportTable(
          lines,
          [
            { header: '部分 part', value: (l) => l.part },
            { header: '项目 item', value: (l) => l.item },
            { header: '内容 value', value: (l) => l.value },
          ],
          format,
          '证据包',
        );
        await audit(ctx, request, 'case.evidence_export', `case:${found.case.id}`, {
          format,
          resultHash: evidence.resultHash,
          rows: evidence.evidenceRowIds.length,
        });
        return reply
          .header('content-type', contentTypes[format])
          .header(
            'content-disposition',
            `attachment; filename*=UTF-8''${encodeURIComponent(`${number}-证据包.${format}`)}`,
          )
          .send(file);
      },
    );
  };
}
