import { eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { attachmentsOf } from '../../cases/attachments/attachments';
import { caseFor, mayDownloadFilesOf } from '../../cases/case-access';
import { renderDocx } from '../../cases/documents/docx-renderer';
import { renderPdf } from '../../cases/documents/pdf-renderer';
import { caseDeadlines } from '../../cases/schema';
import { letterDocument } from '../letter-templates';
import { findLetter, lettersOf } from '../letters.repository';

/**
 * A letter as a DOCX or PDF file, for anyone who sees its case unmasked; `withheld` (and no file) for one who sees
 * the case's personal data masked.
 */
export async function letterFile(
  db: Database,
  actor: Actor,
  letterId: string,
  format: 'docx' | 'pdf',
  today: string,
): Promise<
  { withheld: false; bytes: Buffer; fileName: string; caseId: string } | { withheld: true; caseId: string }
> {
  const letter = await findLetter(db, letterId);
  if (!letter) throw errors.notFound({ zh: '该函书', en: 'The letter' });
  const found = await caseFor(db, actor, letter.caseId, today);
  if (!mayDownloadFilesOf(actor, found.case)) return { withheld: true, caseId: letter.caseId };
  const [deadline] = await db
    .select()
    .from(caseDeadlines)
    .where(eq(caseDeadlines.letterId, letterId))
    .limit(1);
  const attachments = (await attachmentsOf(db, letter.caseId)).map((a) => a.fileName);
  const document = letterDocument(
    letter,
    found.case,
    attachments,
    deadline?.workingDays ?? null,
    await lettersOf(db, letter.caseId),
  );
  const bytes = format === 'pdf' ? await renderPdf(document) : await renderDocx(document);
  return { withheld: false, bytes, fileName: `${letter.number}.${format}`, caseId: letter.caseId };
}
