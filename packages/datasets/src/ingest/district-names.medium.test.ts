import { join } from 'node:path';
import { districtNamed, regionTree } from '@gigpact/contracts';
import { describe, expect, it } from 'vitest';
import { DuckSession, sqlString } from '../duck/session';
import { datasetDir } from '../store/layout';
import { csvOf, deliveryRow, readParquet, tempDir } from '../testing/builders';
import { ingestText } from '../testing/ingest-text';
import { storedDistrictSql } from './district-names';

const header = [...Object.keys(deliveryRow()), 'district'];

async function ingested(districts: string[]) {
  const rows = districts.map((district, i) => deliveryRow({ order_id: `O${i}`, district }));
  const { result, dataDir, dir } = await ingestText(csvOf(rows, header), 'delivery_orders');
  const stored = await readParquet(join(datasetDir(dataDir, result.datasetId!), 'data.parquet'), dir);
  return { result, districts: stored.map((r) => r.district) };
}

describe('districts at ingest', () => {
  it('stores every spelling of a district the regions know as its name, and counts those rows', async () => {
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
      'Manhattan',
      null,
    ]);
    expect(result.manifest?.districtsRenamed).toBe(7);
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
    const others = ['浦东新', 'Qing', '310199', '区', 'Manhattan', '青浦镇'];
    const db = await DuckSession.open({ tempDirectory: await tempDir() });
    try {
      const rows = await db.rows<{ v: string; s: string }>(
        `SELECT v, ${storedDistrictSql('v')} AS s FROM (SELECT unnest([${[...spellings, ...others].map(sqlString).join(', ')}]) AS v)`,
      );
      for (const { v, s } of rows) expect(s, v).toBe(districtNamed(v, regionTree)?.zh ?? v);
    } finally {
      db.close();
    }
  });
});
