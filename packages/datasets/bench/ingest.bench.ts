/**
 * Ingest benchmark: N simulated delivery orders (default 10 million) written to CSV, then
 *   floor = DuckDB reading the same CSV into a table with no checks, and
 *   full  = ingestDataset with every check, pseudonymisation and the Parquet write.
 * Printed as a ratio from one run, with rows/s and peak memory. Run: npx tsx packages/datasets/bench/ingest.bench.ts [--rows N]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckSession, sqlString } from '../src/duck/session';
import { ingestDataset } from '../src/ingest/ingest';
import { simulate } from '../src/simulate/simulate';

const rowsArg = process.argv.indexOf('--rows');
const targetRows = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 10_000_000;
const say = (line: string) => process.stdout.write(line + '\n');

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const dir = await mkdtemp(join(tmpdir(), 'gigpact-bench-'));
try {
  // About 22 delivered orders per rider-day at 6 of 7 days worked: scale riders to reach the target in 28 days.
  const days = 28;
  const scale = Math.max(0.001, targetRows / (days * 10000 * 19.5));
  const sim = await simulate({
    days,
    scale,
    seed: 1,
    outDir: join(dir, 'sim'),
    industries: ['food_delivery'],
  });
  const csv = join(dir, 'orders.csv');
  const db = await DuckSession.open({ tempDirectory: dir });
  await db.run(
    `COPY (SELECT * FROM read_parquet(${sqlString(join(dir, 'sim', 'delivery_orders.parquet'))})) TO ${sqlString(csv)} (HEADER)`,
  );
  db.close();
  const rows = sim.rows.delivery_orders ?? 0;
  const bytes = (await stat(csv)).size;
  say(`ingest bench: ${rows} delivery orders, CSV ${(bytes / 1e6).toFixed(0)} MB`);

  const floorDb = await DuckSession.open({ tempDirectory: dir });
  let t = performance.now();
  await floorDb.run(`CREATE TABLE t AS SELECT * FROM read_csv(${sqlString(csv)})`);
  const floorMs = performance.now() - t;
  floorDb.close();

  peakRss = process.memoryUsage().rss;
  t = performance.now();
  const result = await ingestDataset(
    { path: csv },
    { dataDir: join(dir, 'data'), kind: 'delivery_orders', pseudonymKey: 'bench-key-0123456789abcdef' },
  );
  const fullMs = performance.now() - t;
  say(
    `  floor  DuckDB read_csv, no checks: ${(floorMs / 1000).toFixed(2)} s (${Math.round(rows / (floorMs / 1000))} rows/s)`,
  );
  say(
    `  full   ingest with all checks:     ${(fullMs / 1000).toFixed(2)} s (${Math.round(rows / (fullMs / 1000))} rows/s), accepted ${result.rowsAccepted}, rejected ${result.rowsRejected}`,
  );
  say(`  ratio  full / floor = ${(fullMs / floorMs).toFixed(2)}x (goal ≤ 2x)`);
  say(`  peak RSS during ingest ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}
