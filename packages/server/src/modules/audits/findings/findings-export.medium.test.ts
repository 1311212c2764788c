import type { AuditRunView, FindingView } from '@gigpact/contracts';
import { DuckDBInstance } from '@duckdb/node-api';
import { developmentPseudonymKey, pseudonymOf } from '@gigpact/datasets';
import { desc, eq } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../platform/db/testing';
import { signInAs, type Signed } from '../../../testing/test-app';
import { auditLog } from '../../audit-log/schema';
import { auditExecutorOf } from '../runs/executor';
import { findRun, insertRun } from '../runs/runs.repository';
import { auditedTrips, type AuditedTrips } from '../testing/audited-trips';
import { workerAlias, workerAliasSecret } from './export-findings';

const agreementSource = [
  'id: findings-export-test',
  'title: 网约车审计发现导出测试协议',
  'industry: ride_hailing',
  'effective_from: 2025-01-01',
  'clauses:',
  '  - { id: hourly, title: 最低小时收入, text: 服务时间内收入不低于最低小时工资, rule: rh.min_hourly_pay, params: { min_hourly: 100 } }',
].join('\n');

// Two drivers, one with an opaque id and one with a phone number (pseudonymised at ingest), each two days of three
// one-hour trips at 70.35: every day is paid below 100 an hour, 59.3 short.
const opaque = 'didi_drv_007';
const phone = '13812345678';
const trips = [
  'trip_id,platform,driver_id,district,pickup_at,dropoff_at,passenger_paid,driver_income',
  ...[opaque, phone].flatMap((driver, d) =>
    ['2025-09-01', '2025-09-02'].flatMap((day, n) =>
      [8, 10, 12].map(
        (hour, t) =>
          `T${d}${n}${t},didi,${driver},黄浦区,${day} ${hour}:00:00,${day} ${hour + 1}:00:00,100.00,70.35`,
      ),
    ),
  ),
].join('\n');

