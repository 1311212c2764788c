import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetKind } from '@gigpact/contracts';
import { simulate } from '@gigpact/datasets';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../data/analysis-data';
import { duckRows, openDuck } from '../stats/duck';
import { dataFigures } from './compute';

let work: string;
let data: AnalysisData;

/** A few simulated days in which Meituan runs rides as well as deliveries (its rides are Didi's trips renamed). */
beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'gigpact-scorecards-'));
  await simulate({
    days: 3,
    scale: 0.002,
    seed: 5,
    start: '2025-04-14',
    outDir: join(work, 'sim'),
    industries: ['food_delivery', 'ride_hailing'],
  });
  const duck = await openDuck();
  const file = (kind: string) => `read_parquet('${join(work, 'sim', `${kind}.parquet`)}')`;
  await duck.connection.run(`CREATE VIEW delivery_orders AS SELECT * FROM ${file('delivery_orders')}`);
  await duck.connection.run(
    `CREATE VIEW ride_trips AS SELECT * REPLACE (CASE WHEN platform = 'didi' THEN 'meituan' ELSE platform END AS platform)
     FROM ${file('ride_trips')}`,
  );
  const columns: Partial<Record<DatasetKind, string[]>> = {};
  for (const kind of ['delivery_orders', 'ride_trips'] as const)
    columns[kind] = (await duckRows<{ column_name: string }>(duck.connection, `DESCRIBE ${kind}`)).map(
      (r) => r.column_name,
    );
  data = { duck, columns, datasetIds: [] };
}, 120_000);
afterAll(async () => {
  data?.duck.close();
  await rm(work, { recursive: true, force: true });
});

describe('scorecard figures', () => {
  it('give a platform in two industries a card in each, with the figures of each', async () => {
    const figures = await dataFigures(data);
    const meituan = figures.filter((f) => f.platform === 'meituan');
    expect(meituan.map((f) => f.industry).sort()).toEqual(['food_delivery', 'ride_hailing']);
    const delivery = meituan.find((f) => f.industry === 'food_delivery')!;
    const rides = meituan.find((f) => f.industry === 'ride_hailing')!;
    expect(delivery.values.get('late_rate')).toBeGreaterThan(0);
    expect(delivery.values.has('commission_mean')).toBe(false);
    expect(rides.values.get('commission_mean')).toBeGreaterThan(0);
    expect(rides.values.has('late_rate')).toBe(false);
  });
});
