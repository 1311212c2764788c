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
import type { Database } from '../../../platform/db/client';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { platformOfRepresentative } from '../../datasets/platform-of-actor';
import { platformCodes } from '../../registry/platforms.repository';
import { coveredPlatforms } from '../metrics/agreement-params';
import { evaluateStoredAgreement } from '../commands/evaluate-agreement';
import { inferStoredAlgorithm } from '../commands/infer-algorithm';
import { listEvaluableAgreements } from '../commands/list-agreements';
import { loadCurrentAgreement } from '../commands/load-agreement';
import { governancePolicies, resolveScope } from '../policies';
import { unknownScopeIssues, unmeasuredMetricIssues, type RegisteredPlatform } from '../query-checks';

const idParams = z.object({ id: z.string().min(2).max(82) });

/** The registry's platforms (as `/api/public/platform-names` lists them), with their industries. */
const registeredPlatforms = async (db: Database): Promise<RegisteredPlatform[]> => [
  ...(await platformCodes(db)).values(),
];

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
        return {
          items: await listEvaluableAgreements(ctx.db, ctx.config.dataDir, platformOfRepresentative(actor)),
        };
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
        authorize(actor, governancePolicies.analyse);
        // What names nothing is a mistake (400) before any question of who may see it (403).
        const { document } = await loadCurrentAgreement(ctx.db, request.params.id);
        const issues = [
          ...unknownScopeIssues(query, await registeredPlatforms(ctx.db), document.industry),
          ...unmeasuredMetricIssues(query.metric, document.industry),
        ];
        if (issues.length > 0) throw errors.validation(issues);
        authorize(actor, governancePolicies.analyseScope, query);
        const own = platformOfRepresentative(actor);
        if (own !== null) {
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
        authorize(actor, governancePolicies.analyse);
        const issues = unknownScopeIssues(
          request.query,
          await registeredPlatforms(ctx.db),
          request.query.industry,
        );
        if (issues.length > 0) throw errors.validation(issues);
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
