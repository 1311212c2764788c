import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetsByIndustry, industries, type DatasetKind, type Industry } from '@gigpact/contracts';
import { DuckSession, sqlString } from '../duck/session';
import { deliveryOrdersSql } from './delivery-sql';
import { groundTruthPredicates } from './ground-truth';
import { expressSql, freightSql, ridesSql } from './other-sql';
import { districtTableSql } from './reference';
import { defaultScenario, type Scenario } from './scenario';

export interface SimulateOptions {
  days: number;
  /** 1 = 10,000 riders (~300,000 orders a day), 1,000 couriers, 2,000 ride drivers, 500 freight drivers. */
  scale: number;
  seed: number;
  outDir: string;
  /** First simulated day (a Monday keeps ISO weeks whole); default 2025-09-01. */
  start?: string;
  industries?: readonly Industry[];
  scenario?: Scenario;
  signal?: AbortSignal;
  onProgress?: (progress: { step: string; done: number; total: number }) => void;
}

export interface SimulationSummary {
  outDir: string;
  seed: number;
  days: number;
  scale: number;
  start: string;
  end: string;
  /** The audit as-of date the ground truth assumes (late enough for every due date and 7-day window). */
  asOf: string;
  scenario: Scenario;
  rows: Partial<Record<DatasetKind, number>>;
  violations: Record<string, number>;
  /** The same counts per platform (express: brand) of the rows: an agreement checks only its own platforms'. */
  violationsByPlatform: Record<string, Record<string, number>>;
}

/**
 * Writes canonical datasets for Shanghai as Parquet (`<kind>.parquet`), the worker roster and weather alerts,
 * plus `ground_truth.parquet` listing every row each injectable rule flags. Generation is SQL in DuckDB with
 * seeded hash randomness, streamed to Parquet: the same seed gives the same files, and memory stays bounded.
 */
