import { readFile } from 'node:fs/promises';
import { shanghaiDistrictTiles } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';

/** The district map: the bundled schematic tiles, and the deployment's own GeoJSON when configured. */
export function mapRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  let geoJson: Promise<unknown> | undefined;
  return async (app) => {
    app.get(
      '/api/registry/map',
      {
        schema: {
          tags: ['registry'],
          summary: '区级地图 / district map',
          response: {
            200: z.object({
              tiles: z.array(z.object({ code: z.string(), column: z.number(), row: z.number() })),
              geoJson: z.unknown().nullable(),
            }),
          },
        },
      },
      async (request) => {
        requireActor(request);
        if (ctx.config.mapGeoJsonFile)
          geoJson ??= readFile(ctx.config.mapGeoJsonFile, 'utf8').then(JSON.parse);
        return { tiles: [...shanghaiDistrictTiles], geoJson: geoJson ? await geoJson : null };
      },
    );
  };
}
