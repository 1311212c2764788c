import { describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { signedTestApp } from '../../testing/signed-test-app';
import { detectAttachmentType } from '../cases/attachments/file-type';

const complaint = {
  type: 'wage_arrears',
  title: '快递网点拖欠派费',
  description: '徐泾镇某快递网点拖欠 12 名快递员 9—10 月派费。',
  district: '310118',
  street: '310118106',
  platformCode: null,
  employerName: '上海某某速递有限公司徐泾网点',
  workerName: '赵六',
  workerPhone: '13700002222',
  workersAffected: 12,
  amountClaimed: '86400.00',
};

describe.each(testEngines)('supervision on %s', (engine) => {
  // Friday 2026-11-27 in Shanghai.
  const { as, get, send } = signedTestApp(engine, () => new Date('2026-11-27T02:00:00Z'), [
    'rider',
    'xujing',
    'qingpu',
    'huangpu',
    'procurator',
    'mediator',
    'admin',
  ]);

  async function caseUnderSupervision(): Promise<string> {
    const { id } = (await send(as.rider, 'POST', '/api/cases/complaints', complaint)).json();
    await send(as.xujing, 'POST', `/api/cases/${id}/transitions`, { to: 'triage', version: 1 });
    await send(as.xujing, 'POST', `/api/cases/${id}/transitions`, { to: 'supervision', version: 2 });
    return id;
  }

  const opinion = {
    kind: 'opinion',
    recipient: '上海某某速递有限公司',
    facts: '经核实，你单位徐泾网点自 2026 年 9 月起未向 12 名快递员足额支付派费。',
    requests: '请你单位立即足额支付拖欠派费，并落实派费直达快递员。',
  };

  it('issues a numbered opinion letter whose answer is due in 15 working days, as PDF and DOCX', async () => {
    const id = await caseUnderSupervision();
    const issued = await send(as.xujing, 'POST', `/api/cases/${id}/letters`, opinion);
    expect(issued.statusCode).toBe(201);
    const letter = issued.json();
    expect(letter.number).toMatch(/^徐泾工劳监意〔2026〕\d+号$/);
    expect(letter).toMatchObject({ issuedOn: '2026-11-27', responseDueOn: '2026-12-18', status: 'issued' });
    const detail = (await get(as.xujing, `/api/cases/${id}`)).json();
    expect(detail.deadlines.find((d: { letterId: string }) => d.letterId === letter.id)).toMatchObject({
      kind: 'letter_response',
      workingDays: 15,
      dueOn: '2026-12-18',
    });
    const ledger = (await get(as.xujing, '/api/supervision/letters?kind=opinion')).json();
    expect(ledger.items.find((l: { id: string }) => l.id === letter.id)).toMatchObject({
      caseNumber: detail.number,
    });
    expect(
      (await get(as.huangpu, '/api/supervision/letters'))
        .json()
        .items.some((l: { id: string }) => l.id === letter.id),
    ).toBe(false);
    const docx = await get(as.xujing, `/api/supervision/letters/${letter.id}/document?format=docx`);
    expect(docx.statusCode).toBe(200);
    expect(detectAttachmentType(docx.rawPayload)).toBe('docx');
    const pdf = await get(as.xujing, `/api/supervision/letters/${letter.id}/document?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(
      (await get(as.huangpu, `/api/supervision/letters/${letter.id}/document?format=docx`)).statusCode,
    ).toBe(404);

    const answered = await send(as.xujing, 'POST', `/api/supervision/letters/${letter.id}/response`, {
      respondedOn: '2026-11-27',
      response: '已于 11 月 27 日补发全部派费，并签订派费直达承诺。',
    });
    expect(answered.json().status).toBe('answered');
    const after = (await get(as.xujing, `/api/cases/${id}`)).json();
    expect(after.deadlines.find((d: { letterId: string }) => d.letterId === letter.id).status).toBe('met');
  });

  it('gives letter files only to those who see the case unmasked, logging each download and refusal', async () => {
    const id = await caseUnderSupervision();
    const letter = (await send(as.xujing, 'POST', `/api/cases/${id}/letters`, opinion)).json();
    expect((await get(as.admin, `/api/cases/${id}`)).json().personalDataShown).toBe(false);
    const refused = await get(as.admin, `/api/supervision/letters/${letter.id}/document?format=pdf`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message.zh).toContain('遮蔽');
    expect(refused.body).not.toContain('%PDF');
    const pdf = await get(as.qingpu, `/api/supervision/letters/${letter.id}/document?format=pdf`);
    expect(pdf.statusCode).toBe(200);
    const logged = async (action: string) =>
      (await get(as.admin, `/api/admin/audit-log?action=${action}&pageSize=200`))
        .json()
        .items.filter((e: { subject: string }) => e.subject === `case:${id}`)
        .map((e: { actorUsername: string }) => e.actorUsername);
    expect(await logged('letter.export_refused')).toEqual(['admin']);
    expect(await logged('letter.export')).toEqual(['qingpu']);
  });

  it('numbers letters of one office and year without gaps, and keeps 建议书 to county level and above', async () => {
    const id = await caseUnderSupervision();
    const first = (await send(as.qingpu, 'POST', `/api/cases/${id}/letters`, opinion)).json();
    const second = (await send(as.qingpu, 'POST', `/api/cases/${id}/letters`, opinion)).json();
    const sequence = (n: string) => Number(/〕(\d+)号/.exec(n)![1]);
    expect(sequence(second.number)).toBe(sequence(first.number) + 1);
    const recommendation = {
      ...opinion,
      kind: 'recommendation',
      recipient: '青浦区人力资源和社会保障局',
    };
    expect((await send(as.xujing, 'POST', `/api/cases/${id}/letters`, recommendation)).statusCode).toBe(403);
    const made = (await send(as.qingpu, 'POST', `/api/cases/${id}/letters`, recommendation)).json();
    expect(made.number).toMatch(/^沪青工劳监建〔2026〕\d+号$/);
    expect(made.responseDueOn).toBe('2026-12-04');
  });

  it('shows a referral to the procurators of that district only, who record their recommendation', async () => {
    const id = await caseUnderSupervision();
    const version = (await get(as.qingpu, `/api/cases/${id}`)).json().version;
    expect((await get(as.procurator, `/api/cases/${id}`)).statusCode).toBe(404);
    const referred = await send(as.qingpu, 'POST', `/api/cases/${id}/referral`, {
      version,
      procuratorateDistrict: '310118',
      note: '涉及众多快递员欠薪，移送区检察院',
    });
    expect(referred.statusCode).toBe(200);
    expect(referred.json()).toMatchObject({ status: 'referral', referredTo: '310118' });
    const list = (await get(as.procurator, '/api/cases?pageSize=200')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toContain(id);
    expect(list.items.every((c: { status: string; id: string }) => c.id !== '' && c.status)).toBe(true);
    const seen = (await get(as.procurator, `/api/cases/${id}`)).json();
    expect(seen.personalDataShown).toBe(true);
    expect((await get(as.mediator, `/api/cases/${id}`)).statusCode).toBe(404);
    expect((await get(as.huangpu, `/api/cases/${id}`)).statusCode).toBe(404);
    const told = (await get(as.procurator, '/api/cases/notifications')).json();
    expect(
      told.items.some((n: { caseId: string; kind: string }) => n.caseId === id && n.kind === 'referral'),
    ).toBe(true);
    const outcome = await send(as.procurator, 'POST', `/api/cases/${id}/outcomes`, {
      kind: 'procuratorial_recommendation',
      decidedOn: '2026-11-27',
      authority: '上海市青浦区人民检察院',
      note: '向区邮政管理局制发检察建议',
    });
    expect(outcome.statusCode).toBe(200);
    expect(outcome.json().outcomes[0].kind).toBe('procuratorial_recommendation');
    expect(
      (await send(as.procurator, 'POST', `/api/cases/${id}/transitions`, { to: 'resolution', version: 99 }))
        .statusCode,
    ).toBe(403);
  });

  it('runs a campaign over the district’s franchisees and rolls up its figures', async () => {
    const started = await send(as.qingpu, 'POST', '/api/supervision/campaigns', {
      title: '青浦区快递加盟商欠薪专项排查（测试）',
      district: '310118',
      industry: 'express',
      enterpriseKinds: ['franchisee', 'outlet'],
      checklist: ['派费按时足额发放', '派费直达快递员', '签订劳动或劳务协议'],
      startedOn: '2026-11-02',
    });
    expect(started.statusCode).toBe(201);
    const campaign = started.json();
    expect(campaign.figures.targets).toBeGreaterThan(0);
    expect(campaign.figures.checked).toBe(0);
    const targets = (
      await get(as.qingpu, `/api/supervision/campaigns/${campaign.id}/targets?pageSize=2`)
    ).json();
    const [a, b] = targets.items;
    expect(a).toMatchObject({ version: 1, caseId: null, inspectedBy: null, inspectedAt: null });
    const ofTarget = await send(as.qingpu, 'POST', '/api/cases/hotline', {
      type: 'wage_arrears',
      title: '排查发现加盟网点拖欠派费',
      description: '专项排查中发现该网点拖欠派费。',
      district: '310118',
      parties: [{ kind: 'franchisee', name: a.name, enterpriseId: a.enterpriseId }],
      workersAffected: 30,
    });
    expect(ofTarget.statusCode).toBe(201);
    const other = (
      await send(as.qingpu, 'POST', '/api/cases/hotline', {
        ...complaint,
        parties: [{ kind: 'worker', name: '钱七' }],
      })
    ).json();
    const choices = (
      await get(as.qingpu, `/api/supervision/campaigns/${campaign.id}/targets/${a.id}/cases`)
    ).json().items;
    expect(choices.map((c: { id: string }) => c.id)).toEqual([ofTarget.json().id]);
    const inspection = {
      checkedOn: '2026-11-20',
      result: 'issues_found',
      checks: { 派费按时足额发放: false, 派费直达快递员: true },
      workersCovered: 30,
      administrativePenalty: true,
      guidanceSent: true,
      version: a.version,
    };
    const notItsCase = await send(
      as.qingpu,
      'PUT',
      `/api/supervision/campaigns/${campaign.id}/targets/${a.id}`,
      {
        ...inspection,
        caseId: other.id,
      },
    );
    expect(notItsCase.statusCode).toBe(400);
    expect(notItsCase.json().error.issues[0].path).toEqual(['caseId']);
    const recorded = await send(
      as.qingpu,
      'PUT',
      `/api/supervision/campaigns/${campaign.id}/targets/${a.id}`,
      {
        ...inspection,
        caseId: ofTarget.json().id,
      },
    );
    expect(recorded.statusCode, recorded.body).toBe(200);
    expect(recorded.json()).toMatchObject({
      caseFiled: true,
      caseId: ofTarget.json().id,
      caseNumber: ofTarget.json().number,
      inspectedBy: expect.stringContaining('青浦'),
      inspectedAt: '2026-11-27T02:00:00.000Z',
      version: 2,
    });
    const stale = await send(as.qingpu, 'PUT', `/api/supervision/campaigns/${campaign.id}/targets/${a.id}`, {
      ...inspection,
      result: 'compliant',
    });
    expect(stale.statusCode).toBe(409);
    const timeline = (await get(as.qingpu, `/api/cases/${ofTarget.json().id}`)).json().timeline;
    expect(timeline.find((e: { kind: string }) => e.kind === 'campaign_inspection')).toMatchObject({
      details: { campaignId: campaign.id, targetId: a.id, result: 'issues_found', checkedOn: '2026-11-20' },
    });
    await send(as.qingpu, 'PUT', `/api/supervision/campaigns/${campaign.id}/targets/${b.id}`, {
      checkedOn: '2026-11-21',
      result: 'compliant',
      workersCovered: 12,
      guidanceSent: true,
      version: b.version,
    });
    const figures = (await get(as.qingpu, `/api/supervision/campaigns/${campaign.id}`)).json().figures;
    expect(figures).toMatchObject({
      checked: 2,
      workersCovered: 42,
      issuesFound: 1,
      casesFiled: 1,
      administrativePenalties: 1,
      guidanceSent: 2,
    });
    const unlinked = await send(
      as.qingpu,
      'PUT',
      `/api/supervision/campaigns/${campaign.id}/targets/${a.id}`,
      {
        ...inspection,
        version: 2,
      },
    );
    expect(unlinked.json()).toMatchObject({ caseFiled: false, caseId: null, version: 3 });
    expect(
      (await get(as.qingpu, `/api/supervision/campaigns/${campaign.id}`)).json().figures.casesFiled,
    ).toBe(0);
    const bad = await send(as.qingpu, 'PUT', `/api/supervision/campaigns/${campaign.id}/targets/${a.id}`, {
      checkedOn: '2026-11-20',
      result: 'compliant',
      checks: { 不在清单: true },
      version: 3,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toEqual(['checks', '不在清单']);
    const rideHailing = await send(as.qingpu, 'POST', '/api/supervision/campaigns', {
      title: '网约车（测试）',
      district: '310118',
      industry: 'ride_hailing',
      platformCodes: ['zto'],
      checklist: ['抽成公开'],
      startedOn: '2026-11-02',
    });
    expect(rideHailing.statusCode).toBe(400);
    expect((await get(as.huangpu, `/api/supervision/campaigns/${campaign.id}`)).statusCode).toBe(404);
    const report = await get(as.qingpu, `/api/supervision/campaigns/${campaign.id}/report?format=docx`);
    expect(detectAttachmentType(report.rawPayload)).toBe('docx');
  });
});
