import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { and, asc, eq } from 'drizzle-orm';
import type { Database } from '../../../platform/db/client';
import { errors } from '../../../platform/http/errors';
import type { Actor } from '../../../platform/security/actor';
import { recordEvent, touchCase } from '../cases.repository';
import { caseFor, mayDownloadFilesOf } from '../case-access';
import { casePolicies } from '../policies';
import { caseAttachments } from '../schema';
import { attachmentTypes, detectAttachmentType, maxAttachmentBytes } from './file-type';

function attachmentsDir(dataDir: string): string {
  return path.join(dataDir, 'attachments');
}

/** Where a file of that content lives: named by its SHA-256, so the same file is stored once. */
export function attachmentPath(dataDir: string, sha256: string): string {
  return path.join(attachmentsDir(dataDir), sha256.slice(0, 2), sha256);
}

/** Refuses what is too large or not one of the accepted kinds, naming the file. */
export function checkAttachment(fileName: string, bytes: Buffer) {
  if (bytes.length > maxAttachmentBytes) {
    throw errors.validation([
      {
        path: ['file'],
        zh: `文件“${fileName}”超过 10 MB`,
        en: `the file "${fileName}" is larger than 10 MB`,
      },
    ]);
  }
  const type = detectAttachmentType(bytes);
  if (!type) {
    throw errors.validation([
      {
        path: ['file'],
        zh: `文件“${fileName}”不是可接受的类型（PDF、JPEG、PNG、DOCX、XLSX 或纯文本）`,
        en: `the file "${fileName}" is not an accepted kind (PDF, JPEG, PNG, DOCX, XLSX or plain text)`,
      },
    ]);
  }
  return type;
}

/** Stores a file on a case: written first under a temporary name and renamed, so no half file is ever seen. */
export async function attachFile(
  db: Database,
  dataDir: string,
  actor: Actor,
  caseId: string,
  fileName: string,
  bytes: Buffer,
  today: string,
  now: Date,
) {
  await caseFor(db, actor, caseId, today, casePolicies.attachTo);
  const type = checkAttachment(fileName, bytes);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const target = attachmentPath(dataDir, sha256);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.${Date.now()}.part`;
  await writeFile(temporary, bytes);
  await rename(temporary, target);
  return db.transaction(async (tx) => {
    const t = tx as unknown as Database;
    const [row] = await t
      .insert(caseAttachments)
      .values({
        caseId,
        sha256,
        fileName,
        contentType: attachmentTypes[type],
        size: bytes.length,
        uploadedBy: actor.id,
        uploadedAt: now,
      })
      .returning();
    await touchCase(t, caseId, now);
    await recordEvent(t, {
      caseId,
      at: now,
      actorId: actor.id,
      actorName: actor.displayName,
      kind: 'attachment',
      note: fileName,
      details: { sha256, size: bytes.length, type },
    });
    return row!;
  });
}

export function attachmentsOf(db: Database, caseId: string) {
  return db
    .select()
    .from(caseAttachments)
    .where(eq(caseAttachments.caseId, caseId))
    .orderBy(asc(caseAttachments.uploadedAt));
}

/**
 * One attachment of a case the actor may see, with its bytes; `withheld` (and no bytes) when the actor sees the
 * case's personal data masked.
 */
export async function readAttachment(
  db: Database,
  dataDir: string,
  actor: Actor,
  caseId: string,
  attachmentId: string,
  today: string,
) {
  const found = await caseFor(db, actor, caseId, today);
  const [row] = await db
    .select()
    .from(caseAttachments)
    .where(and(eq(caseAttachments.caseId, caseId), eq(caseAttachments.id, attachmentId)))
    .limit(1);
  if (!row) throw errors.notFound({ zh: '该附件', en: 'The attachment' });
  if (!mayDownloadFilesOf(actor, found.case)) return { row, withheld: true as const };
  return { row, withheld: false as const, bytes: await readFile(attachmentPath(dataDir, row.sha256)) };
}
