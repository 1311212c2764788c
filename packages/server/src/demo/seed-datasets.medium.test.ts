import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../platform/db/testing';
import { createTestApp, signInAs, type TestApp } from '../testing/test-app';
import { parseArea } from '@gigpact/contracts';
import { cityDate } from '../platform/clock';
import { findUserByUsername } from '../modules/accounts/users.repository';
import { resumeAuditRuns } from '../modules/audits/routes';
import { auditExecutorOf } from '../modules/audits/runs/executor';
import { auditRuns } from '../modules/audits/schema';
import { queueDemoAuditRun } from './seed-audit-run';
import { seedDemoDatasets } from './seed-datasets';

describe.each(testEngines)('demo platform datasets on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
    dataDir = await mkdtemp(join(tmpdir(), 'gigpact-demo-datasets-'));
    t.ctx.config = { ...t.ctx.config, dataDir };
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('stores a clean simulated month of every industry, each platform’s export under its own name', async () => {
    const stored = await seedDemoDatasets(t.ctx.db, {
      dataDir,
      pseudonymKey: t.ctx.config.pseudonymKey!,
    });
    const admin = await signInAs(t.app, 'admin');
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/datasets?pageSize=100',
      headers: admin.headers,
    });
    const items = list.json().items as {
      kind: string;
      platform: string | null;
      rowsAccepted: number;
      rowsRejected: number;
      periodStart: string;
      createdBy: string;
    }[];
    expect(items).toHaveLength(stored);
    expect(new Set(items.map((d) => d.kind))).toEqual(
      new Set([
        'delivery_orders',
        'parcel_deliveries',
        'courier_payroll',
        'ride_trips',
        'freight_orders',
        'weather_alerts',
        'workers',
      ]),
    );
    expect(items.every((d) => d.rowsAccepted > 0 && d.rowsRejected === 0)).toBe(true);
    expect(
      items
        .filter((d) => d.kind === 'delivery_orders')
        .map((d) => d.platform)
        .sort(),
    ).toEqual(['eleme', 'jd', 'meituan']);
    expect(items.find((d) => d.platform === 'eleme')?.createdBy).toBe('eleme');

    const eleme = await signInAs(t.app, 'eleme');
    const own = await t.app.inject({ method: 'GET', url: '/api/datasets', headers: eleme.headers });
    expect(
      own
        .json()
        .items.map((d: { kind: string }) => d.kind)
        .sort(),
    ).toEqual(['delivery_orders', 'weather_alerts']);
    expect((await readdir(join(dataDir, 'datasets'))).filter((n) => /^[0-9a-f]{64}$/.test(n))).toHaveLength(
      stored,
    );
  });

  it('queues an audit of the Ele.me agreement over the demo orders, which finds Ele.me’s breaches', async () => {
    const admin = await signInAs(t.app, 'admin');
    const author = (await findUserByUsername(t.ctx.db, 'admin'))!;
    await queueDemoAuditRun(t.ctx.db, { ...author, area: parseArea(author.area)! }, cityDate(t.ctx.now()));
    const [queued] = await t.ctx.db.select().from(auditRuns);
    expect(queued).toMatchObject({
      agreementId: 'eleme-shanghai-2025',
      status: 'queued',
      asOf: '2025-05-18',
    });
    // As at start-up: the executor takes up the queued run.
    const outcome = auditExecutorOf(t.ctx).waitFor(queued!.id);
    expect(await resumeAuditRuns(t.ctx)).toBe(1);
    expect((await outcome).status).toBe('succeeded');
    const elemeFindings = await t.app.inject({
      method: 'GET',
      url: `/api/audits/runs/${queued!.id}/findings?platform=eleme&pageSize=1`,
      headers: admin.headers,
    });
    const page = elemeFindings.json() as { total: number };
    expect(page.total).toBeGreaterThan(0);
  });
});
