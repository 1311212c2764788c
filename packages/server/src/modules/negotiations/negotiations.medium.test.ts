import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';

const meeting = {
  title: '青浦区骑手休息时间恳谈会',
  heldOn: '2025-10-09',
  place: '青浦区总工会会议室',
  regionCode: '310118',
  parties: ['青浦区总工会', '饿了么青浦站点'],
  participants: [
    { name: '沈卫东', organisation: '青浦区总工会', role: 'union' },
    { name: '陈小兵', organisation: '饿了么青浦站点', role: 'rider_representative' },
  ],
  proposals: [
    { proposedBy: '陈小兵', clauseId: 'c07', text: '连续工作 4 小时后强制休息 20 分钟', outcome: 'agreed' },
  ],
  followUps: [{ text: '平台调整派单规则', owner: '饿了么青浦站点', dueOn: '2025-11-01' }],
  minutes: '陈小兵反映连续派单无休息。',
};

describe.each(testEngines)('negotiation meetings on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  let qingpu: Signed;
  let huangpu: Signed;
  let xujing: Signed;
  let eleme: Signed;
  let mediator: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine);
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    huangpu = await signInAs(t.app, 'huangpu');
    xujing = await signInAs(t.app, 'xujing');
    eleme = await signInAs(t.app, 'eleme');
    mediator = await signInAs(t.app, 'mediator');
  });
  afterAll(() => t.close());

  const list = (who: Signed, id = 'eleme-shanghai-2025') =>
    t.app.inject({ method: 'GET', url: `/api/agreements/${id}/meetings`, headers: who.headers });
  const create = (who: Signed, body: object, id = 'eleme-shanghai-2025') =>
    t.app.inject({
      method: 'POST',
      url: `/api/agreements/${id}/meetings`,
      headers: who.headers,
      payload: body,
    });
  const read = (who: Signed, id: string) =>
    t.app.inject({ method: 'GET', url: `/api/negotiations/meetings/${id}`, headers: who.headers });

  it('holds the demo meetings, each visible to the areas it concerns', async () => {
    const all = (await list(admin)).json().items;
    expect(all.map((m: { title: string }) => m.title)).toEqual([
      '徐泾镇骑手进小区恳谈会',
      '2025年饿了么算法与劳动规则第二次恳谈会',
    ]);
    expect(all[1]).toMatchObject({
      proposalCounts: { agreed: 2, rejected: 1, deferred: 1 },
      openFollowUps: 1,
    });
    // Huangpu sees the city's meeting but not the one of a street in Qingpu.
    expect((await list(huangpu)).json().items.map((m: { regionCode: string }) => m.regionCode)).toEqual([
      '310000',
    ]);
    expect((await list(xujing)).json().items).toHaveLength(2);
    expect((await list(mediator)).statusCode).toBe(403);
    const hidden = all.find((m: { regionCode: string }) => m.regionCode === '310118106');
    expect((await read(huangpu, hidden.id)).statusCode).toBe(404);
  });

  it('records a meeting with proposals and follow-ups, attributed and logged', async () => {
    const response = await create(qingpu, meeting);
    expect(response.statusCode).toBe(200);
    const saved = response.json();
    expect(saved).toMatchObject({
      recordedBy: '青浦区总工会 王敏',
      rowVersion: 1,
      proposalCounts: { agreed: 1, pending: 0 },
      openFollowUps: 1,
      followUps: [{ owner: '饿了么青浦站点', dueOn: '2025-11-01', done: false }],
    });
    const detail = await read(admin, saved.id);
    expect(detail.json().participants[1].name).toBe('陈小兵');
    const log = await t.app.inject({
      method: 'GET',
      url: '/api/admin/audit-log?action=negotiation.read',
      headers: admin.headers,
    });
    expect(JSON.stringify(log.json())).toContain(`meeting:${saved.id}`);
  });

  it("names riders' representatives to union officers only", async () => {
    const saved = (await create(qingpu, { ...meeting, title: '第二次' })).json();
    const seen = (await read(eleme, saved.id)).json();
    expect(seen.participants[1]).toEqual({
      name: "骑手代表 1 / Riders' representative 1",
      organisation: '',
      role: 'rider_representative',
    });
    expect(seen.proposals[0].proposedBy).toBe("骑手代表 1 / Riders' representative 1");
    expect(seen.minutes).not.toContain('陈小兵');
    expect(JSON.stringify(seen)).not.toContain('陈小兵');
    // A platform's representative sees no meeting over another platform's agreement.
    expect((await list(eleme, 'jt-franchisee-qingpu-2025')).json().items).toEqual([]);
  });

  it('refuses phone and ID numbers, unknown clauses and areas outside the recorder’s', async () => {
    const phone = await create(qingpu, {
      ...meeting,
      participants: [{ name: '陈小兵 13812345678', organisation: '', role: 'rider_representative' }],
      proposals: [{ proposedBy: '陈小兵', clauseId: 'c99', text: '…' }],
    });
    expect(phone.statusCode).toBe(400);
    expect(phone.json().error.issues.map((i: { path: unknown[] }) => i.path)).toEqual([
      ['participants', 0, 'name'],
      ['proposals', 0, 'clauseId'],
    ]);
    expect(phone.json().error.issues[0].zh).toContain('请勿填写手机号码');
    expect((await create(qingpu, { ...meeting, regionCode: '310101' })).statusCode).toBe(403);
    expect((await create(xujing, { ...meeting, regionCode: '310118106' })).statusCode).toBe(403);
    expect((await create(eleme, meeting)).statusCode).toBe(403);
    expect((await create(qingpu, { ...meeting, regionCode: '310199' })).statusCode).toBe(400);
  });

  it('changes a meeting and its follow-ups with optimistic concurrency', async () => {
    const saved = (await create(qingpu, { ...meeting, title: '第三次' })).json();
    const followUp = saved.followUps[0];
    const done = await t.app.inject({
      method: 'POST',
      url: `/api/negotiations/meetings/${saved.id}/follow-ups/${followUp.id}`,
      headers: qingpu.headers,
      payload: { done: true, rowVersion: saved.rowVersion },
    });
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ rowVersion: 2, openFollowUps: 0, followUps: [{ done: true }] });

    const stale = await t.app.inject({
      method: 'PUT',
      url: `/api/negotiations/meetings/${saved.id}`,
      headers: qingpu.headers,
      payload: { ...meeting, rowVersion: 1 },
    });
    expect(stale.statusCode).toBe(409);
    const changed = await t.app.inject({
      method: 'PUT',
      url: `/api/negotiations/meetings/${saved.id}`,
      headers: qingpu.headers,
      payload: {
        ...meeting,
        minutes: '补充：平台同意试点。',
        followUps: [
          { id: followUp.id, text: followUp.text, owner: followUp.owner, dueOn: followUp.dueOn, done: true },
          { text: '一个月后回访', owner: '沈卫东', dueOn: '2025-12-01' },
        ],
        rowVersion: 2,
      },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({
      rowVersion: 3,
      minutes: '补充：平台同意试点。',
      updatedBy: '青浦区总工会 王敏',
      openFollowUps: 1,
    });
    expect(changed.json().followUps[0].id).toBe(followUp.id);
    const huangpuEdit = await t.app.inject({
      method: 'PUT',
      url: `/api/negotiations/meetings/${saved.id}`,
      headers: huangpu.headers,
      payload: { ...meeting, rowVersion: 3 },
    });
    expect(huangpuEdit.statusCode).toBe(404);
  });
});
