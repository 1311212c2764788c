import { auditLogEntry, pageQuery } from '@gigpact/contracts';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireActor } from '../../platform/http/auth';
import { authorize } from '../../platform/security/policy';
import { accountPolicies } from '../accounts/policies';
import { listAuditLog } from './audit-log.repository';

export function auditLogRoutes(ctx: AppContext): FastifyPluginAsyncZod {
  return async (app) => {
    app.get(
      '/api/admin/audit-log',
      {
        schema: {
          tags: ['admin'],
          summary: '审计日志 / audit log',
          querystring: pageQuery.extend({ action: z.string().trim().max(64).optional() }),
          response: { 200: z.object({ items: z.array(auditLogEntry), total: z.number() }) },
        },
      },
      async (request) => {
        const actor = requireActor(request);
        authorize(actor, accountPolicies.readAuditLog);
        const { items, total } = await listAuditLog(ctx.db, request.query);
        return {
          total,
          items: items.map((row) => ({
            id: row.id,
            at: row.at.toISOString(),
            actorUsername: row.actorUsername,
            action: row.action,
            subject: row.subject,
            ip: row.ip,
            requestId: row.requestId,
            details: row.details ?? null,
          })),
        };
      },
    );
  };
}
