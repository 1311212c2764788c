import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, pipeline, type Readable } from 'node:stream';
import {
  datasetDetail,
  datasetIngestResult,
  datasetQuery,
  datasetSummary,
  datasetUploadQuery,
  unregisteredPlatformsOf,
} from '@gigpact/contracts';
import { adapters, exportDatasetCsv, readManifest, readStoredErrors } from '@gigpact/datasets';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { ingestAndRecord } from '../commands/ingest-and-record';
import { findDatasetRow, listDatasetRows } from '../datasets.repository';
import { registeredPlatformCodes } from '../../registry/platforms.repository';
import { platformOfRepresentative } from '../platform-of-actor';
import { datasetPolicies, publicKinds } from '../policies';
import { presentDataset, presentDatasetDetail, presentIngestResult } from '../presenters';
import { limitBytes, tooLarge, UploadTooLarge, uploadLimitBytes } from './upload-limit';

const tags = ['datasets'];
const datasetId = z.string().regex(/^[0-9a-f]{64}$/);

/**
 * The dataset catalogue: upload a platform export (the raw request body, streamed into the ingest), list and
 * read catalogue rows, download the rows an ingest refused.
 */
export function datasetRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    // In this plugin only: any body, JSON included, reaches the handler as the unread request stream.
    app.removeAllContentTypeParsers();
    app.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

    app.post(
      '/api/datasets',
      {
        bodyLimit: uploadLimitBytes,
        schema: {
          tags,
          summary: '上传平台数据，校验后入库 / upload a platform export into a canonical dataset',
          querystring: datasetUploadQuery,
          response: { 200: datasetIngestResult },
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const query = request.query;
        const adapter = query.format ? adapters[query.format] : undefined;
        const kind = adapter?.kind ?? query.kind;
        if (!kind || (adapter && query.kind && query.kind !== adapter.kind)) {
          throw errors.validation([
            {
              path: ['kind'],
              zh: adapter ? `格式 ${query.format} 只能生成 ${adapter.kind}` : '请指定数据集类型',
              en: adapter
                ? `format ${query.format} produces ${adapter.kind}`
                : 'the dataset kind is required',
            },
          ]);
        }
        const own = platformOfRepresentative(actor);
        const platform = query.platform ?? own ?? undefined;
        authorize(actor, datasetPolicies.upload, { kind, platform: platform ?? null });
        const pseudonymKey = ctx.config.pseudonymKey;
        if (!pseudonymKey) {
          throw errors.validation([
            {
              path: ['file'],
              zh: '未配置假名化密钥（GIGPACT_PSEUDONYM_KEY），不能导入平台数据',
              en: 'no pseudonym key (GIGPACT_PSEUDONYM_KEY) is configured: platform data cannot be ingested',
            },
          ]);
        }
        const body = request.body as Readable | undefined;
        const declared = Number(request.headers['content-length'] ?? NaN);
        if (!body || declared === 0) {
          throw errors.validation([{ path: ['file'], zh: '没有收到文件', en: 'no file received' }]);
        }
        if (declared > uploadLimitBytes) throw tooLarge();
        // A client that goes away before its answer cancels the ingest; nothing of it is kept. (The response's
        // close, not the request's: a request also closes once its body has been read.)
        const controller = new AbortController();
        const onClose = () => !reply.raw.writableFinished && controller.abort();
        reply.raw.once('close', onClose);
        try {
          const result = await ingestAndRecord(
            ctx.db,
            {
              stream: pipeline(body, limitBytes(uploadLimitBytes), () => undefined),
              name: query.fileName,
              size: Number.isFinite(declared) ? declared : undefined,
            },
            {
              dataDir: ctx.config.dataDir,
              pseudonymKey,
              kind,
              format: query.format,
              encoding: query.encoding,
              platform,
              driver: query.driver,
              policy: query.policy,
              createdBy: actor.username,
              createdById: actor.id,
              signal: controller.signal,
            },
          );
          await audit(ctx, request, 'dataset.upload', `dataset:${result.datasetId ?? 'none'}`, {
            fileName: query.fileName,
            kind,
            platform: platform ?? null,
            reused: result.reused,
            rowsAccepted: result.rowsAccepted,
            rowsRejected: result.rowsRejected,
          });
          const stored = result.manifest ? [platform ?? [], result.manifest.platforms].flat() : [];
          return {
            ...presentIngestResult(result, true),
            unregistered_platforms: unregisteredPlatformsOf(stored, await registeredPlatformCodes(ctx.db)),
          };
        } catch (error) {
          if (error instanceof UploadTooLarge) throw tooLarge();
          throw error;
        } finally {
          reply.raw.off('close', onClose);
        }
      },
    );

    app.get(
      '/api/datasets',
      {
        schema: {
          tags,
          summary: '数据集目录 / the dataset catalogue',
          querystring: datasetQuery,
          response: { 200: z.object({ items: z.array(datasetSummary), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, datasetPolicies.viewCatalogue);
        const { items, total } = await listDatasetRows(
          ctx.db,
          request.query,
          datasetPolicies.viewEveryPlatform(actor)
            ? { publicKinds: [] }
            : { platform: platformOfRepresentative(actor) ?? '', publicKinds: [...publicKinds] },
        );
        return { items: items.map(presentDataset), total };
      },
    );

    app.get(
      '/api/datasets/:id',
      {
        schema: {
          tags,
          summary: '数据集详情 / one dataset',
          params: z.object({ id: datasetId }),
          response: { 200: datasetDetail },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        const found = await visibleDataset(ctx, actor, request.params.id);
        const stored = await readStoredErrors(ctx.config.dataDir, found.dataset.id);
        return presentDatasetDetail(
          found,
          stored,
          datasetPolicies.downloadRejected(actor, found.dataset),
          await registeredPlatformCodes(ctx.db),
        );
      },
    );

    app.get(
      '/api/datasets/:id/rejected.csv',
      {
        schema: {
          tags,
          summary: '下载被拒绝的行及原因 / download the refused rows with their reasons',
          params: z.object({ id: datasetId }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const found = await visibleDataset(ctx, actor, request.params.id);
        authorize(actor, datasetPolicies.downloadRejected, found.dataset);
        const work = await mkdtemp(join(tmpdir(), 'gigpact-rejected-'));
        const file = join(work, 'rejected.csv');
        try {
          await exportDatasetCsv(ctx.config.dataDir, found.dataset.id, file, {
            part: 'rejected',
            tempDirectory: work,
          });
        } catch (error) {
          await rm(work, { recursive: true, force: true });
          throw error;
        }
        // Refused rows are the file as received, personal data included: every download is logged.
        await audit(ctx, request, 'dataset.download_rejected', `dataset:${found.dataset.id}`, {
          rowsRejected: found.dataset.rowsRejected,
          rowsSkipped: found.dataset.rowsSkipped,
        });
        const out = new PassThrough();
        // A byte-order mark first, so spreadsheet programs read the Chinese text as UTF-8.
        out.write(Buffer.from([0xef, 0xbb, 0xbf]));
        const source = createReadStream(file);
        source.pipe(out);
        const cleanUp = () => void rm(work, { recursive: true, force: true });
        source.once('close', cleanUp);
        source.once('error', (error) => out.destroy(error));
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header(
            'content-disposition',
            `attachment; filename="rejected-${found.dataset.id.slice(0, 12)}.csv"`,
          )
          .send(out);
      },
    );
  };
}

async function visibleDataset(ctx: AppContext, actor: ReturnType<typeof requireActor>, id: string) {
  authorize(actor, datasetPolicies.viewCatalogue);
  const found = await findDatasetRow(ctx.db, id);
  // A dataset the actor may not see is reported as missing, so ids of other platforms' data reveal nothing.
  if (
    !found ||
    !datasetPolicies.view(actor, {
      kind: found.dataset.kind,
      platform: found.dataset.platform,
      platforms: found.dataset.manifest.platforms,
    })
  ) {
    throw errors.notFound({ zh: '该数据集', en: 'The dataset' });
  }
  // A row whose files are gone from the data directory (moved, or an older backup restored) answers as missing,
  // not as a server fault.
  if (!(await readManifest(ctx.config.dataDir, id))) {
    throw errors.notFound({ zh: '该数据集的文件', en: 'The files of the dataset' });
  }
  return found;
}
