import { join } from 'node:path';
import { canonicalDatasets, districtNamed, regionTree, type DatasetKind } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { datasetDir } from '../store/layout';
import { csvOf, deliveryRow, readParquet, tempDir } from '../testing/builders';
import { ingestText } from '../testing/ingest-text';
import { nearestDistrictSql, storedDistrictSql, unknownDistrictSql } from './district-names';

const header = [...Object.keys(deliveryRow()), 'district'];

async function ingested(districts: string[]) {
  const rows = districts.map((district, i) => deliveryRow({ order_id: `O${i}`, district }));
  const { result, dataDir, dir } = await ingestText(csvOf(rows, header), 'delivery_orders');
  const stored = await readParquet(join(datasetDir(dataDir, result.datasetId!), 'data.parquet'), dir);
  return { result, districts: stored.map((r) => r.district) };
}

describe('districts at ingest', () => {
  it('stores every spelling of a district the regions know as its name, counts those rows and refuses others', async () => {
    const { result, districts } = await ingested([
      '青浦区',
      'Qingpu',
      'QINGPU',
      '青浦',
      '310118',
      'Pudong New Area',
      '浦东',
      "Jing'an",
      'Manhattan',
      '',
      'ＱＩＮＧＰＵ',
    ]);
    expect(result.rowsAccepted).toBe(10);
    expect(districts).toEqual([
      '青浦区',
      '青浦区',
      '青浦区',
      '青浦区',
      '青浦区',
      '浦东新区',
      '浦东新区',
      '静安区',
      null,
      '青浦区',
    ]);
    expect(result.manifest?.districtsRenamed).toBe(8);
    expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
      [10, 'district', 'Manhattan', 'unknown_district'],
    ]);
  });

  it('stores names already written as the regions write them without counting them', async () => {
    const { result, districts } = await ingested(['青浦区', '浦东新区', '徐汇区']);
    expect(districts).toEqual(['青浦区', '浦东新区', '徐汇区']);
    expect(result.manifest?.districtsRenamed).toBe(0);
  });

  it('reads in DuckDB exactly the spellings the regions recognise', async () => {
    const spellings = regionTree.districts.flatMap((d) => [
      d.code,
      d.zh,
      d.zh.replace(/新?区$/, ''),
      d.en,
      d.en.toLowerCase(),
      `${d.en.toUpperCase()} DISTRICT`,
      ` ${d.en} `,
    ]);
    const fullWidth = (text: string) =>
      text.replace(/[!-~]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace(/ /g, '\u3000');
    spellings.push(
      ...regionTree.districts.flatMap((d) => [
        fullWidth(d.code),
        fullWidth(d.en),
        fullWidth(d.en.toUpperCase()),
      ]),
    );
    const others = ['浦东新', 'Qing', '310199', '区', 'Manhattan', '青浦镇', 'Xuhuii', 'ＸＵＨＵＩＩ'];
    const db = await DuckSession.open({ tempDirectory: await tempDir() });
    try {
      const rows = await db.rows<{ v: string; s: string; unknown: boolean }>(
        `SELECT v, ${storedDistrictSql('v')} AS s, ${unknownDistrictSql('v')} AS unknown
         FROM (SELECT unnest([${[...spellings, ...others].map(sqlString).join(', ')}]) AS v)`,
      );
      expect(rows).toHaveLength(spellings.length + others.length);
      for (const { v, s, unknown } of rows) {
        expect(s, v).toBe(districtNamed(v, regionTree)?.zh ?? v);
        expect(unknown, v).toBe(!districtNamed(v, regionTree));
      }
    } finally {
      db.close();
    }
  });

  it('suggests the spellings of the nearest district for a refused one', async () => {
    const db = await DuckSession.open({ tempDirectory: await tempDir() });
    try {
      const rows = await db.rows<{ v: string; near: string }>(
        `SELECT v, ${nearestDistrictSql('v')} AS near FROM (SELECT unnest(['Xuhuii', '徐会区', 'Pudong Nw Area', '310118x', 'QINGPUU']) AS v)`,
      );
      expect(rows.map((r) => [r.v, r.near])).toEqual([
        ['Xuhuii', '徐汇区, 徐汇, Xuhui, 310104'],
        ['徐会区', '徐汇区, 徐汇, Xuhui, 310104'],
        ['Pudong Nw Area', '浦东新区, 浦东, Pudong New Area, 310115'],
        ['310118x', '青浦区, 青浦, Qingpu, 310118'],
        ['QINGPUU', '青浦区, 青浦, Qingpu, 310118'],
      ]);
    } finally {
      db.close();
    }
  });
});

