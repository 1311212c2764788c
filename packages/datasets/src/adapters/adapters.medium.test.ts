import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { ingestDataset } from '../ingest/ingest';
import type { IngestFormat } from '../ingest/options';
import { datasetDir } from '../store/layout';
import { csvOf, readParquet, tempDir, testKey } from '../testing/builders';
import { ingestFile, ingestText } from '../testing/ingest-text';

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

/** A TLC trip as the sample writes it (line 2 of nyc-hvfhv-2023-sample.csv), with `overrides`. */
const tlcTrip = (overrides: Record<string, string> = {}) => ({
  trip_id: '231484989.0',
  hvfhs_license_num: 'HV0003',
  dispatching_base_num: 'B03404',
  pickup_datetime: '2023-02-02T00:00:50Z',
  dropoff_datetime: '2023-02-02T00:08:37Z',
  trip_miles: '1.52',
  base_passenger_fare: '9.74',
  tolls: '0.0',
  bcf: '0.29',
  sales_tax: '0.86',
  congestion_surcharge: '0.0',
  airport_fee: '0.0',
  tips: '0.0',
  driver_pay: '6.65',
  ...overrides,
});
const uberRide = (overrides: Record<string, string> = {}) => ({
  status: 'COMPLETED',
  ride_start: '2023-01-15 13:17:41',
  ride_end: '2023-01-15 13:29:34',
  distance: '1.5',
  base_pay: '4.44',
  surge: '3.75',
  tip: '3.0',
  ...overrides,
});

/** Ingests an export of the given rows (a CSV file with their columns) with an adapter; the rows it stored. */
async function ingestExport(
  rows: Record<string, string>[],
  format: IngestFormat,
  options: { driver?: string; name?: string } = {},
) {
  const { result, dataDir, dir } = await ingestText(
    csvOf(rows, Object.keys(rows[0]!)),
    'ride_trips',
    { format, driver: options.driver },
    options.name ?? 'export.csv',
  );
  const stored = result.datasetId
    ? await readParquet(join(datasetDir(dataDir, result.datasetId), 'data.parquet'), dir)
    : [];
  return { result, rows: stored };
}

const errorsOf = (result: Awaited<ReturnType<typeof ingestDataset>>) =>
  result.errors.map((e) => [e.line, e.column, e.value, e.code]);

describe('money an adapter reads', () => {
  it('refuses a fifth decimal place, naming the file, line and column, and keeps float noise out of the way', async () => {
    const { result, rows } = await ingestExport(
      [
        tlcTrip({ trip_id: '1', driver_pay: '12.345678' }),
        tlcTrip({ trip_id: '2', tolls: '8.12345' }),
        tlcTrip({ trip_id: '3', trip_miles: '1.1234567' }),
        // What a program prints for binary floats: 4.44 and 0.3 at 15 significant digits.
        tlcTrip({ trip_id: '4', driver_pay: '4.4399999999999995', tips: '0.30000000000000004' }),
        tlcTrip({ trip_id: '5', driver_pay: '100.000000', tolls: '3.130000000000001' }),
      ],
      'nyc-hvfhv',
      { name: 'tlc.csv' },
    );
    expect(errorsOf(result)).toEqual([
      [2, 'driver_pay', '12.345678', 'invalid_money'],
      [3, 'tolls', '8.12345', 'invalid_money'],
      [4, 'trip_miles', '1.1234567', 'invalid_decimal'],
    ]);
    expect(result.errors.every((e) => e.file === 'tlc.csv')).toBe(true);
    expect(result.errors[0]!.message).toEqual({
      zh: 'driver_pay 的值 “12.345678” 不是有效金额（最多四位小数的十进制数）',
      en: 'driver_pay value "12.345678" is not a valid amount (a decimal with at most four decimal places)',
    });
    expect(result).toMatchObject({ rowsAccepted: 2, rowsRejected: 3 });
    expect(rows.map((r) => [r.trip_id, r.driver_income, r.tips, r.passenger_paid])).toEqual([
      ['4', '4.4400', '0.3000', '10.8900'],
      ['5', '100.0000', '0.0000', '14.0200'],
    ]);
  });

  it('reads a Parquet export’s DOUBLE columns by the same rule', async () => {
    const dir = await tempDir();
    const path = join(dir, 'tlc.parquet');
    const db = await DuckSession.open({ tempDirectory: dir });
    await db.run(`COPY (SELECT * FROM (VALUES
        ('1', 'HV0003', 'B03404', TIMESTAMP '2023-02-02 00:00:50', TIMESTAMP '2023-02-02 00:08:37', 9.74::DOUBLE, 12.345678::DOUBLE, 0.1::DOUBLE + 0.2::DOUBLE),
        ('2', 'HV0003', 'B03404', TIMESTAMP '2023-02-02 00:00:50', TIMESTAMP '2023-02-02 00:08:37', 9.74::DOUBLE, 6.65::DOUBLE, 0.1::DOUBLE + 0.2::DOUBLE))
      t(trip_id, hvfhs_license_num, dispatching_base_num, pickup_datetime, dropoff_datetime, base_passenger_fare, driver_pay, tips))
      TO ${sqlString(path)} (FORMAT parquet)`);
    db.close();
    const { result, dataDir } = await ingestFile(path, 'ride_trips', { format: 'nyc-hvfhv' });
    expect(errorsOf(result)).toEqual([[1, 'driver_pay', '12.345678', 'invalid_money']]);
    const rows = await readParquet(join(datasetDir(dataDir, result.datasetId!), 'data.parquet'), dir);
    expect(rows.map((r) => [r.trip_id, r.driver_income, r.tips])).toEqual([['2', '6.6500', '0.3000']]);
  });
});

