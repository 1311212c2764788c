import { count, desc, eq } from 'drizzle-orm';
import type { Database } from '../../platform/db/client';
import { auditLog, type AuditLogRow } from './schema';

export interface AuditEntry {
  actorId?: string | null;
  actorUsername?: string | null;
  action: string;
  subject: string;
  ip?: string | null;
  requestId?: string | null;
  details?: Record<string, unknown> | null;
}

export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db.insert(auditLog).values(entry);
}

export async function listAuditLog(
  db: Database,
  { page, pageSize, action }: { page: number; pageSize: number; action?: string | undefined },
): Promise<{ items: AuditLogRow[]; total: number }> {
  const where = action ? eq(auditLog.action, action) : undefined;
  const [items, [totals]] = await Promise.all([
    db
      .select()
      .from(auditLog)
      .where(where)
      .orderBy(desc(auditLog.at), desc(auditLog.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ total: count() }).from(auditLog).where(where),
  ]);
  return { items, total: totals?.total ?? 0 };
}
