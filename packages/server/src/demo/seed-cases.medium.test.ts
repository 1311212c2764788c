import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sweepOverdueDeadlines } from '../modules/cases/deadlines';
import { testEngines } from '../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../testing/test-app';

describe.each(testEngines)('demo cases on %s', (engine) => {
  let t: TestApp;
  let admin: Signed;
  let qingpu: Signed;
  let procurator: Signed;
  let rider: Signed;
  let mediator: Signed;
  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    procurator = await signInAs(t.app, 'procurator');
    rider = await signInAs(t.app, 'rider');
    mediator = await signInAs(t.app, 'mediator');
  });
  afterAll(() => t.close());

  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });

  it('has the city investigation with the figures of the 2026 reply', async () => {
    const campaigns = (await get(admin, '/api/supervision/campaigns')).json().items;
    expect(campaigns[0].figures).toEqual({
      targets: 1580,
      checked: 1580,
      workersCovered: 32_600,
      issuesFound: 64,
      casesFiled: 48,
      administrativePenalties: 5,
      guidanceSent: 300,
    });
  });

  it('has a running 意见书, a referral only the Qingpu procurator sees, and the rider’s own complaint', async () => {
    const supervised = (await get(qingpu, '/api/cases?status=supervision')).json().items;
    const detail = (await get(qingpu, `/api/cases/${supervised[0].id}`)).json();
    expect(detail.letters[0]).toMatchObject({ kind: 'opinion', status: 'issued' });
    expect(detail.letters[0].responseDueOn > '2026-11-28').toBe(true);
    const referred = (await get(procurator, '/api/cases')).json().items;
    expect(referred.map((c: { status: string }) => c.status)).toEqual(['referral']);
    const mine = (await get(rider, '/api/cases')).json().items;
    expect(mine.map((c: { type: string }) => c.type)).toEqual(['penalty_dispute']);
  });

  it('escalates the rider’s complaint, left past its triage period, to the district', async () => {
    await sweepOverdueDeadlines(t.ctx.db, t.ctx.now());
    const overdue = (await get(qingpu, '/api/cases/overdue')).json().items;
    expect(
      overdue.some(
        (d: { kind: string; escalatedTo: string }) =>
          d.kind === 'triage' && d.escalatedTo === 'district:310118',
      ),
    ).toBe(true);
    const told = (await get(qingpu, '/api/cases/notifications')).json().items;
    expect(told.some((n: { kind: string }) => n.kind === 'deadline_overdue')).toBe(true);
  });

  it('sums the district’s figures and offers the complaint form its platforms', async () => {
    const stats = (await get(qingpu, '/api/cases/stats')).json();
    expect(stats).toMatchObject({ cases: 3, referred: 1, administrativePenalties: 1 });
    expect(stats.overdue).toBeGreaterThanOrEqual(1);
    expect(stats.byStatus).toEqual({ intake: 1, referral: 1, supervision: 1 });
    const options = (await get(rider, '/api/cases/form-options')).json();
    expect(options.platforms.map((p: { code: string }) => p.code)).toContain('eleme');
    expect(options.types).toHaveLength(8);
  });

  it('has a Qingpu mediation room with a settled small claim and one waiting', async () => {
    const requests = (await get(mediator, '/api/mediation/requests')).json().items;
    expect(requests.map((r: { status: string }) => r.status).sort()).toEqual([
      'agreed',
      'arbitration',
      'requested',
    ]);
    expect(requests.find((r: { status: string }) => r.status === 'agreed')).toMatchObject({
      smallClaim: true,
      amountRecovered: '296.00',
    });
  });
});
