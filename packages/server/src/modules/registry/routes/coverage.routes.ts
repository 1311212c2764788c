import {
  coverageQuery,
  coverageResponse,
  coverageTrendResponse,
  industries,
  type CoverageRow,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { cityMonth, monthsEndingWith } from '../../../platform/clock';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { coverageAt, nameOfKey, scopeName, toCoverageRow, workforceKnown } from '../coverage.queries';
import { listPlatforms } from '../platforms.repository';
import { registryPolicies } from '../policies';
import { regionTree } from '@gigpact/contracts';

const tags = ['registry'];

export function coverageRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/registry/coverage',
      {
        schema: {
          tags,
          summary:
            '建会率与入会率（按区、街镇、行业、平台） / union coverage by district, street, industry or platform',
          querystring: coverageQuery,
          response: { 200: coverageResponse },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewRegistry);
        const { by, district, industry } = request.query;
        const month = request.query.month ?? cityMonth(ctx.now());
        const filters = { district, industry };
        const [grouped, totals] = await Promise.all([
          coverageAt(ctx.db, actor, by, month, filters),
          coverageAt(ctx.db, actor, 'total', month, filters),
        ]);
        const platformNames = new Map(
          (await listPlatforms(ctx.db)).map((p) => [p.code, { zh: p.nameZh, en: p.nameEn }]),
        );
        const keys = allKeys(
          by,
          grouped,
          actor.area.level === 'city' ? undefined : actor.area.code.slice(0, 6),
        );
        const rowsKnowWorkers = workforceKnown(actor.area, by);
        const rows: CoverageRow[] = keys.map((key) =>
          toCoverageRow(
            key,
            nameOfKey(by, key, platformNames, actor.area),
            grouped.get(key),
            rowsKnowWorkers,
          ),
        );
        const total = toCoverageRow(
          'total',
          scopeName(actor.area),
          totals.get('total'),
          workforceKnown(actor.area, 'total'),
        );
        return { month, by, rows, total };
      },
    );

    app.get(
      '/api/registry/coverage/trend',
      {
        schema: {
          tags,
          summary: '覆盖率月度趋势 / monthly coverage trend',
          querystring: coverageQuery
            .omit({ by: true })
            .extend({ months: z.coerce.number().int().min(1).max(60).default(12) }),
          response: { 200: coverageTrendResponse },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewRegistry);
        const last = request.query.month ?? cityMonth(ctx.now());
        const filters = { district: request.query.district, industry: request.query.industry };
        const points = [];
        for (const month of monthsEndingWith(last, request.query.months)) {
          const row = toCoverageRow(
            'total',
            { zh: '', en: '' },
            (await coverageAt(ctx.db, actor, 'total', month, filters)).get('total'),
            workforceKnown(actor.area, 'total'),
          );
          points.push({
            month,
            members: row.members,
            workers: row.workers,
            enterprises: row.enterprises,
            enterprisesWithUnion: row.enterprisesWithUnion,
            platformsWithUnion: row.platformsWithUnion,
            foundingRate: row.foundingRate,
            membershipRate: row.membershipRate,
          });
        }
        return { points };
      },
    );
  };
}

/** Every key a dimension has, so districts without any record still appear (with zeros) on the map. */
function allKeys(by: string, grouped: Map<string, unknown>, district: string | undefined): string[] {
  const found = [...grouped.keys()];
  if (by === 'district') {
    const codes = regionTree.districts.map((d) => d.code).filter((c) => !district || c === district);
    return codes;
  }
  if (by === 'industry') return [...industries];
  if (by === 'street') return found.filter((k) => k.length === 9).sort();
  return found.filter((k) => k !== regionTree.city.code).sort();
}
