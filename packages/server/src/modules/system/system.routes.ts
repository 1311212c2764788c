import { systemInfo } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/http/auth';

export const productVersion = '0.1.0';

export function systemRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/health',
      {
        schema: {
          tags: ['system'],
          summary: '健康检查 / health: 200 once migrations are applied, 503 before',
          response: {
            200: z.object({ status: z.literal('ok') }),
            503: z.object({ status: z.literal('starting') }),
          },
        },
      },
      async (_request, reply) =>
        ctx.readiness.ready
          ? { status: 'ok' as const }
          : reply.status(503).send({ status: 'starting' as const }),
    );

    app.get(
      '/api/system',
      { schema: { tags: ['system'], summary: '系统信息 / system facts', response: { 200: systemInfo } } },
      async (request) => {
        requireActor(request);
        return {
          version: productVersion,
          database: ctx.databaseKind,
          demoData: ctx.demo.seeded,
          startedAt: ctx.startedAt.toISOString(),
        };
      },
    );
  };
}
