import { mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit-log/schema';

const header =
  'order_id,platform,rider_id,created_at,accepted_at,delivered_at,promised_at,distance_m,status,pay,partner_id';
const quoted = (v: string) => (/[",\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const order = (id: string, platform = 'eleme', pay = '8.50', partner = '徐汇站') =>
  `${id},${platform},r_001,2025-07-01 10:00:00,2025-07-01 10:01:00,2025-07-01 10:30:00,2025-07-01 10:40:00,2500,delivered,${pay},${quoted(partner)}`;
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join('\n') + '\n');

describe.each(testEngines)('datasets on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let qingpu: Signed;
  let eleme: Signed;
  let rider: Signed;
  let admin: Signed;

  const upload = (who: Signed, query: string, body: Buffer) =>
    t.app.inject({
      method: 'POST',
      url: `/api/datasets?${query}`,
      headers: { ...who.headers, 'content-type': 'text/csv' },
      payload: body,
    });
  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const lastAudit = async (action: string) =>
    (
      await t.ctx.db
        .select()
        .from(auditLog)
        .where(eq(auditLog.action, action))
        .orderBy(desc(auditLog.at))
        .limit(1)
    )[0];

  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
    dataDir = await mkdtemp(join(tmpdir(), 'gigpact-datasets-api-'));
    t.ctx.config = { ...t.ctx.config, dataDir };
    qingpu = await signInAs(t.app, 'qingpu');
    eleme = await signInAs(t.app, 'eleme');
    rider = await signInAs(t.app, 'rider');
    admin = await signInAs(t.app, 'admin');
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('ingests an uploaded file, writes the catalogue row and logs the upload', async () => {
    const body = csv(order('A1'), order('A2', 'eleme', '-3'), order('A3', 'meituan'));
    const response = await upload(qingpu, 'kind=delivery_orders&fileName=orders.csv', body);
    expect(response.statusCode).toBe(200);
    const result = response.json();
    expect(result).toMatchObject({
      kind: 'delivery_orders',
      rows_accepted: 2,
      rows_rejected: 1,
      reused: false,
    });
    expect(result.errors).toEqual([
      expect.objectContaining({
        file: 'orders.csv',
        line: 3,
        column: 'pay',
        value: '-3',
        code: 'negative_value',
      }),
    ]);
    expect(result.manifest).toMatchObject({ datasetId: result.dataset_id, platforms: ['eleme', 'meituan'] });
    expect(result.unregistered_platforms).toEqual([]);

    const detail = (await get(qingpu, `/api/datasets/${result.dataset_id}`)).json();
    expect(detail).toMatchObject({
      sourceFileName: 'orders.csv',
      platform: null,
      platforms: ['eleme', 'meituan'],
      periodStart: '2025-07-01',
      rowsAccepted: 2,
      rowsRejected: 1,
      createdBy: 'qingpu',
      errorCount: 1,
      errors: [expect.objectContaining({ file: 'orders.csv', line: 3, column: 'pay' })],
    });
    expect(await lastAudit('dataset.upload')).toMatchObject({
      actorUsername: 'qingpu',
      subject: `dataset:${result.dataset_id}`,
    });

    const again = (await upload(qingpu, 'kind=delivery_orders&fileName=again.csv', body)).json();
    expect(again).toMatchObject({ dataset_id: result.dataset_id, reused: true, rows_accepted: 2 });
    expect(again.errors).toEqual([expect.objectContaining({ file: 'again.csv', line: 3, column: 'pay' })]);
    const list = (await get(qingpu, '/api/datasets?kind=delivery_orders')).json();
    expect(list.items.filter((d: { id: string }) => d.id === result.dataset_id)).toHaveLength(1);
    expect(detail.unregisteredPlatforms).toEqual([]);
  });

  it('names the platforms of the rows that the registry does not hold, with the registered code spelt alike', async () => {
    const body = csv(order('U1', 'Eleme'), order('U2', 'eleme'), order('U3', 'lalamove'));
    const result = (await upload(qingpu, 'kind=delivery_orders&fileName=unregistered.csv', body)).json();
    expect(result.rows_accepted).toBe(3);
    expect(result.unregistered_platforms).toEqual([
      { code: 'Eleme', near: 'eleme' },
      { code: 'lalamove', near: null },
    ]);
    const detail = (await get(qingpu, `/api/datasets/${result.dataset_id}`)).json();
    expect(detail.platforms).toEqual(['Eleme', 'eleme', 'lalamove']);
    expect(detail.unregisteredPlatforms).toEqual([
      { code: 'Eleme', near: 'eleme' },
      { code: 'lalamove', near: null },
    ]);
  });

  it('reports no row accepted when policy reject stored nothing, and the valid rows held back', async () => {
    const body = csv(order('R1'), order('R2'), order('R3', 'eleme', '8.12345'));
    const response = await upload(qingpu, 'kind=delivery_orders&fileName=reject.csv&policy=reject', body);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      dataset_id: null,
      rows_accepted: 0,
      rows_held_back: 2,
      rows_rejected: 1,
      errors: [{ file: 'reject.csv', line: 4, column: 'pay' }],
    });
    expect(await lastAudit('dataset.upload')).toMatchObject({
      subject: 'dataset:none',
      details: expect.objectContaining({ rowsAccepted: 0 }),
    });
  });

  it('lets a platform representative upload only for their own platform and see only their own data', async () => {
    const response = await upload(
      eleme,
      'kind=delivery_orders&fileName=mine.csv',
      csv(order('E1'), order('E2', 'meituan')),
    );
    const result = response.json();
    expect(result).toMatchObject({ rows_accepted: 1, rows_rejected: 1 });
    expect(result.errors[0]).toMatchObject({ line: 3, column: 'platform', code: 'platform_mismatch' });
    expect(result.manifest).toMatchObject({ platform: 'eleme', createdBy: 'eleme' });

    const forOther = await upload(
      eleme,
      'kind=delivery_orders&platform=meituan&fileName=x.csv',
      csv(order('M1')),
    );
    expect(forOther.statusCode).toBe(403);

    const seen = (await get(eleme, '/api/datasets')).json();
    expect(seen.items.map((d: { id: string }) => d.id)).toEqual([result.dataset_id]);
    const everything = (await get(admin, '/api/datasets?pageSize=1')).json();
    expect(everything.total).toBeGreaterThanOrEqual(2);
    expect(everything.items).toHaveLength(1);
    const others = (await get(admin, '/api/datasets?kind=delivery_orders&platform=meituan')).json();
    const hidden = others.items[0].id as string;
    expect((await get(eleme, `/api/datasets/${hidden}`)).statusCode).toBe(404);
    expect((await get(eleme, `/api/datasets/${hidden}/rejected.csv`)).statusCode).toBe(404);
  });

  it('refuses workers and uploads without a kind', async () => {
    expect((await upload(rider, 'kind=delivery_orders&fileName=a.csv', csv(order('W1')))).statusCode).toBe(
      403,
    );
    expect((await get(rider, '/api/datasets')).statusCode).toBe(403);
    const noKind = await upload(qingpu, 'fileName=a.csv', csv(order('K1')));
    expect(noKind.statusCode).toBe(400);
    expect(noKind.json().error.code).toBe('VALIDATION_FAILED');
  });

  it('downloads the refused rows with their reasons, neutralised against formulas, and logs it', async () => {
    const body = csv(order('F1'), order('F2', 'eleme', 'x', '=HYPERLINK("http://x","y")'));
    const { dataset_id: id } = (await upload(qingpu, 'kind=delivery_orders&fileName=f.csv', body)).json();
    const response = await get(qingpu, `/api/datasets/${id}/rejected.csv`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = response.rawPayload.subarray(3).toString('utf8').trim().split('\n');
    expect(lines[0]).toContain('reasons_zh');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`'=HYPERLINK`);
    expect(lines[1]).toContain('pay: pay 的值 “x” 不是有效金额');
    expect(await lastAudit('dataset.download_rejected')).toMatchObject({
      actorUsername: 'qingpu',
      subject: `dataset:${id}`,
    });
    // The refused rows are the file as received: another district's officer sees the dataset but not them; the
    // city administrator does.
    const huangpu = await signInAs(t.app, 'huangpu');
    expect((await get(huangpu, `/api/datasets/${id}`)).json()).toMatchObject({ mayDownloadRejected: false });
    expect((await get(huangpu, `/api/datasets/${id}/rejected.csv`)).statusCode).toBe(403);
    expect((await get(qingpu, `/api/datasets/${id}`)).json()).toMatchObject({ mayDownloadRejected: true });
    expect((await get(admin, `/api/datasets/${id}/rejected.csv`)).statusCode).toBe(200);
    expect(await readdir(join(dataDir, 'datasets', '.staging'))).toEqual([]);

    const stored = join(dataDir, 'datasets', id);
    await rename(stored, `${stored}.moved`);
    const gone = await get(qingpu, `/api/datasets/${id}`);
    await rename(`${stored}.moved`, stored);
    expect(gone.statusCode).toBe(404);
  });

  it('refuses rows whose text holds a phone or ID-card number, and shows it masked', async () => {
    const row = (id: string, rider: string, partner: string) =>
      `${id},eleme,${rider},2025-07-01 10:00:00,2025-07-01 10:01:00,2025-07-01 10:30:00,2025-07-01 10:40:00,2500,delivered,8.50,${partner}`;
    const body = csv(
      row('U1', 'r_001', '徐汇站'),
      row('U2', 'r_002', '张三 139-8765-4329'),
      row('U3', 'r_003', '身份证310101199001011234'),
      row('U4', 'rider-13812345670', '徐汇站'),
      row('E20250501123456789012', 'r_004', '12345678901234567890'),
    );
    const response = await upload(eleme, 'kind=delivery_orders&fileName=up3.csv', body);
    const result = response.json();
    expect(result).toMatchObject({ rows_accepted: 2, rows_rejected: 3 });
    const expected = [
      [3, 'partner_id', '张三 139******29'],
      [4, 'partner_id', '身份证310*************34'],
      [5, 'rider_id', 'rider-138******70'],
    ].map(([line, column, value]) =>
      expect.objectContaining({ file: 'up3.csv', line, column, value, code: 'personal_identifier_value' }),
    );
    expect(result.errors).toEqual(expected);
    expect(result.errors[0].message.zh).toContain('“张三 139******29”');
    const huangpu = await signInAs(t.app, 'huangpu');
    const detail = await get(huangpu, `/api/datasets/${result.dataset_id}`);
    expect(detail.json().errors).toEqual(expected);
    for (const raw of ['8765-4329', '310101199001011234', '13812345670'])
      expect(detail.body + response.body).not.toContain(raw);
  });

  it('masks a phone number in any error, for every officer who reads the dataset and in stored errors', async () => {
    const body = Buffer.from(
      `${header},penalty,penalty_reason\n` + `${order('N1')},1,late\n` + `${order('N2')},1,13987654322\n`,
    );
    const { dataset_id: id, errors } = (
      await upload(qingpu, 'kind=delivery_orders&fileName=n.csv', body)
    ).json();
    const masked = expect.objectContaining({
      file: 'n.csv',
      line: 3,
      column: 'penalty_reason',
      value: '139******22',
      code: 'invalid_enum',
    });
    expect(errors).toEqual([masked]);
    const huangpu = await signInAs(t.app, 'huangpu');
    const detail = await get(huangpu, `/api/datasets/${id}`);
    expect(detail.json().errors).toEqual([masked]);
    expect(detail.json().errors[0].message.en).toBe(
      'penalty_reason value "139******22" is not one of: late / bad_review / cancel / other',
    );
    expect(detail.body).not.toContain('13987654322');

    // A dataset stored before errors were masked: its errors.json holds the number, the API still masks it.
    const stored = join(dataDir, 'datasets', id, 'errors.json');
    const unmasked = (await readFile(stored, 'utf8')).replaceAll('139******22', '13987654322');
    expect(unmasked).toContain('13987654322');
    await writeFile(stored, unmasked);
    const legacy = await get(huangpu, `/api/datasets/${id}`);
    expect(legacy.json().errors).toEqual([masked]);
    expect(legacy.body).not.toContain('13987654322');
  });

  it('takes any body as the file, JSON lines included, and finds datasets by the period they cover', async () => {
    const line = (id: string, day: string) =>
      JSON.stringify({
        order_id: id,
        platform: 'jd',
        rider_id: 'r_9',
        created_at: `${day} 10:00:00`,
        accepted_at: `${day} 10:01:00`,
        delivered_at: `${day} 10:30:00`,
        promised_at: `${day} 10:40:00`,
        distance_m: 1200,
        status: 'delivered',
        pay: 7.5,
      });
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/datasets?kind=delivery_orders&format=ndjson&fileName=jd.ndjson',
      headers: { ...admin.headers, 'content-type': 'application/json' },
      payload: [line('J1', '2024-03-02'), line('J2', '2024-05-30')].join('\n') + '\n',
    });
    expect(response.json()).toMatchObject({ rows_accepted: 2, rows_rejected: 0 });
    const id = response.json().dataset_id as string;
    const ids = async (query: string) =>
      ((await get(admin, `/api/datasets?${query}`)).json().items as { id: string }[]).map((d) => d.id);
    expect(await ids('from=2024-04-01&to=2024-04-30')).toEqual([id]);
    expect(await ids('from=2024-06-01&to=2024-06-30')).not.toContain(id);
    expect(await ids('platform=jd')).toEqual([id]);
  });

  it('streams an upload over a real connection into the ingest', async () => {
    const address = await t.app.listen({ port: 0, host: '127.0.0.1' });
    const rows = Array.from({ length: 2000 }, (_, i) => order(`S${i}`));
    const response = await fetch(`${address}/api/datasets?kind=delivery_orders&fileName=stream.csv`, {
      method: 'POST',
      headers: { ...qingpu.headers, 'content-type': 'text/csv' },
      body: csv(...rows),
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ rows_accepted: 2000, rows_rejected: 0 });
  });
});
