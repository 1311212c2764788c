import type { Database } from '../platform/db/client';
import { AppError } from '../platform/http/errors';
import { createUser } from '../modules/accounts/commands/createUser';
import { readSetting, writeSetting } from '../modules/system/settings.repository';
import { demoAccounts, demoPassword } from './demo-accounts';
import { seedCasesDemo } from './seed-cases';
import { seedRegistryDemo } from './seed-registry';
import { seedDemoDatasets, type DemoDatasetsOptions } from './seed-datasets';
import { seedAgreementsDemo } from './seed-agreements';
import { queueDemoAuditRun } from './seed-audit-run';
import { seedNegotiationsDemo } from './seed-negotiations';
import { findUserByUsername } from '../modules/accounts/users.repository';
import type { Actor } from '../platform/security/actor';
import { parseArea } from '@gigpact/contracts';

const seededKey = 'demo.seeded_at';
/** Set once the demo's platform datasets are stored, so a start interrupted while ingesting them tries again. */
const datasetsSeededKey = 'demo.datasets_seeded_at';

/** The demo city administrator, who records the demo's agreements, cases and other records. */
async function demoAuthor(db: Database): Promise<Actor> {
  const admin = await findUserByUsername(db, 'admin');
  if (!admin) throw new Error('the demo administrator is missing');
  return {
    id: admin.id,
    username: admin.username,
    displayName: admin.displayName,
    role: admin.role,
    area: parseArea(admin.area)!,
    language: admin.language,
  };
}

/** Whether this database holds demo data. */
export async function hasDemoData(db: Database): Promise<boolean> {
  return (await readSetting<string>(db, seededKey)) !== undefined;
}

/**
 * Seeds the demo accounts once, on first start of a demo installation. Marked done in the same transaction, so a
 * crash part-way seeds again from the start next time. With `datasets`, a simulated month of platform data is
 * ingested afterwards (files and catalogue rows, outside the transaction), until that has once succeeded.
 */
export async function seedDemoData(
  db: Database,
  today: string,
  datasets?: DemoDatasetsOptions,
): Promise<boolean> {
  const fresh = !(await hasDemoData(db));
  if (fresh) {
    await seedDemoRecords(db, today);
  }
  if (datasets && (await readSetting<string>(db, datasetsSeededKey)) === undefined) {
    await seedDemoDatasets(db, datasets);
    await queueDemoAuditRun(db, await demoAuthor(db), today);
    await writeSetting(db, datasetsSeededKey, new Date().toISOString());
  }
  return fresh;
}

async function seedDemoRecords(db: Database, today: string): Promise<void> {
  await db.transaction(async (tx) => {
    for (const account of demoAccounts) {
      try {
        await createUser(tx as unknown as Database, { ...account, password: demoPassword });
      } catch (error) {
        // An account of that name already exists: it is kept as it is.
        if (!(error instanceof AppError && error.code === 'CONFLICT')) throw error;
      }
    }
    await seedRegistryDemo(tx as unknown as Database, today);
    await seedCasesDemo(tx as unknown as Database, today);
    await seedAgreementsDemo(tx as unknown as Database, await demoAuthor(tx as unknown as Database));
    await seedNegotiationsDemo(
      tx as unknown as Database,
      await demoAuthor(tx as unknown as Database),
      new Date(),
    );
    await writeSetting(tx as unknown as Database, seededKey, new Date().toISOString());
  });
}
