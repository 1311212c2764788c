import { platformInput, platformNamesView, platformSummary } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { registryPolicies } from '../policies';
import { presentPlatform } from '../presenters';
import {
  findPlatformByCode,
  insertPlatform,
  listPlatformNames,
  listPlatforms,
  updatePlatform,
} from '../platforms.repository';

const tags = ['registry'];

export function platformRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/registry/platforms',
      {
        schema: {
          tags,
          summary: '平台列表 / platforms',
          response: { 200: z.object({ items: z.array(platformSummary) }) },
        },
      },
      async (request) => {
        authorize(requireActor(request), registryPolicies.viewRegistry);
        return { items: (await listPlatforms(ctx.db)).map(presentPlatform) };
      },
    );

    app.get(
      '/api/public/platform-names',
      {
        schema: {
          tags: ['public'],
          summary: '平台名称（公开） / the platforms’ names (public)',
          response: { 200: platformNamesView },
        },
      },
      // Platforms' names are public, as on the public scorecards and agreements: no account is needed to read them.
      async () => ({ items: await listPlatformNames(ctx.db) }),
    );

    app.get(
      '/api/registry/platforms/:code',
      {
        schema: {
          tags,
          summary: '平台详情 / a platform',
          params: z.object({ code: z.string() }),
          response: { 200: platformSummary },
        },
      },
      async (request) => {
        authorize(requireActor(request), registryPolicies.viewRegistry);
        const found = (await listPlatforms(ctx.db)).find((p) => p.code === request.params.code);
        if (!found) throw errors.notFound({ zh: '该平台', en: 'The platform' });
        return presentPlatform(found);
      },
    );

    app.post(
      '/api/registry/platforms',
      {
        schema: {
          tags,
          summary: '登记平台 / register a platform',
          body: platformInput,
          response: { 201: platformSummary },
        },
      },
      async (request, reply) => {
        authorize(requireActor(request), registryPolicies.changePlatforms);
        const created = await insertPlatform(ctx.db, request.body);
        if (!created)
          throw errors.conflict({
            zh: `平台代码 ${request.body.code} 已存在`,
            en: `platform code ${request.body.code} exists`,
          });
        await audit(ctx, request, 'platform.create', `platform:${created.code}`);
        return reply
          .status(201)
          .send(presentPlatform({ ...created, enterprises: 0, enterprisesWithUnion: 0, members: 0 }));
      },
    );

    app.patch(
      '/api/registry/platforms/:code',
      {
        schema: {
          tags,
          summary: '修改平台 / change a platform',
          params: z.object({ code: z.string() }),
          body: platformInput.omit({ code: true }).partial(),
          response: { 200: platformSummary },
        },
      },
      async (request) => {
        authorize(requireActor(request), registryPolicies.changePlatforms);
        const existing = await findPlatformByCode(ctx.db, request.params.code);
        if (!existing) throw errors.notFound({ zh: '该平台', en: 'The platform' });
        await updatePlatform(ctx.db, existing.id, request.body);
        await audit(ctx, request, 'platform.update', `platform:${existing.code}`, {
          changes: Object.keys(request.body),
        });
        const found = (await listPlatforms(ctx.db)).find((p) => p.id === existing.id);
        return presentPlatform(found!);
      },
    );
  };
}
