import { libraryRules } from '@gigpact/rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireActor } from '../../../platform/http/auth';
import { authorize } from '../../../platform/security/policy';
import { agreementPolicies } from '../policies';

/** The standard rule library, for the clause editor and for anyone reading an agreement. */
export const ruleLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/rules',
    {
      schema: {
        tags: ['agreements'],
        summary: '标准规则库 / the standard rule library',
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
      },
    },
    async (request) => {
      authorize(requireActor(request), agreementPolicies.viewAgreements);
      return { items: libraryRules.map((rule) => ({ ...rule }) as Record<string, unknown>) };
    },
  );
};
