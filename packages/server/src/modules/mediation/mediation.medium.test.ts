import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';
import { detectAttachmentType } from '../cases/attachments/file-type';

describe.each(testEngines)('mediation on %s', (engine) => {
  let t: TestApp;
  let mediator: Signed;
  let qingpu: Signed;
  let huangpu: Signed;
  let procurator: Signed;
  let admin: Signed;
  let centreId: string;
  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-27T02:00:00Z'));
    mediator = await signInAs(t.app, 'mediator');
    qingpu = await signInAs(t.app, 'qingpu');
    huangpu = await signInAs(t.app, 'huangpu');
    procurator = await signInAs(t.app, 'procurator');
    admin = await signInAs(t.app, 'admin');
    const centres = (await get(mediator, '/api/mediation/centres')).json().items;
    centreId = centres.find((c: { district: string }) => c.district === '310118').id;
  });
  afterAll(() => t.close());

  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const post = (who: Signed, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });

  it('settles a small wage claim in one step and prints the agreement', async () => {
    const settled = await post(mediator, '/api/mediation/small-claims', {
      centreId,
      applicantName: '钱多多',
      applicantPhone: '13500001234',
      respondentName: '上海某某配送站',
      amountClaimed: '296.00',
      amountRecovered: '296.00',
      agreedOn: '2026-11-27',
      terms: '被申请人当场支付配送费 296 元。',
    });
    expect(settled.statusCode).toBe(201);
    const request = settled.json();
    expect(request).toMatchObject({ status: 'agreed', smallClaim: true, amountRecovered: '296.00' });
    expect(request.number).toMatch(/^沪青工调〔2026〕\d+号$/);
    expect(request.sessions).toHaveLength(1);
    const docx = await get(mediator, `/api/mediation/requests/${request.id}/agreement?format=docx`);
    expect(detectAttachmentType(docx.rawPayload)).toBe('docx');
    const tooBig = await post(mediator, '/api/mediation/small-claims', {
      centreId,
      applicantName: '钱多多',
      applicantPhone: '13500001234',
      respondentName: '上海某某配送站',
      amountClaimed: '12000.00',
      amountRecovered: '0',
      agreedOn: '2026-11-27',
      terms: '被申请人当场支付。',
    });
    expect(tooBig.statusCode).toBe(400);
    expect(tooBig.json().error.issues[0].path).toEqual(['amountClaimed']);
  });

  it('takes a case to mediation, so the mediator sees it, and records the agreement with the recovery', async () => {
    const cases = (await get(qingpu, '/api/cases?status=supervision&district=310118')).json();
    const caseId = cases.items[0].id;
    expect((await get(mediator, `/api/cases/${caseId}`)).statusCode).toBe(404);
    const opened = await post(qingpu, '/api/mediation/requests', {
      centreId,
      caseId,
      applicantName: '周建国',
      applicantPhone: '13601234567',
      respondentName: '快递加盟商',
      amountClaimed: '126000.00',
      description: '欠薪案件转调解',
    });
    expect(opened.statusCode).toBe(201);
    const request = opened.json();
    expect(request.smallClaim).toBe(false);
    expect((await get(mediator, `/api/cases/${caseId}`)).statusCode).toBe(200);
    const sat = await post(mediator, `/api/mediation/requests/${request.id}/sessions`, {
      heldAt: '2026-11-27T10:00:00+08:00',
      place: '青浦区调解中心第一调解室',
    });
    expect(sat.json().status).toBe('scheduled');
    const stale = await post(mediator, `/api/mediation/requests/${request.id}/outcome`, {
      outcome: 'agreed',
      version: request.version,
      agreedOn: '2026-11-27',
      amountAgreed: '120000.00',
      amountRecovered: '60000.00',
      terms: '分两期支付，首期当日支付 6 万元。',
    });
    expect(stale.statusCode).toBe(409);
    const agreed = await post(mediator, `/api/mediation/requests/${request.id}/outcome`, {
      outcome: 'agreed',
      version: sat.json().version,
      agreedOn: '2026-11-27',
      amountAgreed: '120000.00',
      amountRecovered: '60000.00',
      terms: '分两期支付，首期当日支付 6 万元。',
    });
    expect(agreed.json()).toMatchObject({ status: 'agreed', amountRecovered: '60000.00' });
    const detail = (await get(qingpu, `/api/cases/${caseId}`)).json();
    expect(
      detail.outcomes.some(
        (o: { kind: string; amount: string }) => o.kind === 'amount_recovered' && o.amount === '60000.00',
      ),
    ).toBe(true);
    expect(detail.timeline.map((e: { kind: string }) => e.kind)).toContain('mediation_outcome');
  });

  it('opens centres and seats mediators of the centre’s district only', async () => {
    const centres = (await get(qingpu, '/api/mediation/centres')).json().items;
    expect(centres.find((c: { id: string }) => c.id === centreId).mediators).toEqual([
      expect.objectContaining({ displayName: '青浦区一站式调解中心 陈调解员' }),
    ]);
    const opened = await post(qingpu, '/api/mediation/centres', {
      name: '徐泾镇新就业形态劳动者调解室',
      district: '310118',
      street: '310118106',
      address: '上海市青浦区徐泾镇某路 1 号',
      phone: '021-59760000',
    });
    expect(opened.statusCode).toBe(201);
    const seated = await post(qingpu, `/api/mediation/centres/${opened.json().id}/mediators`, {
      username: 'mediator',
    });
    expect(seated.json().mediators).toHaveLength(1);
    const notMediator = await post(qingpu, `/api/mediation/centres/${opened.json().id}/mediators`, {
      username: 'xujing',
    });
    expect(notMediator.statusCode).toBe(400);
    const elsewhere = await post(huangpu, '/api/mediation/centres', {
      name: '黄浦区在青浦的调解室',
      district: '310118',
      address: '上海市青浦区某路 2 号',
      phone: '021-59760001',
    });
    expect(elsewhere.statusCode).toBe(403);
  });

  it('hands a failed mediation to arbitration and keeps other districts and roles out', async () => {
    const opened = (
      await post(mediator, '/api/mediation/requests', {
        centreId,
        applicantName: '孙悟',
        applicantPhone: '13500005678',
        respondentName: '某同城配送公司',
        claimType: 'injury',
        amountClaimed: '18500.00',
        description: '配送途中受伤，要求赔偿',
      })
    ).json();
    const failed = await post(mediator, `/api/mediation/requests/${opened.id}/outcome`, {
      outcome: 'failed',
      version: opened.version,
      reason: '分歧较大',
      handToArbitration: true,
    });
    expect(failed.json()).toMatchObject({ status: 'arbitration', arbitrationBody: '劳动人事争议仲裁委员会' });
    expect((await get(huangpu, `/api/mediation/requests/${opened.id}`)).statusCode).toBe(404);
    expect((await get(procurator, '/api/mediation/requests')).statusCode).toBe(403);
    const list = (await get(mediator, '/api/mediation/requests?status=arbitration')).json();
    expect(list.items.every((r: { applicant: string }) => r.applicant.includes('*'))).toBe(true);
  });

  it('hands a case’s failed mediation to arbitration: a document, the case’s timeline, the case in resolution', async () => {
    const list = (await get(qingpu, '/api/cases?status=supervision&district=310118&pageSize=50')).json();
    const fromCase = list.items[list.items.length - 1];
    const opened = (
      await post(qingpu, '/api/mediation/requests', {
        centreId,
        caseId: fromCase.id,
        applicantName: '吴晓明',
        applicantPhone: '13700008888',
        respondentName: '某外卖配送站',
        amountClaimed: '8600.00',
        description: '拖欠 10 月配送费',
      })
    ).json();
    const sat = (
      await post(mediator, `/api/mediation/requests/${opened.id}/sessions`, {
        heldAt: '2026-11-26T14:00:00+08:00',
        place: '青浦区调解中心第二调解室',
        notes: '被申请人未到场',
      })
    ).json();
    const tooLate = await post(mediator, `/api/mediation/requests/${opened.id}/outcome`, {
      outcome: 'failed',
      version: sat.version,
      reason: '被申请人拒绝调解',
      handToArbitration: true,
      handedOffOn: '2026-12-01',
    });
    expect(tooLate.statusCode).toBe(400);
    expect(tooLate.json().error.issues[0].path).toEqual(['handedOffOn']);
    expect((await get(mediator, `/api/mediation/requests/${opened.id}/handoff?format=pdf`)).statusCode).toBe(
      409,
    );
    const failed = await post(mediator, `/api/mediation/requests/${opened.id}/outcome`, {
      outcome: 'failed',
      version: sat.version,
      reason: '被申请人拒绝调解',
      handToArbitration: true,
      arbitrationBody: '上海市青浦区劳动人事争议仲裁委员会',
    });
    expect(failed.json()).toMatchObject({
      status: 'arbitration',
      arbitrationBody: '上海市青浦区劳动人事争议仲裁委员会',
      handedOffOn: '2026-11-27',
      outcomeNote: '被申请人拒绝调解',
    });
    const docx = await get(mediator, `/api/mediation/requests/${opened.id}/handoff?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(detectAttachmentType(docx.rawPayload)).toBe('docx');
    expect(docx.headers['content-disposition']).toContain(encodeURIComponent('移交仲裁'));
    const pdf = await get(mediator, `/api/mediation/requests/${opened.id}/handoff?format=pdf`);
    expect(detectAttachmentType(pdf.rawPayload)).toBe('pdf');
    expect(
      (await get(mediator, `/api/mediation/requests/${opened.id}/agreement?format=pdf`)).statusCode,
    ).toBe(409);

    const moved = (await get(qingpu, `/api/cases/${fromCase.id}`)).json();
    expect(moved.status).toBe('resolution');
    const handoff = moved.timeline.find((e: { kind: string }) => e.kind === 'arbitration_handoff');
    expect(handoff).toMatchObject({
      details: {
        requestId: opened.id,
        number: opened.number,
        centreId,
        status: 'arbitration',
        arbitrationBody: '上海市青浦区劳动人事争议仲裁委员会',
        handedOffOn: '2026-11-27',
        amountClaimed: '8600.00',
        reason: '被申请人拒绝调解',
      },
    });
    expect(moved.timeline).toContainEqual(
      expect.objectContaining({ kind: 'transition', fromStatus: 'supervision', toStatus: 'resolution' }),
    );
  });

  it('shows applicants in full to the district and its mediators, masked to the city, and logs full views', async () => {
    const opened = (
      await post(mediator, '/api/mediation/requests', {
        centreId,
        applicantName: '郑小红',
        applicantPhone: '13800004321',
        respondentName: '某跑腿平台站点',
        description: '拖欠跑腿费',
      })
    ).json();
    expect(opened).toMatchObject({ applicant: '郑小红', personalData: true });
    const byDistrict = (await get(qingpu, `/api/mediation/requests/${opened.id}`)).json();
    expect(byDistrict).toMatchObject({
      applicant: '郑小红',
      applicantPhone: '13800004321',
      personalData: true,
    });
    const byCity = await get(admin, `/api/mediation/requests/${opened.id}`);
    expect(byCity.statusCode).toBe(200);
    expect(byCity.json()).toMatchObject({
      applicant: '郑**',
      applicantPhone: '138****4321',
      personalData: false,
    });
    const log = (await get(admin, `/api/admin/audit-log?action=mediation.view_personal&pageSize=200`)).json();
    const views = log.items.filter((e: { subject: string }) => e.subject === `mediation:${opened.id}`);
    expect(views.map((e: { actorUsername: string }) => e.actorUsername).sort()).toEqual([
      'mediator',
      'qingpu',
    ]);
  });
});
