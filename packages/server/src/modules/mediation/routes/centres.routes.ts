import { centreMediatorInput, mediationCentreInput, mediationCentreView } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { openCentre, seatMediator } from '../commands/centres';
import { findCentre, listCentres, mediatorsOf } from '../mediation.repository';
import { mediationPolicies } from '../policies';
import { presentCentre } from '../presenters';

const tags = ['mediation'];
const idParams = z.object({ id: z.uuid() });

export function centreRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/mediation/centres',
      {
        schema: {
          tags,
          summary: '调解中心 / mediation centres',
          response: { 200: z.object({ items: z.array(mediationCentreView) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, mediationPolicies.viewMediation);
        const centres = await listCentres(ctx.db, actor);
        const mediators = await mediatorsOf(
          ctx.db,
          centres.map((c) => c.id),
        );
        return { items: centres.map((c) => presentCentre(c, mediators)) };
      },
    );

    app.post(
      '/api/mediation/centres',
      {
        schema: {
          tags,
          summary: '设立调解中心 / open a mediation centre',
          body: mediationCentreInput,
          response: { 201: mediationCentreView },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const centre = await openCentre(ctx.db, actor, request.body);
        await audit(ctx, request, 'mediation.centre_create', `mediation_centre:${centre.id}`);
        return reply.status(201).send(presentCentre(centre, []));
      },
    );

    app.post(
      '/api/mediation/centres/:id/mediators',
      {
        schema: {
          tags,
          summary: '安排调解员 / seat a mediator at the centre',
          params: idParams,
          body: centreMediatorInput,
          response: { 200: mediationCentreView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        await seatMediator(ctx.db, actor, request.params.id, request.body.username);
        await audit(ctx, request, 'mediation.centre_mediator', `mediation_centre:${request.params.id}`, {
          username: request.body.username,
        });
        const centre = (await findCentre(ctx.db, request.params.id))!;
        return presentCentre(centre, await mediatorsOf(ctx.db, [centre.id]));
      },
    );
  };
}
