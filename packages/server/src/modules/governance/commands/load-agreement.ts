import type { Agreement } from '@gigpact/rules';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import { findAgreement, findVersion } from '../../agreements/agreements.repository';
import type { AgreementRow } from '../../agreements/schema';

/** An agreement's row and the document of its current version; 404 when there is none. */
export async function loadCurrentAgreement(
  db: Database,
  id: string,
): Promise<{ row: AgreementRow; document: Agreement; version: number }> {
  const row = await findAgreement(db, id);
  const version = row ? await findVersion(db, id, row.currentVersion) : undefined;
  if (!row || !version) throw errors.notFound({ zh: '该协议', en: 'The agreement' });
  return { row, document: version.document, version: version.number };
}
