import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetKind } from '@gigpact/contracts';
import { simulate, type SimulateOptions } from '@gigpact/datasets';
import type { AnalysisData } from '../data/analysis-data';
import { duckRows, openDuck } from '../stats/duck';

const kinds = ['delivery_orders', 'ride_trips'] as const;

export interface SimulatedData {
  data: AnalysisData;
  /** `read_parquet('…')` of a simulated dataset (delivery orders, ride trips, weather alerts). */
  parquet: (kind: string) => string;
  /** Closes DuckDB and removes the simulated files. */
  close: () => Promise<void>;
}

/**
 * Simulated deliveries and rides (the datasets simulator) in a temporary folder, as analysis data: a DuckDB view
 * per kind over its Parquet file, with the columns it offers. `rows` may give a kind's view other rows, from its
 * `read_parquet`.
 */
export async function simulatedDeliveriesAndRides(
  options: Omit<SimulateOptions, 'outDir' | 'industries'>,
  rows: Partial<Record<(typeof kinds)[number], (parquet: string) => string>> = {},
): Promise<SimulatedData> {
  const work = await mkdtemp(join(tmpdir(), 'gigpact-governance-'));
  const parquet = (kind: string) => `read_parquet('${join(work, 'sim', `${kind}.parquet`)}')`;
  await simulate({ ...options, outDir: join(work, 'sim'), industries: ['food_delivery', 'ride_hailing'] });
  const duck = await openDuck();
  const columns: Partial<Record<DatasetKind, string[]>> = {};
  for (const kind of kinds) {
    const view = rows[kind]?.(parquet(kind)) ?? `SELECT * FROM ${parquet(kind)}`;
    await duck.connection.run(`CREATE VIEW ${kind} AS ${view}`);
    columns[kind] = (await duckRows<{ column_name: string }>(duck.connection, `DESCRIBE ${kind}`)).map(
      (r) => r.column_name,
    );
  }
  return {
    data: { duck, columns, datasetIds: [], notices: [] },
    parquet,
    async close() {
      duck.close();
      await rm(work, { recursive: true, force: true });
    },
  };
}
