import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';

const upload = (t: TestApp, who: Signed, kind: string, fileName: string, body: Buffer, dryRun = false) =>
  t.app.inject({
    method: 'POST',
    url: `/api/registry/imports/${kind}?fileName=${encodeURIComponent(fileName)}&dryRun=${dryRun}`,
    headers: { ...who.headers, 'content-type': 'application/octet-stream' },
    payload: body,
  });

describe.each(testEngines)('registry on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  let qingpu: Signed;
  let xujing: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    xujing = await signInAs(t.app, 'xujing');
  });
  afterAll(() => t.close());

  it('lists the 30 platforms, 25 of them with a union', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/registry/platforms',
      headers: qingpu.headers,
    });
    const items = response.json().items as { unionFoundedOn: string | null; code: string }[];
    expect(items).toHaveLength(30);
    expect(items.filter((p) => p.unionFoundedOn)).toHaveLength(25);
  });

  it('names the platforms for everyone, signed in or not, as the public pages show them', async () => {
    const mediator = await signInAs(t.app, 'mediator');
    for (const headers of [qingpu.headers, mediator.headers, (await signInAs(t.app, 'rider')).headers, {}]) {
      const response = await t.app.inject({ method: 'GET', url: '/api/public/platform-names', headers });
      expect(response.statusCode).toBe(200);
      const items = response.json().items as { code: string; zh: string; en: string }[];
      expect(items).toHaveLength(30);
      expect(items.find((p) => p.code === 'eleme')).toMatchObject({ zh: expect.stringContaining('饿了么') });
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/registry/platforms' })).statusCode).toBe(401);
  });

  it('shows a district officer only the enterprises of that district, filtered and paged on the server', async () => {
    const page = await t.app.inject({
      method: 'GET',
      url: '/api/registry/enterprises?unionStatus=none&pageSize=200',
      headers: qingpu.headers,
    });
    const body = page.json();
    expect(body.total).toBeGreaterThan(0);
    expect(
      body.items.every(
        (e: { district: string; unionStatus: string }) => e.district === '310118' && e.unionStatus === 'none',
      ),
    ).toBe(true);
    const cityWide = await t.app.inject({
      method: 'GET',
      url: '/api/registry/enterprises?pageSize=1',
      headers: admin.headers,
    });
    expect(cityWide.json().total).toBeGreaterThan(body.total);
    const street = await t.app.inject({
      method: 'GET',
      url: '/api/registry/enterprises?pageSize=200',
      headers: xujing.headers,
    });
    expect(street.json().items.every((e: { street: string }) => e.street === '310118106')).toBe(true);
  });

  it('refuses roles without the registry and hides other districts', async () => {
    const mediator = await signInAs(t.app, 'mediator');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/registry/platforms', headers: mediator.headers }))
        .statusCode,
    ).toBe(403);
    const huangpuList = await t.app.inject({
      method: 'GET',
      url: '/api/registry/enterprises?district=310101&pageSize=1',
      headers: admin.headers,
    });
    const huangpuId = huangpuList.json().items[0].id;
    const seen = await t.app.inject({
      method: 'GET',
      url: `/api/registry/enterprises/${huangpuId}`,
      headers: qingpu.headers,
    });
    expect(seen.statusCode).toBe(404);
  });

  it('changes an enterprise with optimistic concurrency', async () => {
    const list = await t.app.inject({
      method: 'GET',
      url: '/api/registry/enterprises?unionStatus=none&pageSize=1',
      headers: xujing.headers,
    });
    const e = list.json().items[0];
    const first = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/enterprises/${e.id}`,
      headers: xujing.headers,
      payload: { version: e.version, unionStatus: 'founded', unionFoundedOn: '2026-11-20' },
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ unionStatus: 'founded', version: e.version + 1 });
    const stale = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/enterprises/${e.id}`,
      headers: qingpu.headers,
      payload: { version: e.version, workers: 3 },
    });
    expect(stale.statusCode).toBe(409);
    const moveOut = await t.app.inject({
      method: 'PATCH',
      url: `/api/registry/enterprises/${e.id}`,
      headers: xujing.headers,
      payload: { version: e.version + 1, street: '310118102' },
    });
    expect(moveOut.statusCode).toBe(403);
  });

  it('imports a GB18030 enterprise list all or nothing, with a report naming row, field and reason', async () => {
    const header = '类型,名称,统一社会信用代码,平台,区,街镇,建会状态,建会日期,从业人数';
    const good1 =
      '加盟商,极兔速递青浦赵巷测试加盟商,91310118MA1TEXT001,jt,青浦区,赵巷镇,已建会,2026-10-01,35';
    const good2 = '网点,极兔速递青浦赵巷测试网点,91310118MA1TEXT002,极兔速递,青浦,赵巷镇,未建会,,8';
    const bad = [
      '加盟商,外区加盟商,91310101MA1TEXT003,jt,黄浦区,,未建会,,10',
      '商店,类型错误,91310118MA1TEXT004,jt,青浦区,,未建会,,10',
      '加盟商,负人数,91310118MA1TEXT005,jt,青浦区,,已建会,,-3',
      '加盟商,重复代码,91310118MA1TEXT001,nosuch,青浦区,火星镇,未建会,,1',
    ];
    const file = iconv.encode([header, good1, good2, ...bad].join('\r\n') + '\r\n', 'gb18030');
    const before = (
      await t.app.inject({
        method: 'GET',
        url: '/api/registry/enterprises?pageSize=1',
        headers: qingpu.headers,
      })
    ).json().total;
    const rejected = await upload(t, qingpu, 'enterprises', '名录.csv', file);
    expect(rejected.statusCode).toBe(200);
    const report = rejected.json();
    expect(report).toMatchObject({ rows: 6, imported: 0, rejected: 4 });
    const found = report.issues.map((i: { row: number; field: string }) => `${i.row}:${i.field}`);
    expect(found).toEqual(
      expect.arrayContaining([
        '4:district',
        '5:kind',
        '6:union_founded_on',
        '6:workers',
        '7:credit_code',
        '7:platform',
        '7:street',
      ]),
    );
    for (const i of report.issues) expect(i.zh && i.en).toBeTruthy();
    const after = (
      await t.app.inject({
        method: 'GET',
        url: '/api/registry/enterprises?pageSize=1',
        headers: qingpu.headers,
      })
    ).json().total;
    expect(after).toBe(before);

    const fixed = iconv.encode([header, good1, good2].join('\r\n'), 'gb18030');
    const dry = await upload(t, qingpu, 'enterprises', '名录.csv', fixed, true);
    expect(dry.json()).toMatchObject({ rows: 2, imported: 0, rejected: 0, dryRun: true });
    const done = await upload(t, qingpu, 'enterprises', '名录.csv', fixed);
    expect(done.json()).toMatchObject({ rows: 2, imported: 2, rejected: 0 });
    const again = await upload(t, qingpu, 'enterprises', '名录.csv', fixed);
    expect(again.json()).toMatchObject({ imported: 0, unchanged: 2 });
  });

  it('imports members from XLSX, pseudonymising phone numbers and never echoing them', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('会员');
    sheet.addRow(['手机号', '平台', '区', '街镇', '入会日期']);
    sheet.addRow(['13800138000', 'jt', '青浦区', '赵巷镇', '2026-11-01']);
    // A number written with separators is as personal as a plain one.
    sheet.addRow(['139-0013-9000', 'meituan', '青浦区', '', '2026-12-31']);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const bad = await upload(t, qingpu, 'members', 'members.xlsx', bytes);
    expect(bad.json()).toMatchObject({ imported: 0, rejected: 1 });
    expect(bad.json().issues[0]).toMatchObject({ row: 3, field: 'joined_on' });
    expect(bad.body).not.toContain('139-0013-9000');

    sheet.getRow(3).getCell(5).value = '2026-11-02';
    const good = await upload(
      t,
      qingpu,
      'members',
      'members.xlsx',
      Buffer.from(await workbook.xlsx.writeBuffer()),
    );
    expect(good.json()).toMatchObject({ imported: 2, rejected: 0 });
    const members = await t.app.inject({
      method: 'GET',
      url: '/api/registry/members?pageSize=200',
      headers: qingpu.headers,
    });
    const ids = members.json().items.map((m: { workerId: string }) => m.workerId);
    expect(ids.some((id: string) => /^psn_[0-9a-f]{32}$/.test(id))).toBe(true);
    expect(members.body).not.toContain('13800138000');
    expect(members.body).not.toContain('139-0013-9000');
    const log = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit-log?action=member.list',
      headers: admin.headers,
    });
    expect(log.json().total).toBeGreaterThanOrEqual(1);
  });

  it('reports coverage by district for the map and a monthly trend', async () => {
    const coverage = await t.app.inject({
      method: 'GET',
      url: '/api/registry/coverage?by=district',
      headers: admin.headers,
    });
    const body = coverage.json();
    expect(body.rows).toHaveLength(16);
    expect(body.total.federations).toBeGreaterThanOrEqual(251);
    expect(body.total.platformsWithUnion).toBe(25);
    for (const row of body.rows) {
      expect(row.foundingRate).toBeGreaterThanOrEqual(0);
      expect(row.foundingRate).toBeLessThanOrEqual(1);
    }
    const qp = await t.app.inject({
      method: 'GET',
      url: '/api/registry/coverage?by=district',
      headers: qingpu.headers,
    });
    expect(qp.json().rows.map((r: { key: string }) => r.key)).toEqual(['310118']);
    const trend = await t.app.inject({
      method: 'GET',
      url: '/api/registry/coverage/trend?months=6',
      headers: admin.headers,
    });
    const points = trend.json().points as { month: string; members: number }[];
    expect(points.map((p) => p.month)).toEqual([
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(points[5]!.members).toBeGreaterThan(points[0]!.members);
  });

  it('names a street officer’s figures after the street, and gives no street a workforce it does not have', async () => {
    const get = async (who: Signed, url: string) =>
      (await t.app.inject({ method: 'GET', url, headers: who.headers })).json();
    const street = await get(xujing, '/api/registry/coverage?by=district');
    const district = await get(qingpu, '/api/registry/coverage?by=district');
    // The street's one row sits on its district's place on the map, but holds and names the street's figures.
    expect(street.rows).toHaveLength(1);
    expect(street.rows[0]).toMatchObject({
      key: '310118',
      name: { zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' },
      workers: null,
      membershipRate: null,
    });
    expect(street.total).toMatchObject({
      name: { zh: '青浦区徐泾镇', en: 'Xujing Town, Qingpu' },
      workers: null,
    });
    expect(street.total.enterprises).toBeLessThan(district.total.enterprises);
    expect(district.total).toMatchObject({ name: { zh: '青浦区', en: 'Qingpu' } });
    expect(district.total.workers).toBeGreaterThan(0);
    expect(district.total.membershipRate).toBeGreaterThan(0);

    // By street: platforms report workers by district only, so no street has a count or a membership rate,
    // while the district's total keeps its own.
    const streets = await get(qingpu, '/api/registry/coverage?by=street');
    expect(streets.rows.length).toBeGreaterThan(1);
    for (const row of streets.rows) expect(row).toMatchObject({ workers: null, membershipRate: null });
    expect(streets.rows.find((r: { key: string }) => r.key === '310118106').name).toEqual({
      zh: '青浦区徐泾镇',
      en: 'Xujing Town, Qingpu',
    });
    expect(streets.total).toMatchObject({
      workers: district.total.workers,
      membershipRate: district.total.membershipRate,
    });
    const byIndustry = await get(xujing, '/api/registry/coverage?by=industry');
    for (const row of [...byIndustry.rows, byIndustry.total]) expect(row.workers).toBeNull();
    const trend = await get(xujing, '/api/registry/coverage/trend?months=2');
    for (const point of trend.points) expect(point).toMatchObject({ workers: null, membershipRate: null });
  });

  it('walks the organisation tree from the city down, with masked contacts for streets elsewhere', async () => {
    const roots = (
      await t.app.inject({ method: 'GET', url: '/api/registry/organisations', headers: admin.headers })
    ).json().items;
    expect(roots).toHaveLength(1);
    expect(roots[0]).toMatchObject({ kind: 'city_federation' });
    const children = (
      await t.app.inject({
        method: 'GET',
        url: `/api/registry/organisations?parent=${roots[0].id}`,
        headers: admin.headers,
      })
    ).json().items as { kind: string }[];
    expect(children.filter((c) => c.kind === 'district_federation')).toHaveLength(16);
    expect(children.filter((c) => c.kind === 'platform_union')).toHaveLength(25);
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/registry/organisations/${roots[0].id}`,
      headers: admin.headers,
    });
    expect(detail.json().contactPhone).toMatch(/^1\d{10}$/);
  });

  it('exports the list as CSV with a BOM and as XLSX', async () => {
    const csv = await t.app.inject({
      method: 'GET',
      url: '/api/registry/enterprises/export?format=csv',
      headers: xujing.headers,
    });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.body).toContain('徐泾镇');
    expect(csv.body).not.toContain('朱家角镇');
    const xlsx = await t.app.inject({
      method: 'GET',
      url: '/api/registry/enterprises/export?format=xlsx',
      headers: xujing.headers,
    });
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});
