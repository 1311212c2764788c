import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  dataAfterAgreement,
  asOfBeforeAgreement,
  asOfBeforeDataEnds,
  dataBeforeAgreement,
  dataPlatformSpeltLikeCovered,
  kindFromFileName,
  payrollNotPlaced,
  resolveDataArguments,
} from './data-arguments';

const dir = mkdtempSync(path.join(tmpdir(), 'gigpact-data-arguments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const simulated = path.join(dir, 'simulated');
mkdirSync(simulated);
mkdirSync(path.join(simulated, 'delivery_orders'));
for (const name of [
  'delivery_orders.parquet',
  'weather_alerts.parquet',
  'ground_truth.parquet',
  'manifest.json',
])
  writeFileSync(path.join(simulated, name), '');
const trips = path.join(dir, 'trips.csv');
writeFileSync(trips, '');

describe('the --data items of gigpact audit', () => {
  it('takes a dataset kind from a file named after it', () => {
    expect(kindFromFileName('/x/ride_trips.csv')).toBe('ride_trips');
    expect(kindFromFileName('delivery_orders.PARQUET')).toBe('delivery_orders');
    expect(kindFromFileName('ground_truth.parquet')).toBeUndefined();
    expect(kindFromFileName('ride_trips.txt')).toBeUndefined();
    expect(kindFromFileName('ride_trips')).toBeUndefined();
  });

  it('keeps dataset ids, gives files --kind or the kind of their name, and opens a folder to its datasets', () => {
    const id = 'a'.repeat(64);
    const { items, skipped } = resolveDataArguments([id, trips, simulated]);
    expect(items).toEqual([
      { datasetId: id },
      { file: trips, kind: undefined },
      { file: path.join(simulated, 'delivery_orders.parquet'), kind: 'delivery_orders' },
      { file: path.join(simulated, 'weather_alerts.parquet'), kind: 'weather_alerts' },
    ]);
    // What the folder holds besides is named, not passed over in silence (its subfolders are not read).
    expect(skipped.map((s) => path.basename(s.file))).toEqual(['ground_truth.parquet', 'manifest.json']);
    expect(resolveDataArguments([trips], 'ride_trips').items).toEqual([{ file: trips, kind: 'ride_trips' }]);
  });

  it('takes eight or more hex digits that name no file as the start of a dataset id', () => {
    expect(resolveDataArguments(['0123abcd4567']).items).toEqual([
      { datasetId: '0123abcd4567', datasetIdPrefix: true },
    ]);
    expect(() => resolveDataArguments(['0123abc'])).toThrow('no file, folder or dataset id 0123abc');
  });

  it('with --kind, takes only that kind from a folder', () => {
    const { items, skipped } = resolveDataArguments([simulated], 'weather_alerts');
    expect(items).toEqual([{ file: path.join(simulated, 'weather_alerts.parquet'), kind: 'weather_alerts' }]);
    expect(skipped.find((s) => s.file.endsWith('delivery_orders.parquet'))?.reason).toContain(
      'not of --kind weather_alerts',
    );
  });

  it('names a path that does not exist and a folder without datasets, in Chinese and English', () => {
    expect(() => resolveDataArguments([path.join(dir, 'missing.csv')])).toThrow(
      /找不到文件或数据集 .*missing\.csv \/ no file, folder or dataset id .*missing\.csv/,
    );
    const empty = path.join(dir, 'empty');
    mkdirSync(empty);
    writeFileSync(path.join(empty, 'notes.txt'), '');
    expect(() => resolveDataArguments([empty])).toThrow(
      /文件夹 .*empty.* \/ folder .*empty holds no data file/,
    );
  });
});

describe('the note on data older than the agreement', () => {
  it('is given only when every dataset with a period ends before the agreement takes effect', () => {
    expect(dataBeforeAgreement(['2025-09-03T20:00:00', null, '2025-08-31T23:59:00'], '2025-11-01')).toBe(
      '提示：数据截至 2025-09-03，早于协议生效日 2025-11-01，没有可核查的行 / note: the data ends on 2025-09-03, before the agreement takes effect on 2025-11-01: no row is checked',
    );
    expect(dataBeforeAgreement(['2025-09-03T20:00:00', '2025-11-01T08:00:00'], '2025-11-01')).toBeNull();
    expect(dataBeforeAgreement([null], '2025-11-01')).toBeNull();
    expect(dataBeforeAgreement([], '2025-11-01')).toBeNull();
  });

  it('and on data newer than an ended agreement, only when every dataset starts after its last day', () => {
    expect(dataAfterAgreement(['2025-10-01T08:00:00', null, '2025-09-02T00:00:00'], '2025-09-01')).toBe(
      "提示：数据始于 2025-09-02，晚于协议终止日 2025-09-01，没有可核查的行 / note: the data starts on 2025-09-02, after the agreement's last day 2025-09-01: no row is checked",
    );
    expect(dataAfterAgreement(['2025-10-01T08:00:00', '2025-09-01T23:00:00'], '2025-09-01')).toBeNull();
    expect(dataAfterAgreement(['2025-10-01T08:00:00'], undefined)).toBeNull();
  });
});

describe('the note on a platform spelt like a covered one', () => {
  it('names each such platform and the covered one, in Chinese and English, and nothing when none', () => {
    expect(
      dataPlatformSpeltLikeCovered([['huolala', 'Huolala'], ['lalamove']], ['huolala', 'didi_freight']),
    ).toBe(
      '提示：数据中的平台“Huolala”（协议覆盖的是“huolala”）只在大小写或分隔符上与协议覆盖的平台不同，但不是同一名称：这些行不予核查；请改正写错的一方（改数据后重新导入，或改协议） / ' +
        'note: the data\'s platform "Huolala" (the agreement covers "huolala") differs from one the agreement covers only in case or separators, and is not it: its rows are not checked; correct whichever is wrong (the data, then ingest it again, or the agreement)',
    );
    expect(dataPlatformSpeltLikeCovered([['huolala', 'lalamove']], ['huolala'])).toBeNull();
  });
});

describe('the note on payroll without parcels', () => {
  it('is given when payroll cannot be placed by brand or district for want of the parcels', () => {
    const jt = { platforms: ['jt'], districts: [] };
    const payroll = { kind: 'courier_payroll' as const, platform: null };
    const parcels = { kind: 'parcel_deliveries' as const, platform: null };
    expect(payrollNotPlaced([payroll], jt)).toMatch(/every payroll row is checked$/);
    expect(payrollNotPlaced([payroll, parcels], jt)).toBeNull();
    expect(payrollNotPlaced([payroll], { platforms: [], districts: [] })).toBeNull();
    expect(payrollNotPlaced([payroll], { platforms: [], districts: ['青浦区'] })).not.toBeNull();
    expect(payrollNotPlaced([parcels], jt)).toBeNull();
    // Ingested for its brand, payroll is placed by it under an agreement naming platforms, not districts.
    const jtPayroll = { ...payroll, platform: 'jt' };
    expect(payrollNotPlaced([jtPayroll], jt)).toBeNull();
    expect(payrollNotPlaced([jtPayroll, payroll], jt)).not.toBeNull();
    expect(payrollNotPlaced([jtPayroll], { platforms: ['jt'], districts: ['青浦区'] })).not.toBeNull();
  });
});

describe('the note on an as-of date before the data ends', () => {
  it('is given only when the as-of date is before the last day of some data', () => {
    expect(asOfBeforeDataEnds('2025-08-15', ['2025-09-20', null, '2025-08-01'])).toMatch(
      /as-of date 2025-08-15 is before the data's last day 2025-09-20: every row is checked/,
    );
    expect(asOfBeforeDataEnds('2025-09-20', ['2025-09-20'])).toBeNull();
    expect(asOfBeforeDataEnds('2025-11-10', ['2025-11-10T10:00:00'])).toBeNull();
    expect(asOfBeforeDataEnds('2025-11-09', ['2025-11-10T10:00:00'])).toMatch(/last day 2025-11-10:/);
    expect(asOfBeforeDataEnds('2025-01-01', [null])).toBeNull();
  });
});

describe('the note on an as-of date before the agreement takes effect', () => {
  it('is given only when the as-of date is before the effective date', () => {
    expect(asOfBeforeAgreement('2025-09-15', '2025-10-01')).toMatch(
      /^提示：截止日期 2025-09-15 早于协议生效日 2025-10-01.* \/ note: the as-of date 2025-09-15 is before the agreement takes effect on 2025-10-01: it was not yet in force/,
    );
    expect(asOfBeforeAgreement('2025-10-01', '2025-10-01')).toBeNull();
    expect(asOfBeforeAgreement('2025-12-31', '2025-10-01')).toBeNull();
  });
});
