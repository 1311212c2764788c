/**
 * Ingest benchmark: N simulated delivery orders (default 10 million) written to CSV, then
 *   floor = DuckDB reading the same CSV into a table with no checks, and
 *   full  = ingestDataset with every check, pseudonymisation and the Parquet write.
 * Printed as ratios from one run — of elapsed time, and of CPU time (steadier on a busy machine) — with rows/s
 * and peak memory. `--with-bad-row` also ingests the same file with one refused row added at its end: the worst
 * case of a file that takes the exact path (a whole pass is spent before the bad row stops it). `--ndjson` writes the
 * orders as NDJSON instead (floor: DuckDB `read_ndjson` into a table), and its bad row is a line that is not JSON.
 * Run: npx tsx packages/datasets/bench/ingest.bench.ts [--rows N] [--with-bad-row] [--ndjson]
 */
import { appendFile, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckSession, sqlString } from '../src/duck/session';
import { ingestDataset } from '../src/ingest/ingest';
import { simulate } from '../src/simulate/simulate';

const rowsArg = process.argv.indexOf('--rows');
const targetRows = rowsArg > 0 ? Number(process.argv[rowsArg + 1]) : 10_000_000;
const ndjson = process.argv.includes('--ndjson');
const say = (line: string) => process.stdout.write(line + '\n');

let peakRss = 0;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);

const dir = await mkdtemp(join(tmpdir(), 'gigpact-bench-'));
try {
  // About 16 orders per rider and calendar day (sessions, rest days, cancellations): riders scaled to the target.
  const days = 28;
  const scale = Math.max(0.001, targetRows / (days * 10000 * 16));
  const sim = await simulate({
    days,
    scale,
    seed: 1,
    outDir: join(dir, 'sim'),
    industries: ['food_delivery'],
  });
  const csv = join(dir, ndjson ? 'orders.ndjson' : 'orders.csv');
  const db = await DuckSession.open({ tempDirectory: dir });
  await db.run(
    `COPY (SELECT * FROM read_parquet(${sqlString(join(dir, 'sim', 'delivery_orders.parquet'))})) TO ${sqlString(csv)} (${ndjson ? 'FORMAT json' : 'HEADER'})`,
  );
  db.close();
  const rows = sim.rows.delivery_orders ?? 0;
  const bytes = (await stat(csv)).size;
  say(`ingest bench: ${rows} delivery orders, ${ndjson ? 'NDJSON' : 'CSV'} ${(bytes / 1e6).toFixed(0)} MB`);

  const floorDb = await DuckSession.open({ tempDirectory: dir });
  const reader = ndjson ? 'read_ndjson' : 'read_csv';
  const floor = await measure(() =>
    floorDb.run(`CREATE TABLE t AS SELECT * FROM ${reader}(${sqlString(csv)})`),
  );
  floorDb.close();

  const perSecond = (ms: number) => Math.round(rows / (ms / 1000));
  say(`  floor  DuckDB ${reader}, no checks: ${seconds(floor)} (${perSecond(floor.wallMs)} rows/s)`);
  await ingestAndReport('full', 'ingest with all checks:', csv, join(dir, 'data'), floor, perSecond);
  if (process.argv.includes('--with-bad-row')) {
    // A pay with five decimal places: refused, so the file goes the exact way after the one-pass attempt. In
    // NDJSON a line that is not JSON: set aside before the scan, so the file goes the exact way at once.
    await appendFile(
      csv,
      ndjson
        ? '{"order_id": "X-bad", "platform": "eleme",\n'
        : 'X-bad,eleme,eleme_rd_x,crowd,,徐汇区,2025-09-01 11:19:00,2025-09-01 11:21:00,,,,,2025-09-01 11:35:00,1666,cancelled,8.50001,0,0,,,true,0\n',
    );
    await ingestAndReport('bad', 'same + one bad row at end:', csv, join(dir, 'data-bad'), floor, perSecond);
  }
} finally {
  clearInterval(sampler);
  await rm(dir, { recursive: true, force: true });
}

/** Ingests the file once, printing its time, rows/s, phases, ratios to the floor and the peak RSS. */
async function ingestAndReport(
  name: string,
  label: string,
  csv: string,
  dataDir: string,
  floor: { wallMs: number; cpuMs: number },
  perSecond: (ms: number) => number,
): Promise<void> {
  peakRss = process.memoryUsage().rss;
  const phases: string[] = [];
  let phaseStart = performance.now();
  let phase = '';
  let result: Awaited<ReturnType<typeof ingestDataset>> | undefined;
  const full = await measure(async () => {
    result = await ingestDataset(
      { path: csv },
      {
        dataDir,
        kind: 'delivery_orders',
        pseudonymKey: 'bench-key-0123456789abcdef',
        onProgress: (p) => {
          if (p.phase === phase) return;
          const now = performance.now();
          if (phase) phases.push(`${phase} ${((now - phaseStart) / 1000).toFixed(2)} s`);
          phase = p.phase;
          phaseStart = now;
        },
      },
    );
  });
  say(
    `  ${name.padEnd(6)} ${label.padEnd(28)} ${seconds(full)} (${perSecond(full.wallMs)} rows/s), accepted ${result?.rowsAccepted}, rejected ${result?.rowsRejected}`,
  );
  say(`         phases: ${phases.join(', ')}`);
  say(
    `  ratio  ${name} / floor = ${(full.wallMs / floor.wallMs).toFixed(2)}x elapsed, ${(full.cpuMs / floor.cpuMs).toFixed(2)}x CPU (goal ≤ 2x)`,
  );
  say(`  peak RSS during ingest ${(peakRss / 1024 / 1024).toFixed(0)} MiB`);
}

/** Elapsed and CPU time (all threads of this process, DuckDB's included) of one run. */
async function measure(work: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const t = performance.now();
  await work();
  const used = process.cpuUsage(cpu);
  return { wallMs: performance.now() - t, cpuMs: (used.user + used.system) / 1000 };
}

function seconds(m: { wallMs: number; cpuMs: number }): string {
  return `${(m.wallMs / 1000).toFixed(2)} s (CPU ${(m.cpuMs / 1000).toFixed(2)} s)`;
}
