import { libraryRules } from '@gigpact/rules';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
/**
 * The standard rule library: what each rule checks and the parameters it takes. Public, like the agreements in
 * force that use it — disclosing the rules is part of the agreements.
 */
export const ruleLibraryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/public/rules',
    {
      schema: {
        tags: ['public'],
        summary: '标准规则库 / the standard rule library',
        response: { 200: z.object({ items: z.array(z.record(z.string(), z.unknown())) }) },
      },
    },
    async () => {
      return { items: libraryRules.map((rule) => ({ ...rule }) as Record<string, unknown>) };
    },
  );
};
