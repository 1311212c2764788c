import { caseStatistics, caseTypeNames, caseTypes, complaintFormOptions } from '@gigpact/contracts';
import { asc } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { platforms } from '../../registry/schema';
import { clockOf } from '../context';
import { casePolicies } from '../policies';
import { caseStatistics as statisticsOf } from '../stats';

const tags = ['cases'];

export function overviewRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/cases/stats',
      {
        schema: {
          tags,
          summary: '案件统计 / case figures for the actor’s area',
          response: { 200: caseStatistics },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, casePolicies.viewCases);
        return statisticsOf(ctx.db, actor, clockOf(ctx).today);
      },
    );

    app.get(
      '/api/cases/form-options',
      {
        schema: {
          tags,
          summary: '投诉表单选项 / choices for the complaint form',
          response: { 200: complaintFormOptions },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, casePolicies.viewCases);
        const rows = await ctx.db
          .select({
            code: platforms.code,
            nameZh: platforms.nameZh,
            nameEn: platforms.nameEn,
            industry: platforms.industry,
          })
          .from(platforms)
          .orderBy(asc(platforms.industry), asc(platforms.code));
        return {
          platforms: rows,
          types: caseTypes.map((value) => ({ value, ...caseTypeNames[value] })),
        };
      },
    );
  };
}
