import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestDataset } from '../ingest/ingest';
import { datasetDir } from '../store/layout';
import { readParquet, tempDir, testKey } from '../testing/builders';

const repoRoot = resolve(import.meta.dirname, '../../../..');
const real = (name: string) => resolve(repoRoot, '../shared/data/real', name);

describe('adapters for real public exports', () => {
  it('maps the NYC TLC high-volume for-hire sample to ride_trips exactly as the mapping table says', async () => {
    const dataDir = join(await tempDir(), 'data');
    const result = await ingestDataset(
      { path: real('nyc-hvfhv-2023-sample.csv') },
      { dataDir, format: 'nyc-hvfhv', pseudonymKey: testKey },
    );
    expect(result).toMatchObject({ kind: 'ride_trips', rowsAccepted: 60, rowsRejected: 0, rowsSkipped: 0 });
    expect(result.manifest).toMatchObject({
      timeZone: 'America/New_York',
      currency: 'USD',
      platforms: ['HV0003', 'HV0005'],
    });
    const dir = datasetDir(dataDir, result.datasetId!);
    const rows = await readParquet(join(dir, 'data.parquet'), dir);
    const first = rows.find((r) => r.trip_id === '231484989')!;
    // 9.74 + 0 + 0.29 + 0.86 + 0 + 0 in decimal arithmetic.
    expect(first).toMatchObject({
      platform: 'HV0003',
      driver_id: 'B03404',
      requested_at: '2023-02-01 23:56:37',
      accepted_at: '2023-02-01 23:59:42',
      pickup_at: '2023-02-02 00:00:50',
      dropoff_at: '2023-02-02 00:08:37',
      passenger_paid: '10.8900',
      driver_income: '6.6500',
      tips: '0.0000',
      distance_km: '2.446203',
    });
    expect(Object.keys(first)).not.toContain('refund');
  });

  it('maps one driver’s Uber export, reporting every ride that is not a completed trip as skipped', async () => {
    const dataDir = join(await tempDir(), 'data');
    const result = await ingestDataset(
      { path: real('uber-driver-chicago-rides.csv') },
      { dataDir, format: 'uber-driver-rides', driver: 'chicago-driver-1', pseudonymKey: testKey },
    );
    expect(result).toMatchObject({
      kind: 'ride_trips',
      rowsAccepted: 4290,
      rowsRejected: 0,
      rowsSkipped: 304,
    });
    const dir = datasetDir(dataDir, result.datasetId!);
    const rows = await readParquet(join(dir, 'data.parquet'), dir);
    // Line 5 of the file: base_pay 4.4399999999999995, surge 3.75, tip 3.0.
    expect(rows.find((r) => r.trip_id === '4')).toMatchObject({
      driver_id: 'chicago-driver-1',
      platform: 'uber',
      pickup_at: '2023-01-15 13:17:41',
      driver_income: '8.1900',
      tips: '3.0000',
      distance_km: '2.414016',
    });
    expect(rows[0]).not.toHaveProperty('passenger_paid');
    const skipped = await readParquet(join(dir, 'rejected.parquet'), dir);
    expect(new Set(skipped.map((r) => r._disposition))).toEqual(new Set(['skipped']));
    expect(skipped).toHaveLength(304);
  });

  it('refuses the Uber export without a driver id', async () => {
    const dataDir = join(await tempDir(), 'data');
    const result = await ingestDataset(
      { path: real('uber-driver-chicago-rides.csv') },
      { dataDir, format: 'uber-driver-rides', pseudonymKey: testKey },
    );
    expect(result.datasetId).toBeNull();
    expect(result.errors.map((e) => [e.line, e.column, e.code])).toEqual([
      [1, 'driver_id', 'missing_column'],
    ]);
  });
});
