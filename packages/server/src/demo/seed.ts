import type { Database } from '../platform/db/client';
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
import { count } from 'drizzle-orm';
import { users } from '../modules/accounts/schema';
import { platforms } from '../modules/registry/schema';

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
    await refuseIfHoldingOwnRecords(db);
    await seedDemoRecords(db, today);
  }
  if (datasets && (await readSetting<string>(db, datasetsSeededKey)) === undefined) {
    await seedDemoDatasets(db, datasets);
    await queueDemoAuditRun(db, await demoAuthor(db), today);
    await writeSetting(db, datasetsSeededKey, new Date().toISOString());
  }
  return fresh;
}

/**
 * The demo is written only into a database that holds no accounts or platforms of its own: its accounts share one
 * published password, and its registry would collide with the platforms an installation has registered.
 */
async function refuseIfHoldingOwnRecords(db: Database): Promise<void> {
  const countOf = async (table: typeof users | typeof platforms) =>
    (await db.select({ n: count() }).from(table))[0]?.n ?? 0;
  const held = { users: await countOf(users), platforms: await countOf(platforms) };
  if (held.users === 0 && held.platforms === 0) return;
  throw new DemoDataRefused(
    `数据库中已有 ${held.users} 个账户、${held.platforms} 个平台，不是演示数据：演示数据只写入空数据库；设 GIGPACT_DEMO_DATA=false 即不带演示数据启动，或改用空数据库 / the database already holds ${held.users} accounts and ${held.platforms} platforms that are not the demo's: demo data is written only into an empty database; set GIGPACT_DEMO_DATA=false to start without it, or use an empty database`,
  );
}

/** Demo data asked for a database that holds records of its own. */
export class DemoDataRefused extends Error {
  override readonly name = 'DemoDataRefused';
}

async function seedDemoRecords(db: Database, today: string): Promise<void> {
  await db.transaction(async (tx) => {
    // The database holds no accounts of its own (`refuseIfHoldingOwnRecords`): every demo account is new.
    for (const account of demoAccounts)
      await createUser(tx as unknown as Database, { ...account, password: demoPassword });
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
