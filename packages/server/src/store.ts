import type { Config } from './config';
import { openDatabase, type DatabaseHandle } from './platform/db/client';
import { applyMigrations } from './platform/db/migrate';
import { pgliteDirOf } from './server';

/** The product's database as a command-line tool uses it: the configured one, migrated. */
export async function openMigratedDatabase(config: Config): Promise<DatabaseHandle> {
  const database = await openDatabase({ url: config.databaseUrl, pgliteDir: pgliteDirOf(config) });
  try {
    await applyMigrations(database);
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}
