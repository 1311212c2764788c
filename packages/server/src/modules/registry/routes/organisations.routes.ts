import { organisationDetail, organisationNode } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { listOrganisationChildren } from '../organisations.repository';
import { registryPolicies } from '../policies';
import { maskPhone, presentOrganisation } from '../presenters';

const tags = ['registry'];

export function organisationRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/registry/organisations',
      {
        schema: {
          tags,
          summary: '工会组织树（逐层展开） / the union organisation tree, one level at a time',
          querystring: z.object({ parent: z.uuid().optional() }),
          response: { 200: z.object({ items: z.array(organisationNode) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewRegistry);
        const items = await listOrganisationChildren(ctx.db, actor, request.query.parent ?? null);
        return { items: items.map(presentOrganisation) };
      },
    );

    app.get(
      '/api/registry/organisations/:id',
      {
        schema: {
          tags,
          summary: '工会组织详情，含联系人 / one organisation with its contact',
          params: z.object({ id: z.uuid() }),
          response: { 200: organisationDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.viewRegistry);
        const [self] = await listOrganisationChildren(ctx.db, actor, null, request.params.id);
        if (!self) throw errors.notFound({ zh: '该组织', en: 'The organisation' });
        const o = self.organisation;
        const fullContact = actor.role !== 'street_officer' || o.regionCode === actor.area.code;
        if (o.contactPhone) {
          await audit(ctx, request, 'organisation.contact_view', `organisation:${o.id}`, {
            masked: !fullContact,
          });
        }
        return {
          ...presentOrganisation(self),
          contactName: o.contactName,
          contactPhone: fullContact ? o.contactPhone : maskPhone(o.contactPhone),
        };
      },
    );
  };
}
