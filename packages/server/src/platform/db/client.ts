import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzleNodePostgres } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import { lockDataDir } from './data-dir-lock';
import * as schema from './schema';

export type Schema = typeof schema;
/** The one database type every repository is written against, whichever engine runs underneath. */
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
export type DatabaseKind = 'pglite' | 'postgres';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** Runs `work` while holding a database-wide lock named by `key`, so two processes never do it at once. */
  withExclusiveLock<T>(key: number, work: () => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  /** A PostgreSQL connection string; without it the embedded PGlite is used. */
  url?: string | undefined;
  /** Folder of the embedded database; `undefined` keeps it in memory (tests). */
  pgliteDir?: string | undefined;
  /**
   * Told when an idle PostgreSQL connection fails (the server restarted, an administrator ended it). The pool
   * replaces the connection; without a listener the error would end the process.
   */
  onIdleConnectionError?: (error: Error) => void;
  /** Told when the embedded folder's lock was left by a process that has ended and is taken over (stderr without). */
  onStaleLock?: (message: string) => void;
}

export async function openDatabase(options: DatabaseOptions): Promise<DatabaseHandle> {
  return options.url
    ? openPostgres(options.url, options.onIdleConnectionError)
    : openPglite(options.pgliteDir, options.onStaleLock);
}

/**
 * A folder is opened by one process at a time: PGlite is single-process, and a second one writing the same folder
 * destroys it. The folder's lock (`data-dir-lock.ts`) is taken before PGlite touches it, so a second process fails
 * with `DataDirLockedError` having opened nothing; closing releases the lock. An in-memory database takes none.
 */
async function openPglite(
  dir: string | undefined,
  onStaleLock?: (message: string) => void,
): Promise<DatabaseHandle> {
  if (dir) await mkdir(path.dirname(dir), { recursive: true });
  const lock = dir ? lockDataDir(dir, onStaleLock) : undefined;
  let client: PGlite;
  try {
    client = dir ? new PGlite(dir) : new PGlite();
    await client.waitReady;
  } catch (error) {
    lock?.release();
    throw error;
  }
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  let closing: Promise<void> | undefined;
  return {
    db,
    kind: 'pglite',
    // PGlite is single-connection and in-process: the process's own serial execution is the lock.
    withExclusiveLock: (_key, work) => work(),
    close: () =>
      (closing ??= (async () => {
        try {
          await client.close();
        } finally {
          // Released even when closing fails: this process no longer uses the folder.
          lock?.release();
        }
      })()),
  };
}

async function openPostgres(
  url: string,
  onIdleConnectionError: (error: Error) => void = (error) =>
    console.error(`数据库连接中断，已替换 / a database connection failed and was replaced: ${error.message}`),
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  pool.on('error', onIdleConnectionError);
  // Fail fast with a clear message when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  const db = drizzleNodePostgres(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: 'postgres',
    async withExclusiveLock(key, work) {
      const lockClient = await pool.connect();
      try {
        await lockClient.query('select pg_advisory_lock($1)', [key]);
        return await work();
      } finally {
        await lockClient.query('select pg_advisory_unlock($1)', [key]).catch(() => undefined);
        lockClient.release();
      }
    },
    close: () => pool.end(),
  };
}
