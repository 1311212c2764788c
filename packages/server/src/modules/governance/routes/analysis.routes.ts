import {
  evaluationQuery,
  evaluationView,
  governanceAgreementView,
  inferenceQuery,
  inferenceView,
} from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { platformOfRepresentative } from '../../datasets/platform-of-actor';
import { coveredPlatforms } from '../metrics/agreement-params';
import { evaluateStoredAgreement } from '../commands/evaluate-agreement';
import { inferStoredAlgorithm } from '../commands/infer-algorithm';
import { listEvaluableAgreements } from '../commands/list-agreements';
import { loadCurrentAgreement } from '../commands/load-agreement';
import { governancePolicies, resolveScope } from '../policies';

const idParams = z.object({ id: z.string().min(2).max(82) });

/** Evaluation of agreements and inference of platform algorithms, inside the reader's area and platform. */
export function analysisRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/governance/agreements',
      {
        schema: {
          tags: ['governance'],
          summary: '可评估的协议 / agreements to evaluate',
          response: { 200: z.object({ items: z.array(governanceAgreementView) }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, governancePolicies.analyse);
        return { items: await listEvaluableAgreements(ctx.db, platformOfRepresentative(actor)) };
      },
    );

    app.get(
      '/api/governance/agreements/:id/evaluation',
      {
        schema: {
          tags: ['governance'],
          summary: '协议实施前后与双重差分 / before/after and difference-in-differences of an agreement',
          params: idParams,
          querystring: evaluationQuery,
          response: { 200: evaluationView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const query = request.query;
        authorize(actor, governancePolicies.analyseScope, query);
        const own = platformOfRepresentative(actor);
        if (own !== null) {
          const { document } = await loadCurrentAgreement(ctx.db, request.params.id);
          const covered = coveredPlatforms(document);
          authorize(actor, governancePolicies.analyseScope, {
            platform: covered.length === 0 || covered.includes(own) ? own : '-',
          });
        }
        return evaluateStoredAgreement(ctx.db, ctx.config.dataDir, {
          agreementId: request.params.id,
          scope: resolveScope(actor, query),
          replicates: query.replicates,
          seed: query.seed,
          ...(query.metric ? { metric: query.metric } : {}),
        });
      },
    );

    app.get(
      '/api/governance/inference',
      {
        schema: {
          tags: ['governance'],
          summary: '平台算法推断 / a platform’s time and pay functions inferred from outcomes',
          querystring: inferenceQuery,
          response: { 200: inferenceView },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, governancePolicies.analyseScope, request.query);
        return inferStoredAlgorithm(ctx.db, ctx.config.dataDir, {
          industry: request.query.industry,
          scope: resolveScope(actor, request.query),
          seed: request.query.seed,
        });
      },
    );
  };
}
