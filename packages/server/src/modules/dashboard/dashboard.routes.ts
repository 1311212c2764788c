import { dashboardResponse, type DashboardFigure } from '@gigpact/contracts';
import { sql } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { AppContext } from '../../app-context';
import { cityMonth } from '../../platform/clock';
import { queryRows } from '../../platform/db/query-rows';
import { requireActor } from '../../platform/http/auth';
import { may } from '../../platform/security/policy';
import { coverageAt } from '../registry/coverage.queries';
import { countOpenFindings } from '../audits/findings/open-findings';
import { findingScopeOf } from '../audits/policies';
import { withinArea } from '../registry/scope';

/**
 * The numbers a union reports, for the user's area and the modules the user may open, each pointing at the list
 * it counts. Figures of modules the user cannot open are left out, not zeroed.
 */
export function dashboardRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/dashboard',
      {
        schema: {
          tags: ['system'],
          summary: '工作台数字 / the dashboard figures',
          response: { 200: dashboardResponse },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const month = cityMonth(ctx.now());
        const figures: DashboardFigure[] = [];
        if (may.useModule(actor, 'registry')) {
          const totals = (await coverageAt(ctx.db, actor, 'total', month, {})).get('total');
          figures.push(
            {
              key: 'platformsWithUnion',
              value: totals?.platformsWithUnion ?? 0,
              of: totals?.platforms ?? 0,
              module: 'registry',
              link: '/registry/platforms',
            },
            {
              key: 'federations',
              value: totals?.federations ?? 0,
              of: null,
              module: 'registry',
              link: '/registry/organisations',
            },
            {
              key: 'enterprisesWithUnion',
              value: totals?.enterprisesWithUnion ?? 0,
              of: totals?.enterprises ?? 0,
              module: 'registry',
              link: '/registry/enterprises',
            },
            {
              key: 'members',
              value: totals?.members ?? 0,
              of: totals?.workers || null,
              module: 'registry',
              link: '/registry/members',
            },
          );
        }
        if (may.useModule(actor, 'agreements')) {
          const [row] = await queryRows<{ n: number }>(
            ctx.db,
            sql`select count(*)::int as n from agreements where status = 'in_force'`,
          );
          figures.push({
            key: 'agreementsInForce',
            value: row?.n ?? 0,
            of: null,
            module: 'agreements',
            link: '/agreements?status=in_force',
          });
        }
        if (may.useModule(actor, 'audits') && findingScopeOf(actor).kind !== 'none') {
          figures.push({
            key: 'openFindings',
            value: await countOpenFindings(ctx.db, ctx.config.dataDir, actor),
            of: null,
            module: 'audits',
            link: '/audits/findings?state=open',
          });
        }
        if (
          may.useModule(actor, 'cases') &&
          ['city_admin', 'district_officer', 'street_officer'].includes(actor.role)
        ) {
          const [row] = await queryRows<{ n: number }>(
            ctx.db,
            sql`select count(*)::int as n from cases c
                where c.status <> 'closed' and ${withinArea(actor, sql`c.district`, sql`c.street`)}`,
          );
          figures.push({
            key: 'openCases',
            value: row?.n ?? 0,
            of: null,
            module: 'cases',
            link: '/cases?state=open',
          });
        }
        return { month, figures };
      },
    );
  };
}
