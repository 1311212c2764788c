import { findingCaseInput, parseArea } from '@gigpact/contracts';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import type { Actor } from '../../platform/security/actor';
import { signedTestApp } from '../../testing/signed-test-app';
import { signInAs, type Signed } from '../../testing/test-app';
import { users } from '../accounts/schema';
import { openCaseFromFindings } from './commands/intake';
import { remindDueDeadlines, sweepOverdueDeadlines } from './deadlines';
import { caseNotifications, cases } from './schema';
import { holidayCalendar } from './working-days/calendar';

const complaint = {
  type: 'penalty_dispute',
  title: '暴雨天超时被罚款',
  description: '11月20日暴雨红色预警期间配送超时，被扣款 50 元，平台未执行超时免罚。',
  district: '310118',
  street: '310118106',
  platformCode: 'eleme',
  workerName: '王小明',
  workerPhone: '13812345678',
  amountClaimed: '50.00',
};

const bundle = {
  findingIds: ['F-2026-000123', 'F-2026-000124'],
  ruleId: 'late_penalty_exemption.weather',
  clause: '第七条 恶劣天气超时免罚',
  agreementVersion: 'eleme-2025-v2',
  resultHash: 'a'.repeat(64),
  evidenceRowIds: ['order:9f1', 'order:9f2'],
  trace: [{ step: 'weather_alert', zh: '红色预警生效', en: 'red alert in force' }],
};

