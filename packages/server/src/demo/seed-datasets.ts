import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetKind } from '@gigpact/contracts';
import { defaultScenario, simulate, splitByPlatform, type Scenario } from '@gigpact/datasets';
import type { Database } from '../platform/db/client';
import { findUserByUsername } from '../modules/accounts/users.repository';
import { ingestAndRecord } from '../modules/datasets/commands/ingest-and-record';

export interface DemoDatasetsOptions {
  dataDir: string;
  pseudonymKey: string;
}

/**
 * Five small simulated weeks around 2025-05-01, when the shipped Ele.me agreement takes effect: before it
 * Ele.me fines late orders, withholds weather subsidies, hides fee breakdowns and promises times below the
 * 15 km/h floor; from that day it stops. Meituan and JD, which the agreement does not cover, carry on as in
 * the default scenario, so a before/after comparison has a control.
 */
const demoScenario: Scenario = {
  name: 'demo: Ele.me agreement effective 2025-05-01',
  platforms: {
    ...defaultScenario.platforms,
    eleme: [
      { rule: 'fd.no_late_money_penalty', rate: 0.05, until: '2025-05-01' },
      { rule: 'fd.weather_subsidy', rate: 0.3, until: '2025-05-01' },
      { rule: 'fd.fee_shown_before_accept', rate: 0.05, until: '2025-05-01' },
      { rule: 'fd.eta_speed_floor', rate: 0.08, until: '2025-05-01' },
      { rule: 'fd.eta_speed_floor', rate: 0.005, from: '2025-05-01' },
      { rule: 'fd.bad_review_no_deduction', rate: 0.01 },
    ],
  },
};
const demoSimulation = { days: 35, scale: 0.005, seed: 2026, start: '2025-04-14', scenario: demoScenario };

/** Datasets each platform (or express company) sends on its own; the rest come as one file each. */
const perPlatform: Partial<Record<DatasetKind, 'platform' | 'company'>> = {
  delivery_orders: 'platform',
  parcel_deliveries: 'company',
  ride_trips: 'platform',
  freight_orders: 'platform',
};
const whole: DatasetKind[] = ['courier_payroll', 'weather_alerts', 'workers'];

/**
 * Ingests the simulated weeks of the food-delivery, express, ride-hailing and freight platforms into the catalogue,
 * through the same path as an upload, so the data and audit pages have something to show. A platform's own
 * export is recorded as uploaded by its representative's account when the demo has one (`eleme`), the rest by
 * the city administrator. Takes a few seconds; returns how many datasets were stored.
 */
export async function seedDemoDatasets(db: Database, options: DemoDatasetsOptions): Promise<number> {
  const work = await mkdtemp(join(tmpdir(), 'gigpact-demo-datasets-'));
  try {
    const simulated = join(work, 'simulated');
    await simulate({ ...demoSimulation, outDir: simulated });
    const files: { kind: DatasetKind; path: string; platform?: string }[] = [];
    for (const [kind, column] of Object.entries(perPlatform) as [DatasetKind, 'platform' | 'company'][]) {
      const parts = await splitByPlatform(join(simulated, `${kind}.parquet`), work, {
        kind,
        column,
        tempDirectory: work,
      });
      files.push(...parts.map((p) => ({ kind, path: p.path, platform: p.platform })));
    }
    files.push(...whole.map((kind) => ({ kind, path: join(simulated, `${kind}.parquet`) })));

    const admin = await findUserByUsername(db, 'admin');
    let stored = 0;
    for (const file of files) {
      const representative = file.platform ? await findUserByUsername(db, file.platform) : undefined;
      const uploader = representative?.role === 'platform_rep' ? representative : admin;
      const result = await ingestAndRecord(
        db,
        { path: file.path },
        {
          dataDir: options.dataDir,
          pseudonymKey: options.pseudonymKey,
          kind: file.kind,
          format: 'parquet',
          platform: file.platform,
          createdBy: uploader?.username ?? 'demo',
          createdById: uploader?.id ?? null,
        },
      );
      if (result.datasetId) stored += 1;
    }
    return stored;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
