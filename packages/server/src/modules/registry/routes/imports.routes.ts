import { importKinds, importReport } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../../app-context';
import { cityDate } from '../../../platform/clock';
import { requireActor } from '../../../platform/http/auth';
import { errors } from '../../../platform/http/errors';
import { authorize } from '../../../platform/security/policy';
import { audit } from '../../audit-log/audit';
import { runImport } from '../imports/run-import';
import { registryPolicies } from '../policies';

const uploadLimitBytes = 20 * 1024 * 1024;

/**
 * Imports of enterprise and member lists. The file is the request body (CSV or XLSX, any content type); its name
 * comes in the query. `dryRun=true` checks without writing.
 */
export function importRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: uploadLimitBytes },
      (_request, body, done) => done(null, body),
    );

    app.post(
      '/api/registry/imports/:kind',
      {
        bodyLimit: uploadLimitBytes,
        schema: {
          tags: ['registry'],
          summary:
            '导入企业名录或会员名单（全部成功才写入） / import enterprises or members (all or nothing)',
          params: z.object({ kind: z.enum(importKinds) }),
          querystring: z.object({
            fileName: z.string().min(1).max(200),
            dryRun: z
              .enum(['true', 'false'])
              .default('false')
              .transform((v) => v === 'true'),
          }),
          response: { 200: importReport },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, registryPolicies.importIn, actor.area);
        if (!Buffer.isBuffer(request.body) || request.body.length === 0) {
          throw errors.validation([{ path: ['file'], zh: '没有收到文件', en: 'no file received' }]);
        }
        const key = ctx.config.pseudonymKey;
        if (request.params.kind === 'members' && !key) {
          throw errors.validation([
            {
              path: ['file'],
              zh: '未配置假名化密钥，不能导入会员名单',
              en: 'no pseudonym key is configured: members cannot be imported',
            },
          ]);
        }
        const report = await runImport(ctx.db, actor, {
          kind: request.params.kind,
          fileName: request.query.fileName,
          bytes: request.body,
          dryRun: request.query.dryRun,
          today: cityDate(ctx.now()),
          pseudonymKey: key ?? '',
        });
        await audit(
          ctx,
          request,
          `registry.import_${request.params.kind}`,
          `file:${request.query.fileName}`,
          {
            rows: report.rows,
            imported: report.imported,
            rejected: report.rejected,
            dryRun: report.dryRun,
          },
        );
        return report;
      },
    );
  };
}