describe('errors about what an adapter read', () => {
  it('name the export’s column and quote its value as the file has it', async () => {
    const { result } = await ingestExport(
      [
        tlcTrip({ trip_id: '1', tolls: 'abc' }),
        tlcTrip({ trip_id: '2', pickup_datetime: '2023-02-30T00:00:50Z' }),
        tlcTrip({ trip_id: '3', dropoff_datetime: '2023-02-01T23:00:00Z' }),
        tlcTrip({ trip_id: '4', driver_pay: '-6.65' }),
        tlcTrip({ trip_id: '3.0' }),
      ],
      'nyc-hvfhv',
    );
    expect(errorsOf(result)).toEqual([
      [2, 'tolls', 'abc', 'invalid_money'],
      [3, 'pickup_datetime', '2023-02-30T00:00:50Z', 'no_such_day'],
      [4, 'dropoff_datetime', '2023-02-01T23:00:00Z', 'timestamp_order'],
      [5, 'driver_pay', '-6.65', 'negative_value'],
      [6, 'trip_id', '3.0', 'duplicate_id'],
    ]);
    expect(result.errors.map((e) => e.message.en)).toEqual([
      'tolls value "abc" is not a valid amount (a decimal with at most four decimal places)',
      'pickup_datetime value "2023-02-30T00:00:50Z" is written correctly but names a day the calendar does not have',
      'dropoff_datetime time 2023-02-01T23:00:00Z is before pickup_datetime 2023-02-02T00:00:50Z',
      'driver_pay must not be negative: -6.65',
      'trip_id "3.0" is a duplicate (first seen on line 4)',
    ]);
    expect(result.errors[0]!.message.zh).toBe('tolls 的值 “abc” 不是有效金额（最多四位小数的十进制数）');
  });

  it('name the columns a derived value comes from, with their values', async () => {
    const { result } = await ingestExport(
      [
        uberRide({ base_pay: '-4.13', surge: '3.75' }),
        uberRide({ base_pay: 'n/a' }),
        uberRide({ distance: '-1.5' }),
      ],
      'uber-driver-rides',
      { driver: 'd1' },
    );
    expect(errorsOf(result)).toEqual([
      [2, 'driver_income (base_pay + surge)', 'base_pay=-4.13, surge=3.75', 'negative_value'],
      [3, 'base_pay', 'n/a', 'invalid_money'],
      [4, 'distance_km (distance × 1.609344)', 'distance=-1.5', 'negative_value'],
    ]);
    expect(result.errors[0]!.message).toEqual({
      zh: 'driver_income (base_pay + surge) 不能为负数：base_pay=-4.13, surge=3.75',
      en: 'driver_income (base_pay + surge) must not be negative: base_pay=-4.13, surge=3.75',
    });
  });
});
