import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { developmentPseudonymKey, simulate } from '@gigpact/datasets';
import type { DatabaseKind } from '../../../platform/db/client';
import { createTestApp, type TestApp } from '../../../testing/test-app';
import { ingestAndRecord } from '../../datasets/commands/ingest-and-record';

export interface SimulatedWeek {
  t: TestApp;
  /** The app's data directory (a fresh temporary one). */
  dataDir: string;
  /** The simulation's as-of date. */
  asOf: string;
  /** The stored delivery orders and weather alerts, in that order. */
  datasetIds: [orders: string, alerts: string];
}

/**
 * A test app (its clock at 2026-11-28) whose catalogue holds a simulated week of food delivery — seed 11, scale
 * 0.01 — as the admin stored it: the delivery orders and the weather alerts.
 */
export async function simulatedWeek(engine: DatabaseKind, prefix: string): Promise<SimulatedWeek> {
  const t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
  const dataDir = await mkdtemp(join(tmpdir(), prefix));
  t.ctx.config = { ...t.ctx.config, dataDir };
  const simulated = await simulate({
    days: 7,
    scale: 0.01,
    seed: 11,
    outDir: join(dataDir, 'simulated'),
    industries: ['food_delivery'],
  });
  const ingest = async (kind: 'delivery_orders' | 'weather_alerts') =>
    (
      await ingestAndRecord(
        t.ctx.db,
        { path: join(dataDir, 'simulated', `${kind}.parquet`) },
        {
          dataDir,
          pseudonymKey: developmentPseudonymKey,
          kind,
          format: 'parquet',
          createdBy: 'admin',
          createdById: null,
        },
      )
    ).datasetId!;
  return {
    t,
    dataDir,
    asOf: simulated.asOf,
    datasetIds: [await ingest('delivery_orders'), await ingest('weather_alerts')],
  };
}
