import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Database } from '../platform/db/client';
import type { Actor } from '../platform/security/actor';
import { checkAgreementSource, saveAgreement } from '../modules/agreements/commands/saveAgreement';

/** The agreements shipped with the rule library (modelled on the real Shanghai ones). */
export const shippedAgreementsDir = path.resolve(import.meta.dirname, '../../../rules/agreements');

/** Records every shipped agreement, parents before the franchisee agreements under them. */
export async function seedAgreementsDemo(db: Database, author: Actor): Promise<void> {
  const files = (await readdir(shippedAgreementsDir)).filter((f) => f.endsWith('.yaml')).sort();
  const documents = await Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(shippedAgreementsDir, file), 'utf8');
      return { source, agreement: checkAgreementSource(source, file) };
    }),
  );
  const saved = new Set<string>();
  while (saved.size < documents.length) {
    const ready = documents.filter(
      (d) => !saved.has(d.agreement.id) && (!d.agreement.parent || saved.has(d.agreement.parent)),
    );
    if (ready.length === 0) throw new Error('shipped agreements name a parent that is not shipped');
    for (const d of ready) {
      await saveAgreement(db, author, {
        source: d.source,
        summary: '随系统提供的协议 / shipped with Gigpact',
      });
      saved.add(d.agreement.id);
    }
  }
}
