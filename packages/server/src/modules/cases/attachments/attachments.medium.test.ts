import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../../testing/test-app';
import { attachmentPath } from './attachments';

const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.alloc(64, 7),
]);

describe.each(testEngines)('case attachments on %s', (engine) => {
  let t: TestApp;
  let rider: Signed;
  let xujing: Signed;
  let huangpu: Signed;
  let dataDir: string;
  let caseId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-27T02:00:00Z'));
    dataDir = await mkdtemp(path.join(tmpdir(), 'gigpact-attachments-'));
    t.ctx.config.dataDir = dataDir;
    rider = await signInAs(t.app, 'rider');
    xujing = await signInAs(t.app, 'xujing');
    huangpu = await signInAs(t.app, 'huangpu');
    const filed = await t.app.inject({
      method: 'POST',
      url: '/api/cases/complaints',
      headers: rider.headers,
      payload: {
        type: 'wage_arrears',
        title: '站点拖欠工资',
        description: '站点拖欠 10 月工资 2,300 元。',
        district: '310118',
        street: '310118106',
        workerName: '王小明',
        workerPhone: '13812345678',
      },
    });
    caseId = filed.json().id;
  });
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const upload = (who: Signed, fileName: string, body: Buffer) =>
    t.app.inject({
      method: 'POST',
      url: `/api/cases/${caseId}/attachments?fileName=${encodeURIComponent(fileName)}`,
      headers: { ...who.headers, 'content-type': 'application/octet-stream' },
      payload: body,
    });

  it('stores a worker’s photo under its content hash and lets the officer download it', async () => {
    const response = await upload(rider, '工资条.png', png);
    expect(response.statusCode).toBe(201);
    const sha256 = createHash('sha256').update(png).digest('hex');
    expect(response.json()).toMatchObject({ contentType: 'image/png', size: png.length, sha256 });
    expect(await readFile(attachmentPath(dataDir, sha256))).toEqual(png);
    const download = await t.app.inject({
      method: 'GET',
      url: `/api/cases/${caseId}/attachments/${response.json().id}`,
      headers: xujing.headers,
    });
    expect(download.rawPayload).toEqual(png);
    expect(
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/cases/${caseId}/attachments/${response.json().id}`,
          headers: huangpu.headers,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('refuses a file whose bytes are not an accepted kind, whatever its name, and one over 10 MB', async () => {
    const disguised = await upload(rider, '证据.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'));
    expect(disguised.statusCode).toBe(400);
    expect(disguised.json().error.issues[0]).toMatchObject({ path: ['file'] });
    expect(disguised.json().error.issues[0].zh).toContain('证据.pdf');
    const large = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const tooLarge = await upload(rider, 'big.pdf', large);
    expect(tooLarge.statusCode).toBe(400);
    expect(tooLarge.json().error.issues[0].en).toContain('10 MB');
  });

  it('withholds attachments from one who sees the case masked, as the case page does, and logs both', async () => {
    const admin = await signInAs(t.app, 'admin');
    const { id } = (await upload(rider, '劳动合同.png', png)).json();
    const url = `/api/cases/${caseId}/attachments/${id}`;
    expect(
      (await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}`, headers: admin.headers })).json(),
    ).toMatchObject({ personalDataShown: false });
    const refused = await t.app.inject({ method: 'GET', url, headers: admin.headers });
    expect(refused.statusCode).toBe(403);
    expect(refused.rawPayload).not.toEqual(png);
    expect(refused.json().error.message.en).toContain('masked');
    const allowed = await t.app.inject({ method: 'GET', url, headers: xujing.headers });
    expect(allowed.rawPayload).toEqual(png);
    const logged = async (action: string) =>
      (
        await t.app.inject({
          method: 'GET',
          url: `/api/admin/audit-log?action=${action}&pageSize=200`,
          headers: admin.headers,
        })
      )
        .json()
        .items.filter((e: { subject: string }) => e.subject === `case:${caseId}`)
        .map((e: { actorUsername: string }) => e.actorUsername);
    expect(await logged('case.attachment_download_refused')).toEqual(['admin']);
    expect(await logged('case.attachment_download')).toContain('xujing');
    expect(await logged('case.attachment_download')).not.toContain('admin');
  });
});