describe.each(testEngines)('cases on %s', (engine) => {
  const { as, testApp, get, post, send } = signedTestApp(engine, () => new Date('2026-11-27T02:00:00Z'), [
    'rider',
    'xujing',
    'qingpu',
    'huangpu',
    'admin',
    'procurator',
    'mediator',
  ]);

  /** The actor a user's session stands for, as the routes hand it to commands. */
  const actorNamed = async (username: string): Promise<Actor> => {
    const [user] = await testApp().ctx.db.select().from(users).where(eq(users.username, username));
    return {
      id: user!.id,
      username,
      displayName: user!.displayName,
      role: user!.role,
      area: parseArea(user!.area)!,
      language: 'zh',
    };
  };

  const hotlineCase = (district: string) => ({
    type: 'wage_arrears',
    title: '快递网点拖欠派费',
    description: '某快递网点拖欠 3 名快递员 10 月派费。',
    district,
    street: null,
    parties: [{ kind: 'worker', name: '李四', contact: '13900001111' }],
    workersAffected: 3,
    amountClaimed: '12600.00',
  });

  /** The notifications a user reads about the given cases, as `caseId kind`. */
  const toldOf = async (who: Signed, ids: string[]) => {
    const response = await get(who, '/api/cases/notifications');
    expect(response.statusCode, response.body).toBe(200);
    return (response.json().items as { caseId: string; kind: string }[])
      .filter((n) => ids.includes(n.caseId))
      .map((n) => `${n.caseId} ${n.kind}`);
  };

  it('takes a worker’s complaint, numbers it and gives it to the street office with a triage period', async () => {
    const filed = await post(as.rider, '/api/cases/complaints', complaint);
    expect(filed.statusCode).toBe(201);
    const { id, number } = filed.json();
    expect(number).toMatch(/^沪青工维权〔2026〕\d+号$/);
    const detail = (await get(as.xujing, `/api/cases/${id}`)).json();
    expect(detail.status).toBe('intake');
    expect(detail.office).toBe('street:310118106');
    expect(detail.complainant).toBe('王小明');
    expect(detail.personalDataShown).toBe(true);
    // Filed on Friday 2026-11-27: five working days end on Friday 2026-12-04.
    expect(detail.deadlines).toEqual([
      expect.objectContaining({ kind: 'triage', dueOn: '2026-12-04', status: 'open', calendarWarning: null }),
    ]);
    expect(detail.timeline[0]).toMatchObject({ kind: 'intake', actor: '骑手 R-7F3A', toStatus: 'intake' });
  });

  it('shows workers only their own complaints and masks names in lists', async () => {
    await post(as.rider, '/api/cases/complaints', complaint);
    const mine = (await get(as.rider, '/api/cases')).json();
    expect(mine.total).toBeGreaterThanOrEqual(1);
    expect(
      mine.items.every(
        (c: { complainant: string | null }) => c.complainant === null || c.complainant.includes('*'),
      ),
    ).toBe(true);
    const hotline = await post(as.qingpu, '/api/cases/hotline', {
      type: 'wage_arrears',
      title: '快递网点拖欠派费',
      description: '赵巷镇某快递网点拖欠 3 名快递员 10 月派费。',
      district: '310118',
      street: null,
      parties: [{ kind: 'worker', name: '李四', contact: '13900001111' }],
      workersAffected: 3,
      amountClaimed: '12600.00',
    });
    expect(hotline.statusCode).toBe(201);
    const seen = await get(as.rider, `/api/cases/${hotline.json().id}`);
    expect(seen.statusCode).toBe(404);
    expect((await get(as.huangpu, `/api/cases/${hotline.json().id}`)).statusCode).toBe(404);
    const maskedResponse = await get(as.admin, `/api/cases/${hotline.json().id}`);
    expect(maskedResponse.statusCode, maskedResponse.body).toBe(200);
    const masked = maskedResponse.json();
    expect(masked.personalDataShown).toBe(false);
    expect(masked.parties[0]).toMatchObject({ name: '李*', contact: '139****1111' });
  });

  it('moves a case with the version seen, refuses a stale version and a forbidden step', async () => {
    const { id } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    const first = await post(as.xujing, `/api/cases/${id}/transitions`, {
      to: 'triage',
      version: 1,
      note: '受理',
    });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ status: 'triage', version: 2 });
    expect(first.json().deadlines[0].status).toBe('met');
    const stale = await post(as.qingpu, `/api/cases/${id}/transitions`, { to: 'supervision', version: 1 });
    expect(stale.statusCode).toBe(409);
    const skip = await post(as.xujing, `/api/cases/${id}/transitions`, { to: 'closed', version: 2 });
    expect(skip.statusCode).toBe(200);
    const wrong = await post(as.xujing, `/api/cases/${id}/transitions`, { to: 'supervision', version: 3 });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error.issues[0].path).toEqual(['to']);
    const reopened = await post(as.xujing, `/api/cases/${id}/transitions`, {
      to: 'triage',
      version: 3,
      note: '补充证据',
    });
    expect(reopened.json().timeline.at(-1)).toMatchObject({
      kind: 'reopen',
      fromStatus: 'closed',
      toStatus: 'triage',
    });
    expect(
      (await post(as.rider, `/api/cases/${id}/transitions`, { to: 'closed', version: 4 })).statusCode,
    ).toBe(403);
  });

  it('opens no case from an evidence bundle a client makes up', async () => {
    // A bundle goes to the procuratorate as evidence: only the audits module builds one, from a run's stored
    // findings (`POST /api/audits/runs/:id/cases`); no route takes one from a client.
    const made = {
      type: 'wage_arrears',
      title: '伪造审计发现案件',
      description: '没有任何审计运行支撑的发现',
      district: '310118',
      street: '310118106',
      evidence: {
        findingIds: ['F-FAKE-1'],
        ruleId: 'fd.no_such_rule',
        clause: 'c99',
        agreementVersion: '9.9',
        resultHash: '0'.repeat(64),
        evidenceRowIds: ['x'],
        trace: [{ step: 's', zh: '伪造', en: 'fabricated' }],
      },
    };
    for (const who of [as.xujing, as.qingpu, as.admin]) {
      const refused = await post(who, '/api/cases/from-findings', made);
      expect(refused.statusCode, refused.body).toBe(404);
      expect(refused.json().error.message).toEqual({ zh: expect.any(String), en: expect.any(String) });
    }
    const found = (await get(as.admin, `/api/cases?q=${encodeURIComponent(made.title)}`)).json();
    expect(found.total).toBe(0);
  });

  it('reminds the office in charge once, two working days before a deadline', async () => {
    const { id } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    const calendar = holidayCalendar();
    // Triage is due Friday 2026-12-04: on Tuesday nothing yet, on Wednesday the street office is reminded.
    await remindDueDeadlines(testApp().ctx.db, calendar, new Date('2026-12-01T01:00:00Z'));
    const remindedFor = async () =>
      (await get(as.xujing, '/api/cases/notifications'))
        .json()
        .items.filter(
          (n: { caseId: string; kind: string }) => n.caseId === id && n.kind === 'deadline_due_soon',
        );
    expect(await remindedFor()).toHaveLength(0);
    await remindDueDeadlines(testApp().ctx.db, calendar, new Date('2026-12-02T01:00:00Z'));
    await remindDueDeadlines(testApp().ctx.db, calendar, new Date('2026-12-03T01:00:00Z'));
    expect(await remindedFor()).toHaveLength(1);
  });

  it('escalates an overdue deadline once to the office one level up', async () => {
    const { id } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    const escalated = await sweepOverdueDeadlines(testApp().ctx.db, new Date('2026-12-08T01:00:00Z'));
    expect(escalated).toBeGreaterThanOrEqual(1);
    expect(await sweepOverdueDeadlines(testApp().ctx.db, new Date('2026-12-08T02:00:00Z'))).toBe(0);
    const detail = (await get(as.xujing, `/api/cases/${id}`)).json();
    expect(detail.deadlines[0]).toMatchObject({ status: 'overdue', escalatedTo: 'district:310118' });
    expect(detail.timeline.at(-1).kind).toBe('escalation');
    const told = (await get(as.qingpu, '/api/cases/notifications')).json();
    expect(
      told.items.some(
        (n: { caseId: string; kind: string }) => n.caseId === id && n.kind === 'deadline_overdue',
      ),
    ).toBe(true);
    expect(
      (await get(as.huangpu, '/api/cases/notifications'))
        .json()
        .items.some((n: { caseId: string }) => n.caseId === id),
    ).toBe(false);
  });

  it('tells of an escalation only the officers of the office it went to, never a worker or mediator of the area', async () => {
    const created = await post(as.admin, '/api/admin/users', {
      username: 'worker2',
      displayName: 'w',
      role: 'worker',
      area: 'district:310118',
      password: 'Aa123456789!',
    });
    expect(created.statusCode, created.body).toBe(201);
    const worker2 = await signInAs(testApp().app, 'worker2', 'Aa123456789!');
    // A complaint in 徐泾镇 escalates to the district office; a case of the district office to the city.
    const { id: street } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    const { id: district } = (await post(as.qingpu, '/api/cases/hotline', hotlineCase('310118'))).json();
    await sweepOverdueDeadlines(testApp().ctx.db, new Date('2026-12-08T01:00:00Z'));
    const ids = [street, district];
    expect(await toldOf(as.qingpu, ids)).toEqual([`${street} deadline_overdue`]);
    expect(await toldOf(as.admin, ids)).toEqual([`${district} deadline_overdue`]);
    expect(await toldOf(as.xujing, ids)).not.toContain(`${street} deadline_overdue`);
    expect(await toldOf(as.huangpu, ids)).toEqual([]);
    // Workers of the district and of the city, a mediator of the district and its procurator share an area
    // string with those offices, but none of them may see (let alone act on) these cases.
    expect((await get(worker2, `/api/cases/${district}`)).statusCode).toBe(404);
    expect((await get(worker2, '/api/cases/notifications')).json().items).toEqual([]);
    expect((await get(as.rider, '/api/cases/notifications')).json().items).toEqual([]);
    expect((await get(as.mediator, '/api/cases/notifications')).json().items).toEqual([]);
    expect(
      (await get(as.procurator, '/api/cases/notifications'))
        .json()
        .items.filter((n: { kind: string }) => n.kind !== 'referral'),
    ).toEqual([]);
  });

  it('shows a notification at its address only while the case page would open for the reader', async () => {
    const db = testApp().ctx.db;
    const rider = await actorNamed('rider');
    const { id: own } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    const { id: qingpuCase } = (await post(as.qingpu, '/api/cases/hotline', hotlineCase('310118'))).json();
    const { id: huangpuCase } = (await post(as.huangpu, '/api/cases/hotline', hotlineCase('310101'))).json();
    const tell = (recipient: string, caseId: string) => ({
      recipient,
      caseId,
      kind: 'test',
      messageZh: '测试',
      messageEn: 'test',
      createdAt: new Date('2026-11-27T03:00:00Z'),
    });
    await db
      .insert(caseNotifications)
      .values([
        tell(`worker:${rider.id}`, own),
        tell(`worker:${rider.id}`, qingpuCase),
        tell('mediation:310118', qingpuCase),
        tell('procuratorate:310118', qingpuCase),
        tell('district:310118', huangpuCase),
      ]);
    const ids = [own, qingpuCase, huangpuCase];
    expect(await toldOf(as.rider, ids)).toEqual([`${own} test`]);
    expect(await toldOf(as.mediator, ids)).toEqual([]);
    expect(await toldOf(as.procurator, ids)).toEqual([]);
    expect(await toldOf(as.qingpu, ids)).toEqual([]);
    // Once in mediation in Qingpu, the case is the mediator's to see, and so is what was addressed to them.
    await db.update(cases).set({ mediatedIn: '310118' }).where(eq(cases.id, qingpuCase));
    expect(await toldOf(as.mediator, ids)).toEqual([`${qingpuCase} test`]);
  });

  it('logs every view of a case’s personal data and every export, which masks names', async () => {
    const { id } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    await get(as.xujing, `/api/cases/${id}`);
    const log = (await get(as.admin, `/api/admin/audit-log?action=case.view_personal&pageSize=200`)).json();
    expect(JSON.stringify(log)).toContain(`case:${id}`);
    const csv = await get(as.xujing, '/api/cases/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('王**');
    expect(csv.body).not.toContain('王小明');
    expect(csv.body).toContain('待受理');
    // In the reader's language: an officer who reads English gets the states and districts in English.
    expect((await send(as.xujing, 'PUT', '/api/session/preferences', { language: 'en' })).statusCode).toBe(
      200,
    );
    const english = await get(as.xujing, '/api/cases/export?format=csv');
    expect(english.body).toContain('Qingpu');
    expect(english.body).not.toContain('待受理');
    await send(as.xujing, 'PUT', '/api/session/preferences', { language: 'zh' });
    const exports = (await get(as.admin, `/api/admin/audit-log?action=case.export&pageSize=200`)).json();
    expect(JSON.stringify(exports)).toContain('case.export');
  });

  it('lists as open (every state but closed) the same number of cases as the dashboard counts', async () => {
    const { id } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    await post(as.qingpu, `/api/cases/${id}/transitions`, { to: 'triage', version: 1 });
    expect(
      (await post(as.qingpu, `/api/cases/${id}/transitions`, { to: 'closed', version: 2 })).statusCode,
    ).toBe(200);
    const openFigure = async () => {
      const dashboard = (await get(as.qingpu, '/api/dashboard')).json();
      return dashboard.figures.find((f: { key: string }) => f.key === 'openCases').value as number;
    };
    const open = (await get(as.qingpu, '/api/cases?state=open&pageSize=100')).json();
    const all = (await get(as.qingpu, '/api/cases?pageSize=100')).json();
    const closed = (await get(as.qingpu, '/api/cases?state=closed&pageSize=100')).json();
    expect(open.total).toBe(await openFigure());
    expect(open.items.every((c: { status: string }) => c.status !== 'closed')).toBe(true);
    expect(closed.items.map((c: { id: string }) => c.id)).toContain(id);
    expect(open.total + closed.total).toBe(all.total);
    expect((await get(as.qingpu, '/api/cases?state=shut')).statusCode).toBe(400);
    await post(as.rider, '/api/cases/complaints', complaint);
    expect((await get(as.qingpu, '/api/cases?state=open')).json().total).toBe(open.total + 1);
    expect(await openFigure()).toBe(open.total + 1);
  });

  it('gives the procuratorate the evidence bundle of a referred case as a spreadsheet, and logs it', async () => {
    // As the audits module opens it from a run's findings (its own tests cover building the bundle).
    const { id } = await openCaseFromFindings(
      testApp().ctx.db,
      holidayCalendar(),
      await actorNamed('qingpu'),
      findingCaseInput.parse({
        type: 'penalty_dispute',
        title: '恶劣天气未执行超时免罚（移送）',
        description: '审计发现 2 单在红色预警期间被扣超时款。',
        district: '310118',
        platformCode: 'eleme',
        workersAffected: 2,
        evidence: bundle,
      }),
      '2026-11-27',
      new Date('2026-11-27T02:00:00Z'),
    );
    expect((await get(as.qingpu, `/api/cases/${id}`)).json()).toMatchObject({
      source: 'finding',
      evidence: { ...bundle, dataset: null },
    });
    const url = `/api/cases/${id}/evidence?format=csv`;
    expect((await get(as.qingpu, url)).statusCode).toBe(409);
    await post(as.qingpu, `/api/cases/${id}/transitions`, { to: 'triage', version: 1 });
    const referred = await post(as.qingpu, `/api/cases/${id}/referral`, {
      version: 2,
      procuratorateDistrict: '310118',
      note: '平台拒不执行超时免罚，移送检察院',
    });
    expect(referred.statusCode, referred.body).toBe(200);
    const csv = await get(as.procurator, url);
    expect(csv.statusCode).toBe(200);
    for (const text of [
      bundle.resultHash,
      bundle.agreementVersion,
      ...bundle.evidenceRowIds,
      ...bundle.findingIds,
    ])
      expect(csv.body).toContain(text);
    expect(csv.body).toContain('红色预警生效 / red alert in force');
    const xlsx = await get(as.procurator, `/api/cases/${id}/evidence`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString('latin1')).toBe('PK');
    expect((await get(as.huangpu, url)).statusCode).toBe(404);
    const log = (await get(as.admin, '/api/admin/audit-log?action=case.evidence_export&pageSize=200')).json();
    expect(
      log.items
        .filter((e: { subject: string }) => e.subject === `case:${id}`)
        .map((e: { actorUsername: string }) => e.actorUsername),
    ).toEqual(['procurator', 'procurator']);
  });
});
