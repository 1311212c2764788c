import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { insertPlatform, loadConfig, openMigratedDatabase } from '@gigpact/server';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const bin = path.resolve(import.meta.dirname, '../../bin/gigpact.mjs');
const header =
  'order_id,platform,rider_id,created_at,accepted_at,delivered_at,promised_at,distance_m,status,pay';

/** Enough orders that the ingest is still running when it is killed. */
function ordersCsv(rows: number): string {
  const lines = [header];
  for (let i = 0; i < rows; i++) {
    lines.push(
      `O${i},eleme,r_${i % 5000},2025-07-01 10:00:00,2025-07-01 10:01:00,2025-07-01 10:30:00,2025-07-01 10:40:00,${1000 + (i % 4000)},delivered,8.50`,
    );
  }
  return lines.join('\n') + '\n';
}

const datasetsIn = async (dataDir: string) =>
  (await readdir(path.join(dataDir, 'datasets'))).filter((n) => /^[0-9a-f]{64}$/.test(n));

describe('gigpact ingest as a process', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'gigpact-ingest-kill-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('leaves no dataset when killed mid-ingest, and the next ingest stores it and clears what was left', async () => {
    const file = path.join(dir, 'orders.csv');
    await writeFile(file, ordersCsv(200_000));
    const dataDir = path.join(dir, 'data');
    const env = {
      ...process.env,
      GIGPACT_DATA_DIR: dataDir,
      GIGPACT_PSEUDONYM_KEY: 'kill-test-key-0123456789',
    };
    const args = [bin, 'ingest', file, '--kind', 'delivery_orders', '--json'];

    const child = spawn(process.execPath, args, { env, stdio: 'ignore' });
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    const staging = path.join(dataDir, 'datasets', '.staging');
    // The ingest has begun once its private staging folder exists; then it is killed without warning.
    const deadline = Date.now() + 60_000;
    while (!(existsSync(staging) && (await readdir(staging)).length > 0)) {
      if (Date.now() > deadline) throw new Error('the ingest never started');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
    child.kill('SIGKILL');
    await exited;
    expect(await datasetsIn(dataDir)).toEqual([]);
    expect(await readdir(staging)).toHaveLength(1);

    const again = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    expect(again.status).toBe(0);
    const result = JSON.parse(again.stdout) as { dataset_id: string; rows_accepted: number; reused: boolean };
    expect(result).toMatchObject({ rows_accepted: 200_000, reused: false });
    expect(await datasetsIn(dataDir)).toEqual([result.dataset_id]);
    expect(await readdir(staging)).toEqual([]);
  });

  it('takes the kind from a file named after it, and names a file whose kind nothing says', async () => {
    const dataDir = path.join(dir, 'named');
    const env = {
      ...process.env,
      GIGPACT_DATA_DIR: dataDir,
      GIGPACT_PSEUDONYM_KEY: 'named-test-key-0123456789',
    };
    const named = path.join(dir, 'delivery_orders.csv');
    await writeFile(named, ordersCsv(3));
    const ingested = spawnSync(process.execPath, [bin, 'ingest', named, '--json'], { env, encoding: 'utf8' });
    expect(ingested.status, ingested.stderr).toBe(0);
    expect(JSON.parse(ingested.stdout)).toMatchObject({ kind: 'delivery_orders', rows_accepted: 3 });

    const unnamed = path.join(dir, 'export.csv');
    await writeFile(unnamed, ordersCsv(3));
    const refused = spawnSync(process.execPath, [bin, 'ingest', unnamed], { env, encoding: 'utf8' });
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain(`${unnamed}: 缺少数据集类型`);
    expect(refused.stderr).toContain('no dataset kind: give --kind, or name the file after its kind');
  });

  it('names the platforms of the rows the registry does not hold, with the registered code spelt alike', async () => {
    const dataDir = path.join(dir, 'registry');
    const env = {
      ...process.env,
      GIGPACT_DATA_DIR: dataDir,
      GIGPACT_PSEUDONYM_KEY: 'registry-test-key-0123456789',
    };
    const file = path.join(dir, 'registry-orders.csv');
    await writeFile(file, ordersCsv(2).replace('O1,eleme', 'O1,Eleme'));
    const ingest = () =>
      spawnSync(process.execPath, [bin, 'ingest', file, '--kind', 'delivery_orders', '--json'], {
        env,
        encoding: 'utf8',
      });
    // A catalogue without a registry of platforms says nothing of them.
    const unregistered = ingest();
    expect(unregistered.status, unregistered.stderr).toBe(0);
    expect(JSON.parse(unregistered.stdout).unregistered_platforms).toEqual([]);

    const database = await openMigratedDatabase(loadConfig(env));
    await insertPlatform(database.db, {
      code: 'eleme',
      nameZh: '饿了么',
      nameEn: 'Ele.me',
      industry: 'food_delivery',
    });
    await database.close();
    const registered = ingest();
    expect(registered.status, registered.stderr).toBe(0);
    expect(JSON.parse(registered.stdout)).toMatchObject({
      reused: true,
      unregistered_platforms: [{ code: 'Eleme', near: 'eleme' }],
    });
    expect(registered.stderr).toContain(
      "note: the data's platform Eleme is not in the registry and differs from the registered eleme only in case or separators",
    );
  });

  it('says which encoding a file that is not UTF-8 was read in', async () => {
    const env = {
      ...process.env,
      GIGPACT_DATA_DIR: path.join(dir, 'gbk'),
      GIGPACT_PSEUDONYM_KEY: 'encoding-test-key-0123456789',
    };
    const file = path.join(dir, 'gbk.csv');
    await writeFile(file, iconv.encode(ordersCsv(2).replace('eleme', '饿了么'), 'gb18030'));
    const run = spawnSync(process.execPath, [bin, 'ingest', file, '--kind', 'delivery_orders'], {
      env,
      encoding: 'utf8',
    });
    expect(run.stdout).toContain('按 GB18030 编码读取（不对请用 --encoding 指定） / read as GB18030');
    const utf8 = path.join(dir, 'utf8.csv');
    await writeFile(utf8, ordersCsv(2));
    const plain = spawnSync(process.execPath, [bin, 'ingest', utf8, '--kind', 'delivery_orders'], {
      env,
      encoding: 'utf8',
    });
    expect(plain.stdout).toContain('已入库 / stored');
    expect(plain.stdout).not.toContain('编码读取');
  });

  it('says nothing was stored under --policy reject, and names the file, line and column of each error', async () => {
    const dataDir = path.join(dir, 'reject');
    const env = {
      ...process.env,
      GIGPACT_DATA_DIR: dataDir,
      GIGPACT_PSEUDONYM_KEY: 'reject-test-key-0123456789',
    };
    const file = path.join(dir, 'september.csv');
    await writeFile(file, ordersCsv(4).replace(/,8\.50\n$/, ',8.12345\n'));
    const args = [bin, 'ingest', file, '--kind', 'delivery_orders', '--policy', 'reject'];
    const run = spawnSync(process.execPath, args, { env, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('未入库 / nothing stored');
    expect(run.stdout).toContain('接受 / accepted 0  拒绝 / rejected 1');
    expect(run.stdout).toContain('3 valid rows not stored because of the bad rows');
    expect(run.stdout).toContain('september.csv 第 5 行 / september.csv line 5, pay: ');

    const json = spawnSync(process.execPath, [...args, '--json'], { env, encoding: 'utf8' });
    expect(JSON.parse(json.stdout)).toMatchObject({
      dataset_id: null,
      rows_accepted: 0,
      rows_held_back: 3,
      rows_rejected: 1,
      errors: [{ file: 'september.csv', line: 5, column: 'pay' }],
    });
  });

  it('names a file not in the format given, in Chinese and English, with the format it is in', async () => {
    const dataDir = path.join(dir, 'format');
    const env = {
      ...process.env,
      GIGPACT_DATA_DIR: dataDir,
      GIGPACT_PSEUDONYM_KEY: 'format-test-key-0123456789',
    };
    const file = path.join(dir, 'delivery_orders.csv');
    await writeFile(file, ordersCsv(3));
    for (const [format, label] of [
      ['parquet', 'Parquet'],
      ['xlsx', 'XLSX'],
    ]) {
      const run = spawnSync(process.execPath, [bin, 'ingest', file, '--format', format!], {
        env,
        encoding: 'utf8',
      });
      expect(run.status, run.stderr).toBe(1);
      expect(run.stdout).toContain('未入库 / nothing stored');
      expect(run.stdout).toContain(
        `\n  delivery_orders.csv 不是可读取的 ${label} 文件（按扩展名和内容是 CSV 文件：请按 csv 格式导入，即 --format csv） / delivery_orders.csv is not a readable ${label} file (its extension and content say it is CSV: ingest it as csv, with --format csv)\n`,
      );
      expect(`${run.stdout}${run.stderr}`).not.toMatch(/magic bytes|signature|read_parquet/);
    }
    expect(existsSync(path.join(dataDir, 'datasets')) ? await datasetsIn(dataDir) : []).toEqual([]);
  });
});
