import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyMigrations } from './migrate';
import { queryRows } from './query-rows';
import { openTestDatabase, testEngines, type TestDatabase } from './testing';

describe.each(testEngines)('migrations on %s', (engine) => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await openTestDatabase(engine);
  });
  afterAll(() => database.drop());

  it('creates every table and can be applied again without change', async () => {
    await applyMigrations(database);
    const rows = await queryRows<{ table_name: string }>(
      database.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    const tables = rows.map((r) => r.table_name);
    expect(tables).toEqual(
      expect.arrayContaining(['audit_log', 'installation_settings', 'sessions', 'users']),
    );
  });
});
