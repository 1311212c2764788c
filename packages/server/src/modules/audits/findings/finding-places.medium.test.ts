import { rename } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { AuditRunView, FindingView } from '@gigpact/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../platform/db/testing';
import { signInAs, type Signed, type TestApp } from '../../../testing/test-app';
import { auditedTrips, type AuditedTrips } from '../testing/audited-trips';
import { findingsFile } from '../runs/run-files';

const agreementSource = [
  'id: ride-places-test',
  'title: 网约车发现归属测试协议',
  'industry: ride_hailing',
  'effective_from: 2025-01-01',
  'clauses:',
  '  - { id: average, title: 平均抽成, text: 月均抽成不高于公示, rule: rh.avg_commission_disclosed, params: { disclosed_average: 0.1 } }',
  '  - { id: daily, title: 每日时长, text: 每日计费不超过3小时, rule: rh.fatigue_daily, params: { max_billed_minutes: 180 } }',
  '  - { id: cap, title: 抽成上限, text: 抽成不超过27%, rule: rh.commission_cap, params: { cap: 0.27 } }',
].join('\n');

// One platform's month: driver d1 drives four hours on 1 September, first in Huangpu, then in Qingpu; d2 drives
// half an hour in Huangpu the next day. T1 and T2 take 30 % commission, T3 20 %.
const trips = [
  'trip_id,platform,driver_id,district,pickup_at,dropoff_at,passenger_paid,driver_income',
  'T1,didi,d1,黄浦区,2025-09-01 08:00:00,2025-09-01 10:00:00,100.00,70.00',
  'T2,didi,d1,青浦区,2025-09-01 10:30:00,2025-09-01 12:30:00,100.00,70.00',
  'T3,didi,d2,黄浦区,2025-09-02 09:00:00,2025-09-02 09:30:00,50.00,40.00',
].join('\n');

const qingpuCode = '310118';
const huangpuCode = '310101';

