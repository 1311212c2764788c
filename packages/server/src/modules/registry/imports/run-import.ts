import type { ImportKind, ImportReport } from '@gigpact/contracts';
import type { Database } from '../../../platform/db/client';
import { readTable, TableReadError } from '../../../platform/files/tabular';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { validateEnterprises, writeEnterprises } from './enterprise-import';
import { validateMembers, writeMembers } from './member-import';

export interface ImportRequest {
  kind: ImportKind;
  fileName: string;
  bytes: Buffer;
  dryRun: boolean;
  today: string;
  pseudonymKey: string;
}

/**
 * Imports a list all or nothing: every row is checked first; if any row has an issue nothing is written and the
 * report lists every issue; otherwise all rows are written in one transaction.
 */
export async function runImport(db: Database, actor: Actor, request: ImportRequest): Promise<ImportReport> {
  let table;
  try {
    table = await readTable(request.bytes, request.fileName);
  } catch (error) {
    if (error instanceof TableReadError) {
      throw errors.validation([{ path: ['file'], zh: error.zh, en: error.en }]);
    }
    throw error;
  }
  const base = { kind: request.kind, fileName: request.fileName, dryRun: request.dryRun };
  const checked =
    request.kind === 'enterprises'
      ? await validateEnterprises(db, actor, table, request.today)
      : await validateMembers(db, actor, table, request.today, request.pseudonymKey);
  const rejectedRows = new Set(checked.issues.filter((i) => i.row > 1).map((i) => i.row)).size;
  if (checked.issues.length > 0 || request.dryRun) {
    return {
      ...base,
      rows: checked.rows,
      imported: 0,
      unchanged: 0,
      rejected: rejectedRows,
      issues: checked.issues,
    };
  }
  const outcome = await db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    return request.kind === 'enterprises'
      ? writeEnterprises(t, checked.records as Parameters<typeof writeEnterprises>[1])
      : writeMembers(t, checked.records as Parameters<typeof writeMembers>[1]);
  });
  return {
    ...base,
    rows: checked.rows,
    imported: outcome.written,
    unchanged: outcome.unchanged,
    rejected: 0,
    issues: [],
  };
}
