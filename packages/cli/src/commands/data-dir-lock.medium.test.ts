import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '@gigpact/server';

const bin = path.resolve(import.meta.dirname, '../../bin/gigpact.mjs');
const orders = [
  'order_id,platform,rider_id,created_at,accepted_at,delivered_at,promised_at,distance_m,status,pay',
  'O1,eleme,r_1,2025-07-01 10:00:00,2025-07-01 10:01:00,2025-07-01 10:30:00,2025-07-01 10:40:00,1000,delivered,8.50',
].join('\n');

describe('a command on a data directory another process holds', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gigpact-cli-lock-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('fails with the directory, the holding pid and what to do, leaving the holder working; runs once it is free', async () => {
    const dataDir = path.join(dir, 'data');
    const file = path.join(dir, 'delivery_orders.csv');
    await writeFile(file, orders);
    const { DATABASE_URL: _unused, ...inherited } = process.env;
    const env = {
      ...inherited,
      GIGPACT_DATA_DIR: dataDir,
      GIGPACT_PSEUDONYM_KEY: 'lock-test-key-0123456789',
    };
    const ingest = () =>
      spawnSync(process.execPath, [bin, 'ingest', file, '--json'], { env, encoding: 'utf8' });
    // This test's process stands for `gigpact serve`.
    const held = await openDatabase({ pgliteDir: path.join(dataDir, 'pglite') });
    try {
      for (const run of [
        ingest(),
        spawnSync(process.execPath, [bin, 'migrate'], { env, encoding: 'utf8' }),
      ]) {
        expect(run.status, run.stderr).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain(`数据目录 ${path.join(dataDir, 'pglite')} 正被进程 ${process.pid}`);
        expect(run.stderr).toContain(`in use by process ${process.pid}`);
        expect(run.stderr).toContain('DATABASE_URL');
      }
      expect(await held.db.execute(sql`select 1 as n`)).toMatchObject({ rows: [{ n: 1 }] });
    } finally {
      await held.close();
    }
    const stored = ingest();
    expect(stored.status, stored.stderr).toBe(0);
    expect(JSON.parse(stored.stdout)).toMatchObject({ rows_accepted: 1 });
  });
});
