import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type DatabaseHandle, type DatabaseKind } from './client';
import { applyMigrations } from './migrate';

/**
 * Medium tests run every repository on both engines: an in-memory PGlite, and a fresh database on the real
 * PostgreSQL server (`GIGPACT_TEST_PG_URL`, default the local one), created per test file and dropped afterwards.
 */
export const testEngines: DatabaseKind[] = ['pglite', 'postgres'];

const adminUrl = process.env.GIGPACT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface TestDatabase extends DatabaseHandle {
  drop(): Promise<void>;
}

export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  if (kind === 'pglite') {
    const handle = await openDatabase({});
    await applyMigrations(handle);
    return { ...handle, drop: () => handle.close() };
  }
  const name = `gigpact_test_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`;
  await withAdmin((admin) => admin.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString() });
  await applyMigrations(handle);
  return {
    ...handle,
    async drop() {
      await handle.close();
      await withAdmin((admin) => admin.query(`drop database if exists ${name} with (force)`));
    },
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
