import { statSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from './errors';

function isFile(filePath: string): boolean {
  try {
    return statSync(filePath).isFile();
  } catch {
    return false;
  }
}

/**
 * Serves the built web client and answers every other non-API GET with its index.html, so client-side routes
 * survive a reload. Hashed assets are cached for a year; index.html never.
 */
export async function serveWebClient(app: FastifyInstance, distDir: string): Promise<boolean> {
  if (!isFile(path.join(distDir, 'index.html'))) return false;
  await app.register(fastifyStatic, { root: distDir, serve: false });
  app.get('/*', { schema: { hide: true } }, async (request, reply) => {
    const url = decodeURIComponent(request.url.split('?')[0] ?? '/');
    if (url.startsWith('/api/')) throw new AppError('ROUTE_NOT_FOUND');
    const relative = path.posix.normalize(url).replace(/^\/+/, '');
    if (relative && !relative.startsWith('..') && isFile(path.join(distDir, relative))) {
      const immutable = relative.startsWith('assets/');
      return reply
        .header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache')
        .sendFile(relative);
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
  return true;
}