/** A valid row of each dataset that has a district column, with the district given. */
const rowsWithDistrict: Partial<
  Record<DatasetKind, (id: string, district: string) => Record<string, string>>
> = {
  delivery_orders: (id, district) => deliveryRow({ order_id: id, district }),
  parcel_deliveries: (id, district) => ({
    parcel_id: id,
    company: 'jt',
    franchisee_id: 'F1',
    courier_id: 'c_1',
    district,
    delivered_at: '2025-07-01 10:00:00',
    hq_fee: '1.2',
    courier_fee: '0.9',
  }),
  ride_trips: (id, district) => ({
    trip_id: id,
    platform: 'didi',
    driver_id: 'd_1',
    district,
    pickup_at: '2025-07-01 10:00:00',
    dropoff_at: '2025-07-01 10:20:00',
    driver_income: '30',
  }),
  freight_orders: (id, district) => ({
    order_id: id,
    platform: 'huolala',
    driver_id: 'd_1',
    district,
    completed_at: '2025-07-01 10:00:00',
    order_amount: '200',
    commission: '20',
  }),
  weather_alerts: (id, district) => ({
    district,
    kind: 'rainstorm',
    level: '3',
    starts_at: `2025-07-01 ${id}:00:00`,
    ends_at: `2025-07-01 ${id}:30:00`,
  }),
  workers: (id, district) => ({ worker_id: id, platform: 'eleme', kind: 'rider', district }),
};

describe('a district that is none of the city’s', () => {
  it('has a row of every dataset with a district column in this test', () => {
    const kinds = Object.values(canonicalDatasets)
      .filter((d) => d.columns.some((c) => c.name === 'district'))
      .map((d) => d.kind);
    expect(Object.keys(rowsWithDistrict).sort()).toEqual([...kinds].sort());
  });

  it('refuses a weather alert for a misspelt district, naming file, line, field and value with the spellings to use', async () => {
    const alert = rowsWithDistrict.weather_alerts!;
    const rows = [alert('10', '徐汇区'), alert('11', 'Xuhuii'), alert('12', 'Xuhui'), alert('13', '')];
    const { result, dataDir, dir } = await ingestText(csvOf(rows, Object.keys(rows[0]!)), 'weather_alerts');
    expect(result.errors).toEqual([
      {
        file: 'weather_alerts.csv',
        line: 3,
        column: 'district',
        value: 'Xuhuii',
        code: 'unknown_district',
        message: {
          zh: 'district 的值 “Xuhuii” 不是上海市的区（可写区划代码、中文名或拼音，如 徐汇区, 徐汇, Xuhui, 310104）',
          en: 'district value "Xuhuii" is not a district of Shanghai (write its code, Chinese name or pinyin, e.g. 徐汇区, 徐汇, Xuhui, 310104)',
        },
      },
      // The data model has no city-wide alert: a district is required.
      expect.objectContaining({ line: 5, column: 'district', code: 'required_value_missing' }),
    ]);
    expect(result).toMatchObject({ rowsAccepted: 2, rowsRejected: 2 });
    const stored = await readParquet(join(datasetDir(dataDir, result.datasetId!), 'data.parquet'), dir);
    expect(stored.map((r) => r.district)).toEqual(['徐汇区', '徐汇区']);
    const rejected = await readParquet(join(datasetDir(dataDir, result.datasetId!), 'rejected.parquet'), dir);
    expect(rejected.map((r) => [r._line, r.district])).toEqual([
      [3, 'Xuhuii'],
      [5, null],
    ]);
  });

  it.each(Object.entries(rowsWithDistrict))(
    'refuses a %s row naming it, and stores its other rows',
    async (kind, row) => {
      const rows = [row('10', 'Xuhui'), row('11', 'Manhattan'), row('12', ''), row('13', '13812345678')];
      const { result } = await ingestText(csvOf(rows, Object.keys(rows[0]!)), kind as DatasetKind);
      const required = canonicalDatasets[kind as DatasetKind].columns.find(
        (c) => c.name === 'district',
      )!.required;
      expect(result.errors.map((e) => [e.line, e.column, e.value, e.code])).toEqual([
        [3, 'district', 'Manhattan', 'unknown_district'],
        ...(required ? [[4, 'district', null, 'required_value_missing']] : []),
        // A phone number is refused as one, and not shown in full.
        [5, 'district', '138******78', 'personal_identifier_value'],
      ]);
      expect(result.rowsAccepted).toBe(required ? 1 : 2);
      expect(result.manifest?.districtsRenamed).toBe(1);
    },
  );
});