export async function simulate(options: SimulateOptions): Promise<SimulationSummary> {
  const scenario = options.scenario ?? defaultScenario;
  const chosen = options.industries ?? industries;
  const start = options.start ?? '2025-09-01';
  await refuseForeignFolder(options.outDir);
  const work = `${options.outDir}.partial-${process.pid}`;
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, 'tmp'), { recursive: true });
  const db = await DuckSession.open({ tempDirectory: join(work, 'tmp'), signal: options.signal });
  try {
    const seed = Math.trunc(options.seed);
    await db.run(`CREATE MACRO rnd(s, a, b) AS (hash(${seed}::BIGINT, s, a, b) % 1000000007) / 1000000007.0`);
    // A row's id is a seeded 64-bit hash of its key written as 20 digits, as opaque as a platform's order number:
    // it holds neither the worker's number nor the day, so a kept id cannot tie a pseudonym back to a worker.
    await db.run(
      `CREATE MACRO opaque_number(s, a, b) AS lpad(CAST(hash(${seed}::BIGINT, s, a, b) AS VARCHAR), 20, '0')`,
    );
    await db.run(districtTableSql());
    await db.run(`CREATE TABLE days AS SELECT CAST(DATE ${sqlString(start)} + INTERVAL (i) DAY AS DATE) AS day, i AS dn,
      CAST(yearweek(DATE ${sqlString(start)} + INTERVAL (i) DAY) AS INTEGER) AS week FROM range(${options.days}) r(i)`);
    await db.run(`CREATE TABLE months AS SELECT DISTINCT CAST(date_trunc('month', day) AS DATE) AS month,
      CAST(date_part('year', day) * 12 + date_part('month', day) AS INTEGER) AS m FROM days`);
    await db.run(`CREATE TABLE episodes AS
      SELECT d.name AS district, dy.dn, 1 + CAST(floor(rnd(10, d.idx, dy.dn) * 4) AS INTEGER) AS level,
        CASE WHEN month(dy.day) BETWEEN 6 AND 9 AND rnd(11, d.idx, dy.dn) < 0.4 THEN 'heat'
             WHEN rnd(11, d.idx, dy.dn) < 0.8 THEN 'rainstorm' ELSE 'wind' END AS kind,
        dy.day + INTERVAL (8 + CAST(floor(rnd(12, d.idx, dy.dn) * 10) AS INTEGER)) HOUR + INTERVAL 30 SECOND AS starts_at,
        dy.day + INTERVAL (8 + CAST(floor(rnd(12, d.idx, dy.dn) * 10) AS INTEGER) + 2 + CAST(floor(rnd(13, d.idx, dy.dn) * 6) AS INTEGER)) HOUR
          + INTERVAL 30 SECOND AS ends_at
      FROM districts d CROSS JOIN days dy WHERE rnd(14, d.idx, dy.dn) < 0.12`);
    await db.run(
      `CREATE VIEW weather_alerts AS SELECT district, kind, level, starts_at, ends_at FROM episodes ORDER BY dn, district`,
    );

    const scale = options.scale;
    const plan: { industry: Industry; sql: string[] }[] = (
      [
        {
          industry: 'food_delivery',
          sql: deliveryOrdersSql(scenario, Math.max(3, Math.round(10000 * scale))),
        },
        { industry: 'express', sql: expressSql(scenario, Math.max(4, Math.round(1000 * scale))) },
        { industry: 'ride_hailing', sql: ridesSql(scenario, Math.max(3, Math.round(2000 * scale))) },
        { industry: 'freight', sql: freightSql(scenario, Math.max(3, Math.round(500 * scale))) },
      ] as { industry: Industry; sql: string[] }[]
    ).filter((p) => chosen.includes(p.industry));
    const kinds: DatasetKind[] = ['weather_alerts', ...plan.flatMap((p) => datasetsByIndustry[p.industry])];
    const unique = [...new Set(kinds)];
    const total = unique.length + 2;
    let done = 0;
    const step = (name: string) => options.onProgress?.({ step: name, done: done++, total });
    for (const p of plan) for (const sql of p.sql) await db.run(sql);

    const rows: Partial<Record<DatasetKind, number>> = {};
    for (const kind of unique) {
      step(kind);
      const file = join(work, `${kind}.parquet`);
      await db.run(`COPY (SELECT * FROM ${kind}) TO ${sqlString(file)} (FORMAT parquet, COMPRESSION zstd)`);
      rows[kind] = Number(await db.value<bigint>(`SELECT count(*) FROM read_parquet(${sqlString(file)})`));
    }
    step('workers');
    await db.run(
      `COPY (${rosterSql(plan.map((p) => p.industry))}) TO ${sqlString(join(work, 'workers.parquet'))} (FORMAT parquet)`,
    );
    rows.workers = Number(
      await db.value<bigint>(
        `SELECT count(*) FROM read_parquet(${sqlString(join(work, 'workers.parquet'))})`,
      ),
    );

    step('ground truth');
    const end = (await db.value<string>(`SELECT CAST(max(day) AS VARCHAR) FROM days`)) ?? start;
    const asOf = await db.value<string>(`SELECT CAST(max(day) + INTERVAL 60 DAY AS DATE)::VARCHAR FROM days`);
    const parts = groundTruthPredicates
      .filter((g) => unique.includes(g.kind))
      .map(
        (g) => `SELECT ${sqlString(g.rule)} AS rule, ${sqlString(g.kind)} AS dataset,
          ${g.kind === 'parcel_deliveries' ? 'company' : g.kind === 'courier_payroll' ? "split_part(franchisee_id, '_fr_', 1)" : 'platform'} AS platform,
          ${g.id} AS row_id
        FROM read_parquet(${sqlString(join(work, `${g.kind}.parquet`))})
        WHERE ${g.where.replaceAll('{asOfDate}', `DATE ${sqlString(asOf)}`).replaceAll('{asOf}', `(DATE ${sqlString(asOf)} + INTERVAL 1 DAY)`)}`,
      );
    const truth = join(work, 'ground_truth.parquet');
    await db.run(
      `COPY (${parts.join(' UNION ALL ')} ORDER BY rule, row_id) TO ${sqlString(truth)} (FORMAT parquet)`,
    );
    const counts = await db.rows<{ rule: string; platform: string; n: bigint }>(
      `SELECT rule, platform, count(*) AS n FROM read_parquet(${sqlString(truth)}) GROUP BY ALL ORDER BY ALL`,
    );
    const violations: Record<string, number> = {};
    const violationsByPlatform: Record<string, Record<string, number>> = {};
    for (const c of counts) {
      violations[c.rule] = (violations[c.rule] ?? 0) + Number(c.n);
      (violationsByPlatform[c.rule] ??= {})[c.platform] = Number(c.n);
    }
    const summary: SimulationSummary = {
      outDir: options.outDir,
      seed,
      days: options.days,
      scale,
      start,
      end,
      asOf,
      scenario,
      rows,
      violations,
      violationsByPlatform,
    };
    await writeFile(join(work, 'manifest.json'), JSON.stringify(summary, null, 2));
    db.close();
    await rm(join(work, 'tmp'), { recursive: true, force: true });
    await rm(options.outDir, { recursive: true, force: true });
    await rename(work, options.outDir);
    step('done');
    return summary;
  } catch (error) {
    db.close();
    await rm(work, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The output folder is replaced as a whole, so it must be new, empty or an earlier simulation's (its
 * `manifest.json` a simulation's summary): any other folder — `.`, a home directory, a folder of real exports —
 * is refused before anything is written, naming it.
 */
async function refuseForeignFolder(outDir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(outDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    if ((error as NodeJS.ErrnoException).code === 'ENOTDIR')
      throw new Error(`输出位置 ${outDir} 是文件，不是文件夹 / the output ${outDir} is a file, not a folder`);
    throw error;
  }
  if (entries.length === 0) return;
  const manifest = await readFile(join(outDir, 'manifest.json'), 'utf8').catch(() => null);
  const summary = ((): Partial<SimulationSummary> | null => {
    try {
      return manifest === null ? null : (JSON.parse(manifest) as Partial<SimulationSummary>);
    } catch {
      return null;
    }
  })();
  if (summary && typeof summary.seed === 'number' && summary.violations !== undefined) return;
  throw new Error(
    `输出文件夹 ${outDir} 不是空文件夹，也不是此前模拟的输出：模拟会替换整个文件夹，为免删除其中的文件未进行；请指定新的或空的文件夹 / the output folder ${outDir} is neither empty nor an earlier simulation's output: a simulation replaces the whole folder, so nothing was done rather than delete what it holds; name a new or empty folder`,
  );
}

/** The worker roster of every simulated industry, with union membership and social insurance. */
function rosterSql(chosen: Industry[]): string {
  const sources: Record<Industry, string> = {
    food_delivery: `SELECT rider_id AS worker_id, platform, 'rider' AS kind, rider_type AS employment, district, rid AS wid FROM riders`,
    // Every branch names its columns: the first one chosen names the union's, whichever industry it is.
    express: `SELECT worker_id, platform, 'courier' AS kind, 'franchise' AS employment, district, wid FROM couriers`,
    ride_hailing: `SELECT worker_id, platform, 'ride_driver' AS kind, 'contractor' AS employment, district, wid FROM ride_drivers`,
    freight: `SELECT worker_id, platform, 'freight_driver' AS kind, 'contractor' AS employment, district, wid FROM freight_drivers`,
  };
  return `SELECT worker_id, platform, kind, employment, district,
      rnd(15, wid, 0) < 0.45 AS union_member,
      CASE WHEN rnd(15, wid, 0) < 0.45 THEN DATE '2022-01-01' + INTERVAL (CAST(floor(rnd(16, wid, 0) * 1300) AS INTEGER)) DAY END::DATE AS union_joined_at,
      rnd(17, wid, 0) < 0.3 AS social_insurance
    FROM (${chosen.map((i) => sources[i]).join(' UNION ALL ')})`;
}