describe.each(testEngines)('where findings are placed, on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let admin: Signed;
  let qingpu: Signed;
  let huangpu: Signed;
  let run: AuditRunView;
  let audited: AuditedTrips;

  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const post = (who: Signed, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });
  const findings = async (who: Signed, query = '') =>
    (await get(who, `/api/audits/runs/${run.id}/findings?pageSize=50&${query}`)).json() as {
      items: FindingView[];
      total: number;
    };

  beforeAll(async () => {
    audited = await auditedTrips(engine, trips, agreementSource, 'ride-places-test');
    ({ t, dataDir, admin, run } = audited);
    qingpu = await signInAs(t.app, 'qingpu');
    huangpu = await signInAs(t.app, 'huangpu');
  }, 120_000);
  afterAll(() => audited.close());

  it('gives a platform’s month no driver, district or day, a driver’s day no district, a trip all it has', async () => {
    const all = await findings(admin);
    expect(all.items.map((f) => f.clauseId).sort()).toEqual(['average', 'cap', 'cap', 'daily']);
    const [average] = (await findings(admin, 'clause=average')).items;
    expect(average).toMatchObject({
      platform: 'didi',
      month: '2025-09',
      worker: null,
      district: null,
      day: null,
    });
    expect(average!.evidence).toHaveLength(3);
    const [daily] = (await findings(admin, 'clause=daily')).items;
    expect(daily).toMatchObject({ platform: 'didi', day: '2025-09-01', month: '2025-09', district: null });
    expect(daily!.worker).toBeTruthy();
    const cap = (await findings(admin, 'clause=cap&sort=district')).items;
    expect(cap.map((f) => [f.findingKey, f.district, f.day, f.month])).toEqual([
      ['T1', huangpuCode, '2025-09-01', '2025-09'],
      ['T2', qingpuCode, '2025-09-01', '2025-09'],
    ]);
    expect(cap.every((f) => f.platform === 'didi' && f.worker === daily!.worker)).toBe(true);
  });

  it('shows a district officer every finding about work done in their district, and filters by it the same way', async () => {
    const ofQingpu = await findings(qingpu);
    const ofHuangpu = await findings(huangpu);
    // The driver's day began in Huangpu and went on in Qingpu: both officers see it, as both see the month.
    expect(ofQingpu.items.map((f) => f.clauseId).sort()).toEqual(['average', 'cap', 'daily']);
    expect(ofHuangpu.items.map((f) => f.clauseId).sort()).toEqual(['average', 'cap', 'daily']);
    expect(ofQingpu.items.find((f) => f.clauseId === 'cap')).toMatchObject({ findingKey: 'T2' });
    expect(ofHuangpu.items.find((f) => f.clauseId === 'cap')).toMatchObject({ findingKey: 'T1' });
    expect(ofQingpu.items.find((f) => f.clauseId === 'daily')!.districts.sort()).toEqual(
      [huangpuCode, qingpuCode].sort(),
    );
    // The filter picks what the district's officer sees: the findings of work done there.
    const filtered = await findings(admin, `district=${qingpuCode}&sort=clause`);
    expect(filtered.items.map((f) => [f.clauseId, f.findingKey, f.district])).toEqual(
      ofQingpu.items
        .map((f) => [f.clauseId, f.findingKey, f.district])
        .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect((await findings(qingpu, `district=${huangpuCode}&clause=cap`)).total).toBe(0);
    // A month's finding lies within dates that meet its month.
    expect((await findings(admin, 'clause=average&from=2025-09-20&to=2025-10-10')).total).toBe(1);
    expect((await findings(admin, 'clause=average&from=2025-10-01')).total).toBe(0);
  });

  it('lets either district’s officer review the driver’s day, each seeing the other’s review', async () => {
    const [daily] = (await findings(qingpu, 'clause=daily')).items;
    const url = `/api/audits/findings/${run.id}/${encodeURIComponent(daily!.key)}`;
    expect((await get(huangpu, url)).statusCode).toBe(200);
    const confirmed = await post(qingpu, `${url}/transitions`, {
      action: 'confirm',
      version: 1,
      note: '核实',
    });
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', version: 2 });
    expect((await findings(huangpu, 'clause=daily')).items[0]).toMatchObject({ state: 'confirmed' });
    const opened = await post(qingpu, `/api/audits/runs/${run.id}/cases`, {
      keys: [daily!.key],
      title: '司机单日计费超时',
      description: '同一司机一日内在黄浦、青浦两区连续计费四小时',
      district: qingpuCode,
    });
    expect(opened.statusCode).toBe(201);
  });

  it('counts the workers a case concerns: a month’s finding by the drivers of its trips', async () => {
    const [average] = (await findings(admin, 'clause=average')).items;
    const [daily] = (await findings(admin, 'clause=daily')).items;
    const workersOf = async (keys: string[]) => {
      const opened = await post(admin, `/api/audits/runs/${run.id}/cases`, {
        keys,
        title: '网约车平台月均抽成超过公示',
        description: '平台月均抽成高于其公示的平均抽成',
        district: huangpuCode,
      });
      expect(opened.statusCode, opened.body).toBe(201);
      return ((await get(admin, `/api/cases/${opened.json().caseId}`)).json() as { workersAffected: number })
        .workersAffected;
    };
    // The month's three trips were driven by d1 and d2; d1's day adds no one new; the day alone is d1.
    expect(await workersOf([average!.key])).toBe(2);
    expect(await workersOf([average!.key, daily!.key])).toBe(2);
    expect(await workersOf([daily!.key])).toBe(1);
  });

  it('reads a findings file stored before findings listed their districts, each in its first row’s district', async () => {
    const file = findingsFile(dataDir, run.id);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      // As such a file was written: the first evidence row's district on every finding, no `districts`.
      await connection.run(
        `COPY (SELECT * EXCLUDE (districts) REPLACE (CASE WHEN clause_id = 'cap' THEN district ELSE '${huangpuCode}' END AS district)
         FROM read_parquet('${file}')) TO '${file}.old' (FORMAT parquet)`,
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    await rename(`${file}.old`, file);
    expect((await findings(qingpu)).items.map((f) => f.findingKey)).toEqual(['T2']);
    expect((await findings(huangpu)).items.map((f) => f.clauseId).sort()).toEqual([
      'average',
      'cap',
      'daily',
    ]);
    expect((await findings(admin)).total).toBe(4);
  });
});
