import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { audit } from '../../audit-log/audit';
import { attachFile, readAttachment } from '../attachments/attachments';
import { personalFilesWithheld } from '../case-access';
import { maxAttachmentBytes } from '../attachments/file-type';
import { clockOf } from '../context';

const tags = ['cases'];

export function attachmentRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: maxAttachmentBytes + 1024 * 1024 },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/api/cases/:id/attachments',
      {
        bodyLimit: maxAttachmentBytes + 1024 * 1024,
        schema: {
          tags,
          summary:
            '上传附件（PDF、图片、Office、文本，≤ 10 MB） / attach a file (PDF, image, Office, text, ≤ 10 MB)',
          params: z.object({ id: z.uuid() }),
          querystring: z.object({ fileName: z.string().trim().min(1).max(200) }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        if (!Buffer.isBuffer(request.body)) {
          throw errors.validation([
            { path: ['file'], zh: '请上传文件内容', en: 'send the file as the request body' },
          ]);
        }
        const { now, today } = clockOf(ctx);
        const row = await attachFile(
          ctx.db,
          ctx.config.dataDir,
          actor,
          request.params.id,
          request.query.fileName,
          request.body,
          today,
          now,
        );
        await audit(ctx, request, 'case.attach', `case:${request.params.id}`, { sha256: row.sha256 });
        return reply.status(201).send({
          id: row.id,
          fileName: row.fileName,
          contentType: row.contentType,
          size: row.size,
          sha256: row.sha256,
          uploadedAt: row.uploadedAt.toISOString(),
        });
      },
    );

    app.get(
      '/api/cases/:id/attachments/:attachmentId',
      {
        schema: {
          tags,
          summary: '下载附件 / download an attachment',
          params: z.object({ id: z.uuid(), attachmentId: z.uuid() }),
        },
      },
      async (request, reply) => {
        const actor = requireActor(request);
        const read = await readAttachment(
          ctx.db,
          ctx.config.dataDir,
          actor,
          request.params.id,
          request.params.attachmentId,
          clockOf(ctx).today,
        );
        const { row } = read;
        if (read.withheld) {
          await audit(ctx, request, 'case.attachment_download_refused', `case:${request.params.id}`, {
            attachment: row.id,
          });
          throw personalFilesWithheld();
        }
        await audit(ctx, request, 'case.attachment_download', `case:${request.params.id}`, {
          attachment: row.id,
        });
        return reply
          .header('content-type', row.contentType)
          .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(row.fileName)}`)
          .send(read.bytes);
      },
    );
  };
}
