import type { FastifyRequest } from 'fastify';
import type { AppContext } from '../../app-context';
import { recordAudit } from './audit-log.repository';

/** Records what the request's actor did, with where it came from. */
export function audit(
  ctx: AppContext,
  request: FastifyRequest,
  action: string,
  subject: string,
  details?: Record<string, unknown>,
): Promise<void> {
  return recordAudit(ctx.db, {
    actorId: request.actor?.id ?? null,
    actorUsername: request.actor?.username ?? null,
    action,
    subject,
    ip: request.ip,
    requestId: request.id,
    details: details ?? null,
  });
}
