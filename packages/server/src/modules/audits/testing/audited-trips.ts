import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AuditRunView } from '@gigpact/contracts';
import { developmentPseudonymKey } from '@gigpact/datasets';
import { expect } from 'vitest';
import type { DatabaseKind } from '../../../platform/db/client';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../../testing/test-app';
import { ingestAndRecord } from '../../datasets/commands/ingest-and-record';
import { auditExecutorOf } from '../runs/executor';

export interface AuditedTrips {
  t: TestApp;
  dataDir: string;
  admin: Signed;
  run: AuditRunView;
  close: () => Promise<void>;
}

/**
 * A test app whose catalogue holds one ride-trips CSV (`trips`, its header first), and a run of the agreement
 * (`agreementSource`, stored by the admin) over it as of 2025-10-31, finished.
 */
export async function auditedTrips(
  engine: DatabaseKind,
  trips: string,
  agreementSource: string,
  agreementId: string,
): Promise<AuditedTrips> {
  const t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
  const dataDir = await mkdtemp(join(tmpdir(), 'gigpact-audited-trips-'));
  t.ctx.config = { ...t.ctx.config, dataDir };
  const file = join(dataDir, 'ride_trips.csv');
  await writeFile(file, `${trips}\n`);
  const ingested = await ingestAndRecord(
    t.ctx.db,
    { path: file },
    {
      dataDir,
      pseudonymKey: developmentPseudonymKey,
      kind: 'ride_trips',
      format: 'csv',
      createdBy: 'admin',
      createdById: null,
    },
  );
  expect(ingested.datasetId).toBeTruthy();
  const admin = await signInAs(t.app, 'admin');
  const post = (url: string, payload: object) =>
    t.app.inject({ method: 'POST', url, headers: admin.headers, payload });
  expect((await post('/api/agreements', { source: agreementSource })).statusCode).toBe(200);
  const started = await post('/api/audits/runs', {
    agreementId,
    datasetIds: [ingested.datasetId],
    asOf: '2025-10-31',
  });
  expect(started.statusCode).toBe(201);
  const run = started.json() as AuditRunView;
  expect((await auditExecutorOf(t.ctx).waitFor(run.id)).status).toBe('succeeded');
  return {
    t,
    dataDir,
    admin,
    run,
    close: async () => {
      await t.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