describe.each(testEngines)('findings exports on %s', (engine) => {
  let audited: AuditedTrips;
  let eleme: Signed;

  const get = (who: Signed, url: string) =>
    audited.t.app.inject({ method: 'GET', url, headers: who.headers });
  const exportOf = (runId: string, query: string, who: Signed = audited.admin) =>
    get(who, `/api/audits/runs/${runId}/findings/export?${query}`);
  const csvRows = (body: string) => {
    const [header, ...lines] = body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    const names = header!.split(',');
    return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [names[i]!, v])));
  };
  const aliasOf = (runId: string, worker: string) =>
    workerAlias({ runId, secret: workerAliasSecret(audited.t.ctx.config) }, worker);

  beforeAll(async () => {
    audited = await auditedTrips(engine, trips, agreementSource, 'findings-export-test');
    eleme = await signInAs(audited.t.app, 'eleme');
  }, 120_000);
  afterAll(() => audited.close());

  it('names each worker by one alias of the run, never by id, in the worker column and in keys', async () => {
    const { run } = audited;
    const listed = (await get(audited.admin, `/api/audits/runs/${run.id}/findings?pageSize=50`)).json() as {
      items: FindingView[];
    };
    const pseudonym = pseudonymOf(developmentPseudonymKey, phone);
    expect(new Set(listed.items.map((f) => f.worker))).toEqual(new Set([opaque, pseudonym]));

    const csv = await exportOf(run.id, 'format=csv');
    expect(csv.statusCode).toBe(200);
    const rows = csvRows(csv.body);
    expect(rows).toHaveLength(4);
    for (const id of [opaque, pseudonym, phone, 'didi****', 'psn_****']) expect(csv.body).not.toContain(id);
    // Rows group by worker: two aliases, each on its two days, in the worker column and in place of it in the key.
    const byWorker: Record<string, typeof rows> = {};
    for (const row of rows) (byWorker[row.worker!] ??= []).push(row);
    expect(Object.keys(byWorker).sort()).toEqual(
      [aliasOf(run.id, opaque), aliasOf(run.id, pseudonym)].sort(),
    );
    for (const [alias, ofWorker] of Object.entries(byWorker)) {
      expect(ofWorker.map((r) => r.key)).toEqual([
        `hourly:${alias}|2025-09-01`,
        `hourly:${alias}|2025-09-02`,
      ]);
      expect(ofWorker.map((r) => r.amount)).toEqual(['59.3', '59.3']);
    }

    // In the order the findings page is sorted in: here the latest day first.
    const byDay = csvRows((await exportOf(run.id, 'format=csv&sort=day&order=desc')).body);
    expect(byDay.map((r) => r.day)).toEqual(['2025-09-02', '2025-09-02', '2025-09-01', '2025-09-01']);

    const parquet = await exportOf(run.id, 'format=parquet');
    const work = await mkdtemp(join(tmpdir(), 'gigpact-findings-export-'));
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      await writeFile(join(work, 'findings.parquet'), parquet.rawPayload);
      const read = await connection.runAndReadAll(
        `SELECT * FROM read_parquet('${join(work, 'findings.parquet')}') ORDER BY key`,
      );
      const text = JSON.stringify(read.getRowObjectsJson());
      for (const id of [opaque, pseudonym, phone]) expect(text).not.toContain(id);
      expect(read.getRowObjectsJson().map((r) => [r.key, r.worker])).toEqual(
        rows.map((r) => [r.key, r.worker]),
      );
    } finally {
      connection.closeSync();
      instance.closeSync();
      await rm(work, { recursive: true, force: true });
    }

    // Another run of the same data names the same drivers otherwise: exports of two runs do not link.
    const again = (
      await audited.t.app.inject({
        method: 'POST',
        url: '/api/audits/runs',
        headers: audited.admin.headers,
        payload: { agreementId: 'findings-export-test', datasetIds: run.datasetIds, asOf: '2025-10-31' },
      })
    ).json() as AuditRunView;
    expect((await auditExecutorOf(audited.t.ctx).waitFor(again.id)).status).toBe('succeeded');
    const other = new Set(csvRows((await exportOf(again.id, 'format=csv')).body).map((r) => r.worker));
    expect(other.size).toBe(2);
    for (const alias of Object.keys(byWorker)) expect(other.has(alias)).toBe(false);

    // A row of the spreadsheet leads back to the worker's findings in the product: the list takes the run's alias.
    const listedBy = async (runId: string, worker: string) =>
      (
        (await get(audited.admin, `/api/audits/runs/${runId}/findings?worker=${worker}`)).json() as {
          items: FindingView[];
        }
      ).items.map((f) => [f.worker, f.day]);
    expect(await listedBy(run.id, aliasOf(run.id, pseudonym))).toEqual([
      [pseudonym, '2025-09-01'],
      [pseudonym, '2025-09-02'],
    ]);
    expect(await listedBy(run.id, opaque)).toHaveLength(2);
    expect(await listedBy(again.id, aliasOf(run.id, pseudonym))).toEqual([]);
    const exportedBy = csvRows(
      (await exportOf(run.id, `format=csv&worker=${aliasOf(run.id, pseudonym)}`)).body,
    );
    expect(exportedBy.map((r) => r.worker)).toEqual([aliasOf(run.id, pseudonym), aliasOf(run.id, pseudonym)]);
  });

  it('refuses a filter that names a clause or district that is not there, instead of answering with nothing', async () => {
    const { run } = audited;
    for (const url of [
      `/api/audits/runs/${run.id}/findings?clause=c99`,
      `/api/audits/runs/${run.id}/findings/export?format=csv&clause=c99`,
    ]) {
      const response = await get(audited.admin, url);
      expect(response.statusCode).toBe(400);
      expect(response.json().error.issues[0].en).toBe(
        "c99 is not a clause of the run's agreement; its clauses: hourly",
      );
    }
    const district = await get(audited.admin, `/api/audits/runs/${run.id}/findings?district=310199`);
    expect(district.statusCode).toBe(400);
    expect(district.json().error.issues[0].en).toMatch(/310199 is not a district of the city/);
    const platform = await get(audited.admin, `/api/audits/runs/${run.id}/findings?platform=DIDI`);
    expect(platform.statusCode).toBe(400);
    expect(platform.json().error.issues[0].en).toMatch(
      /^DIDI is neither a platform of the registry nor in the audited data \(did you mean didi\?\); platforms in the data: didi$/,
    );
    const known = await get(
      audited.admin,
      `/api/audits/runs/${run.id}/findings?clause=hourly&district=310101`,
    );
    expect(known.statusCode).toBe(200);
    expect(known.json().total).toBe(4);
  });

  it('writes amounts in XLSX as numbers a spreadsheet sums, and logs the format, filter and rows of an export', async () => {
    const { run } = audited;
    const xlsx = await exportOf(run.id, 'format=xlsx&clause=hourly&from=2025-09-02');
    expect(xlsx.statusCode).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const column = (sheet.getRow(1).values as unknown[]).indexOf('amount');
    expect([2, 3].map((r) => sheet.getRow(r).getCell(column).value)).toEqual([59.3, 59.3]);
    expect(sheet.getRow(2).getCell(column).numFmt).toBe('#,##0.00');
    expect(sheet.rowCount).toBe(3);

    const [entry] = await audited.t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'audit.findings.export'))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry).toMatchObject({
      actorUsername: 'admin',
      subject: `audit_run:${run.id}`,
      details: { format: 'xlsx', filter: { clause: 'hourly', from: '2025-09-02' }, rows: 2 },
    });
    // The city administrator reads it in the audit log.
    const logged = await get(audited.admin, '/api/admin/audit-log?action=audit.findings.export&pageSize=1');
    expect(logged.json().items[0]).toMatchObject({
      subject: `audit_run:${run.id}`,
      details: { format: 'xlsx', filter: { clause: 'hourly', from: '2025-09-02' }, rows: 2 },
    });
    // A platform's representative exports the findings of its platform only: none here.
    const ofEleme = await exportOf(run.id, 'format=csv', eleme);
    expect([ofEleme.statusCode, csvRows(ofEleme.body)]).toEqual([200, []]);
  });

  it('answers the export and the list of a cancelled or failed run with a 409 that says it holds no findings', async () => {
    const finished = (await findRun(audited.t.ctx.db, audited.run.id))!;
    for (const [status, en, zh] of [
      ['cancelled', 'was cancelled', '已取消'],
      ['failed', 'failed', '执行失败'],
    ] as const) {
      const unfinished = await insertRun(audited.t.ctx.db, {
        agreementId: finished.agreementId,
        agreementVersion: finished.agreementVersion,
        agreement: finished.agreement,
        datasetIds: finished.datasetIds,
        asOf: finished.asOf,
        status,
        stage: 'loading',
        error: status === 'failed' ? 'disk full' : null,
        area: finished.area,
        createdByName: 'test',
      });
      for (const format of ['csv', 'xlsx', 'parquet']) {
        const answer = await exportOf(unfinished.id, `format=${format}`);
        expect(answer.statusCode, answer.body).toBe(409);
        const { error } = answer.json() as { error: { code: string; message: { zh: string; en: string } } };
        expect(error.code).toBe('CONFLICT');
        expect(error.message.en).toContain(en);
        expect(error.message.en).toContain('holds no findings');
        expect(error.message.zh).toContain(zh);
      }
      const list = await get(audited.admin, `/api/audits/runs/${unfinished.id}/findings`);
      expect([list.statusCode, list.json().error.message.en]).toEqual([409, expect.stringContaining(en)]);
    }
    // A run's own findings take the states as the findings across runs do: `open` is new, confirmed and disputed.
    const open = await get(
      audited.admin,
      `/api/audits/runs/${audited.run.id}/findings?state=open&pageSize=1`,
    );
    const all = await get(audited.admin, `/api/audits/runs/${audited.run.id}/findings?pageSize=1`);
    expect(open.statusCode).toBe(200);
    expect(open.json().total).toBe(all.json().total);
    const none = await get(
      audited.admin,
      `/api/audits/runs/${audited.run.id}/findings?state=rectified,dismissed`,
    );
    expect(none.json().total).toBe(0);
    // A run the reader does not follow stays a 404, whatever its state.
    expect((await exportOf('00000000-0000-4000-8000-000000000000', 'format=csv')).statusCode).toBe(404);
  });
});
