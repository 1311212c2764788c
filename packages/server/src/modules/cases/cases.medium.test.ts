import { describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { signedTestApp } from '../../testing/signed-test-app';
import { remindDueDeadlines, sweepOverdueDeadlines } from './deadlines';
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
  const { as, testApp, get, post } = signedTestApp(engine, () => new Date('2026-11-27T02:00:00Z'), [
    'rider',
    'xujing',
    'qingpu',
    'huangpu',
    'admin',
    'procurator',
  ]);

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

  it('opens a case from audit findings with the evidence bundle kept as sent', async () => {
    const response = await post(as.qingpu, '/api/cases/from-findings', {
      type: 'penalty_dispute',
      title: '恶劣天气未执行超时免罚（审计发现）',
      description: '审计发现 2 单在红色预警期间被扣超时款。',
      district: '310118',
      platformCode: 'eleme',
      workersAffected: 2,
      evidence: bundle,
    });
    expect(response.statusCode).toBe(201);
    const detail = (await get(as.qingpu, `/api/cases/${response.json().id}`)).json();
    expect(detail.source).toBe('finding');
    expect(detail.evidence).toEqual({ ...bundle, dataset: null });
    expect(detail.office).toBe('district:310118');
    const badHash = await post(as.qingpu, '/api/cases/from-findings', {
      ...{ type: 'other', title: 'x 案件', description: '描述描述描述', district: '310118' },
      evidence: { ...bundle, resultHash: 'nothex' },
    });
    expect(badHash.statusCode).toBe(400);
    expect(JSON.stringify(badHash.json().error.issues)).toContain('resultHash');
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

  it('logs every view of a case’s personal data and every export, which masks names', async () => {
    const { id } = (await post(as.rider, '/api/cases/complaints', complaint)).json();
    await get(as.xujing, `/api/cases/${id}`);
    const log = (await get(as.admin, `/api/admin/audit-log?action=case.view_personal&pageSize=200`)).json();
    expect(JSON.stringify(log)).toContain(`case:${id}`);
    const csv = await get(as.xujing, '/api/cases/export?format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.body).toContain('王**');
    expect(csv.body).not.toContain('王小明');
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
    const opened = await post(as.qingpu, '/api/cases/from-findings', {
      type: 'penalty_dispute',
      title: '恶劣天气未执行超时免罚（移送）',
      description: '审计发现 2 单在红色预警期间被扣超时款。',
      district: '310118',
      platformCode: 'eleme',
      workersAffected: 2,
      evidence: bundle,
    });
    const { id } = opened.json();
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
