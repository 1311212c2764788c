import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { datasetKinds, type DatasetKind } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { ingestDataset } from '../ingest/ingest';
import { tempDir, testKey } from '../testing/builders';
import { simulate } from './simulate';

describe('simulator', () => {
  it('replaces an earlier simulation’s folder, and refuses any other folder that holds files, leaving it as it was', async () => {
    const dir = await tempDir();
    const out = join(dir, 'sim');
    await simulate({ days: 1, scale: 0.001, seed: 1, outDir: out });
    await simulate({ days: 1, scale: 0.001, seed: 2, outDir: out });
    expect(JSON.parse(await readFile(join(out, 'manifest.json'), 'utf8'))).toMatchObject({ seed: 2 });
    const mine = join(dir, 'mine');
    await mkdir(mine);
    await writeFile(join(mine, 'important.txt'), 'precious');
    await expect(simulate({ days: 1, scale: 0.001, seed: 1, outDir: mine })).rejects.toThrow(
      /不是空文件夹.*neither empty nor an earlier simulation's output/,
    );
    expect(await readdir(mine)).toEqual(['important.txt']);
    expect(await readdir(dir)).toEqual(['mine', 'sim']);
  });

  it('is deterministic for a seed, writes data that ingests without a rejected row, and keeps aggregate rules clean, the monthly average commission among them', async () => {
    const dir = await tempDir();
    const a = await simulate({ days: 14, scale: 0.003, seed: 42, outDir: join(dir, 'a') });
    const b = await simulate({ days: 14, scale: 0.003, seed: 42, outDir: join(dir, 'b') });
    const digest = async (d: string) =>
      createHash('sha256')
        .update(await readFile(join(d, 'ground_truth.parquet')))
        .digest('hex');
    expect(await digest(join(dir, 'a'))).toBe(await digest(join(dir, 'b')));
    expect(a.rows).toEqual(b.rows);
    expect(Object.keys(a.violations).length).toBeGreaterThanOrEqual(10);
    // Per platform, as the scenario injects them: late fines at Meituan, bad-review deductions at Ele.me.
    for (const [rule, n] of Object.entries(a.violations))
      expect(Object.values(a.violationsByPlatform[rule] ?? {}).reduce((x, y) => x + y, 0)).toBe(n);
    expect(Object.keys(a.violationsByPlatform['fd.no_late_money_penalty'] ?? {})).toEqual(['meituan']);
    expect(Object.keys(a.violationsByPlatform['fd.bad_review_no_deduction'] ?? {})).toEqual(['eleme']);

    for (const kind of datasetKinds) {
      const result = await ingestDataset(
        { path: join(dir, 'a', `${kind}.parquet`) },
        { dataDir: join(dir, 'data'), kind, pseudonymKey: testKey },
      );
      expect([kind, result.rowsRejected, result.errors.slice(0, 3)]).toEqual([kind, 0, []]);
      expect(result.rowsAccepted).toBe(a.rows[kind]);
    }

    const db = await DuckSession.open({ tempDirectory: dir });
    try {
      const orders = sqlString(join(dir, 'a', 'delivery_orders.parquet'));
      // Per rider and day: working minutes (orders never overlap across sessions) far below the 720-minute cap,
      // and never seven working days in an ISO week.
      const [worst] = await db.rows<{ span: number; days: bigint }>(`SELECT
        (SELECT max(m) FROM (SELECT rider_id, CAST(accepted_at AS DATE) d, s, date_diff('minute', min(accepted_at), max(delivered_at)) m
           FROM (SELECT *, CASE WHEN hour(accepted_at) < 16 THEN 0 ELSE 1 END s FROM read_parquet(${orders}) WHERE status = 'delivered')
           GROUP BY ALL)) AS span,
        (SELECT max(n) FROM (SELECT rider_id, yearweek(accepted_at), count(DISTINCT CAST(accepted_at AS DATE)) n FROM read_parquet(${orders}) GROUP BY ALL)) AS days`);
      expect(worst!.span).toBeLessThan(240);
      expect(Number(worst!.days)).toBeLessThanOrEqual(6);

      // Each ride-hailing platform's monthly mean commission (rules.md) stays within the 14 % it discloses and the
      // 1-point tolerance, refund trips and injected cap breaches included.
      const trips = sqlString(join(dir, 'a', 'ride_trips.parquet'));
      const means = await db.rows<{ platform: string; trips: bigint; mean: number }>(`SELECT platform,
          count(*) AS trips, avg((passenger_paid - driver_income - refund) / passenger_paid)::DOUBLE AS mean
        FROM read_parquet(${trips}) GROUP BY platform, date_trunc('month', pickup_at) ORDER BY ALL`);
      expect(means.map((m) => m.platform)).toEqual(['caocao', 'didi', 't3']);
      for (const m of means) {
        expect(Number(m.trips)).toBeGreaterThan(100);
        expect(m.mean).toBeLessThanOrEqual(0.15);
      }

      // Row ids are opaque, as platforms' order numbers are: the kind's prefix and 20 digits, every one distinct,
      // none holding the worker's number or the day (an export keeps them beside the worker's alias).
      const ids: [DatasetKind, string, string][] = [
        ['delivery_orders', 'order_id', '^D[0-9]{20}$'],
        ['parcel_deliveries', 'parcel_id', '^[a-z]+-P[0-9]{20}$'],
        ['ride_trips', 'trip_id', '^[a-z0-9]+-T[0-9]{20}$'],
        ['freight_orders', 'order_id', '^[a-z_]+-F[0-9]{20}$'],
      ];
      for (const [kind, column, shape] of ids) {
        const [row] = await db.rows<{ rows: bigint; ids: bigint; other: bigint }>(
          `SELECT count(*) AS rows, count(DISTINCT ${column}) AS ids,
             count(*) FILTER (WHERE NOT regexp_full_match(${column}, '${shape}')) AS other
           FROM read_parquet(${sqlString(join(dir, 'a', `${kind}.parquet`))})`,
        );
        expect([kind, Number(row!.ids), Number(row!.other)]).toEqual([kind, a.rows[kind], 0]);
        expect(Number(row!.rows)).toBe(a.rows[kind]);
      }
    } finally {
      db.close();
    }
  });
});
