import { regionTree } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';

const named = z.object({ code: z.string(), zh: z.string(), en: z.string() });
const regionsResponse = z.object({
  city: named,
  districts: z.array(named.extend({ streets: z.array(named) })),
});

/** The administrative divisions areas are chosen from. Public reference data. */
export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/api/regions',
    {
      schema: {
        tags: ['regions'],
        summary: '行政区划 / administrative divisions',
        response: { 200: regionsResponse },
      },
    },
    async (_request, reply) => {
      void reply.header('cache-control', 'public, max-age=3600');
      return regionTree;
    },
  );
};
