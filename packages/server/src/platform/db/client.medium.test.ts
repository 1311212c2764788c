import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './client';
import { DataDirLockedError, lockFileOf } from './data-dir-lock';
import { queryRows } from './query-rows';

const root = mkdtempSync(path.join(tmpdir(), 'gigpact-db-lock-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const adminUrl = process.env.GIGPACT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const one = async (database: Awaited<ReturnType<typeof openDatabase>>) =>
  (await queryRows<{ n: number }>(database.db, sql`select 1 as n`))[0]?.n;

describe('the embedded database folder has one owner', () => {
  it('refuses a second open of the same folder, leaving the first usable, and is free again once closed', async () => {
    const dir = path.join(root, 'twice', 'pglite');
    const first = await openDatabase({ pgliteDir: dir });
    try {
      expect(existsSync(lockFileOf(dir))).toBe(true);
      const second = openDatabase({ pgliteDir: dir });
      await expect(second).rejects.toBeInstanceOf(DataDirLockedError);
      await expect(second).rejects.toThrow(path.resolve(dir));
      expect(await one(first)).toBe(1);
    } finally {
      await first.close();
    }
    expect(existsSync(lockFileOf(dir))).toBe(false);
    // Open and close again and again in one process, as the tests do.
    for (let i = 0; i < 2; i++) {
      const again = await openDatabase({ pgliteDir: dir });
      expect(await one(again)).toBe(1);
      await again.close();
      await again.close();
    }
    expect(existsSync(lockFileOf(dir))).toBe(false);
  });

  it('takes over the lock of a process that has ended, saying so', async () => {
    const dir = path.join(root, 'stale', 'pglite');
    const ended = spawnSync(process.execPath, ['-e', '']);
    const lockFile = lockFileOf(dir);
    mkdirSync(path.dirname(lockFile), { recursive: true });
    writeFileSync(
      lockFile,
      JSON.stringify({ pid: ended.pid, host: hostname(), startedAt: '', token: 'gone' }),
    );
    const notices: string[] = [];
    const database = await openDatabase({ pgliteDir: dir, onStaleLock: (m) => notices.push(m) });
    try {
      expect(notices.join('\n')).toContain(`process ${ended.pid}`);
      expect(JSON.parse(readFileSync(lockFile, 'utf8')).pid).toBe(process.pid);
      expect(await one(database)).toBe(1);
    } finally {
      await database.close();
    }
    expect(existsSync(lockFile)).toBe(false);
  });

  it('refuses a folder another process holds without opening it, and frees it when that process exits', async () => {
    const dir = path.join(root, 'other-process', 'pglite');
    const client = JSON.stringify(path.resolve(import.meta.dirname, 'client.ts'));
    const script = `
      import { openDatabase } from ${client};
      await openDatabase({ pgliteDir: ${JSON.stringify(dir)} });
      console.log('open');
      process.stdin.once('data', () => process.exit(0));
    `;
    const holder = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    const exited = new Promise<number | null>((resolve) => holder.once('exit', resolve));
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('open') && resolve());
        holder.once('exit', () => reject(new Error('the holding process ended')));
      });
      const refused = openDatabase({ pgliteDir: dir });
      await expect(refused).rejects.toThrow(`process ${holder.pid}`);
      await expect(refused).rejects.toThrow(`进程 ${holder.pid}`);
    } finally {
      // It exits without closing the database: the lock goes with it all the same.
      holder.stdin.write('\n');
    }
    expect(await exited).toBe(0);
    expect(existsSync(lockFileOf(dir))).toBe(false);
    const database = await openDatabase({ pgliteDir: dir });
    expect(await one(database)).toBe(1);
    await database.close();
  });

  it('takes no lock for PostgreSQL or for an in-memory database', async () => {
    const dir = path.join(root, 'unused', 'pglite');
    const postgres = await openDatabase({ url: adminUrl, pgliteDir: dir });
    const alsoPostgres = await openDatabase({ url: adminUrl, pgliteDir: dir });
    expect(existsSync(lockFileOf(dir))).toBe(false);
    await postgres.close();
    await alsoPostgres.close();
    const memory = await openDatabase({});
    const otherMemory = await openDatabase({});
    expect(await one(memory)).toBe(1);
    await memory.close();
    await otherMemory.close();
  });
});
