import { pageQuery } from '@gigpact/contracts';
import { and, count, desc, eq, isNull } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { registryPolicies } from '../policies';
import { districtName, streetName } from '../region-names';
import { memberships, organisations, platforms } from '../schema';
import { withinArea } from '../scope';

const memberRow = z.object({
  workerId: z.string(),
  platformCode: z.string().nullable(),
  organisation: z.string(),
  district: z.string(),
  districtName: z.object({ zh: z.string(), en: z.string() }),
  street: z.string().nullable(),
  streetName: z.string().nullable(),
  joinedOn: z.string(),
});

/** Current members in the actor's area. Worker ids are pseudonymous, and every read is logged all the same. */
export function memberRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/registry/members',
      {
        schema: {
          tags: ['registry'],
          summary: '会员名单 / members',
          querystring: pageQuery.extend({
            district: z
              .string()
              .regex(/^\d{6}$/)
              .optional(),
          }),
          response: { 200: z.object({ items: z.array(memberRow), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewMembersIn, actor.area);
        const where = and(
          isNull(memberships.leftOn),
          withinArea(actor, memberships.district, memberships.street),
          request.query.district ? eq(memberships.district, request.query.district) : undefined,
        );
        const { page, pageSize } = request.query;
        const [rows, [totals]] = await Promise.all([
          ctx.db
            .select({ m: memberships, platformCode: platforms.code, organisation: organisations.name })
            .from(memberships)
            .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
            .leftJoin(platforms, eq(platforms.id, memberships.platformId))
            .where(where)
            .orderBy(desc(memberships.joinedOn), memberships.workerId)
            .limit(pageSize)
            .offset((page - 1) * pageSize),
          ctx.db.select({ total: count() }).from(memberships).where(where),
        ]);
        await audit(ctx, request, 'member.list', 'members', { page, pageSize, rows: rows.length });
        return {
          total: totals?.total ?? 0,
          items: rows.map(({ m, platformCode, organisation }) => ({
            workerId: m.workerId,
            platformCode,
            organisation,
            district: m.district,
            districtName: districtName(m.district),
            street: m.street,
            streetName: streetName(m.street),
            joinedOn: m.joinedOn,
          })),
        };
      },
    );
  };
}
