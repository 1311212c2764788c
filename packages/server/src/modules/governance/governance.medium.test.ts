import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EvaluationView, InferenceView, ScenarioView, ScorecardListView } from '@gigpact/contracts';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDatasets } from '../../demo/seed-datasets';
import { testEngines } from '../../platform/db/testing';
import { createTestApp, signInAs, type Signed, type TestApp } from '../../testing/test-app';
import { findUserByUsername } from '../accounts/users.repository';
import { auditRuns, findingReviews } from '../audits/schema';
import { loadAuditDatasets } from '../audits/engine/load-datasets';
import { ingestAndRecord } from '../datasets/commands/ingest-and-record';
import { loadCurrentAgreement } from './commands/load-agreement';
import { catalogueDatasetIds } from './data/analysis-data';
import { settleScenarioRuns } from './sandbox/run-scenario';
import { openDuck } from './stats/duck';
import { governanceScenarios, scorecardReplies } from './schema';

describe.each(testEngines)('governance on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let admin: Signed;
  let qingpu: Signed;
  let xujing: Signed;
  let eleme: Signed;
  let rider: Signed;

  const get = (who: Signed | null, url: string) =>
    t.app.inject({ method: 'GET', url, headers: who?.headers ?? {} });
  const post = (who: Signed, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });

  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
    dataDir = await mkdtemp(join(tmpdir(), 'gigpact-governance-api-'));
    t.ctx.config = { ...t.ctx.config, dataDir };
    await seedDemoDatasets(t.ctx.db, { dataDir, pseudonymKey: t.ctx.config.pseudonymKey! });
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    xujing = await signInAs(t.app, 'xujing');
    eleme = await signInAs(t.app, 'eleme');
    rider = await signInAs(t.app, 'rider');
  });
  afterAll(async () => {
    await settleScenarioRuns();
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('lists the demo agreement with stored data on both sides of its effective date', async () => {
    const response = await get(admin, '/api/governance/agreements');
    expect(response.statusCode).toBe(200);
    const eleme = response.json().items.find((a: { id: string }) => a.id === 'eleme-shanghai-2025');
    expect(eleme).toMatchObject({ effectiveFrom: '2025-05-01', daysBefore: 17, daysAfter: 18 });
    // Every demo agreement has its English title, the franchisee's secondary agreement too.
    const titles = response.json().items as { id: string; titleEn: string | null }[];
    expect(titles.find((a) => a.id === 'jt-franchisee-qingpu-2025')?.titleEn).toBe(
      'J&T Express Qingpu franchisee 2025 secondary agreement',
    );
    expect(titles.filter((a) => !a.titleEn)).toEqual([]);
  });

  it('counts the days of the covered platforms alone, and says when the covered rows have no side to compare', async () => {
    // The Ele.me agreement as a Dada agreement: the city stores no delivery orders of Dada.
    const eleme = (await get(admin, '/api/agreements/eleme-shanghai-2025')).json() as { source: string };
    const source = eleme.source
      .replace(/^id: eleme-shanghai-2025$/m, 'id: dada-shanghai-2025')
      .replace(/^platform: eleme$/m, 'platform: dada');
    expect(source).toContain('platform: dada');
    const saved = await post(admin, '/api/agreements', { source, summary: 'Dada' });
    expect(saved.statusCode).toBe(200);
    const listed = (await get(admin, '/api/governance/agreements')).json().items as { id: string }[];
    expect(listed.find((a) => a.id === 'dada-shanghai-2025')).toMatchObject({ daysBefore: 0, daysAfter: 0 });
    const evaluation = (
      await get(admin, '/api/governance/agreements/dada-shanghai-2025/evaluation?replicates=50')
    ).json() as EvaluationView;
    expect(evaluation.notices.filter((n) => n.code === 'covered_side_empty').map((n) => n.en)).toEqual([
      expect.stringContaining('no data before it took effect on 2025-05-01'),
      expect.stringContaining('no data from its effective date 2025-05-01 on'),
    ]);
    // The Ele.me agreement's covered rows are on both sides: no such notice.
    const both = (
      await get(admin, '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=50')
    ).json() as EvaluationView;
    expect(both.notices.some((n) => n.code === 'covered_side_empty')).toBe(false);
  });

  it('evaluates the Ele.me agreement before and after, against Meituan and JD, with intervals', async () => {
    const response = await get(
      admin,
      '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=100&seed=7',
    );
    expect(response.statusCode).toBe(200);
    const view = response.json() as EvaluationView;
    expect(view).toMatchObject({ control: 'platforms', treated: { platforms: ['eleme'] }, replicates: 100 });
    // No other agreement of food delivery binds a platform: no control row is left out.
    expect(view).toMatchObject({ controlLeftOut: [], noControl: null });
    const fines = view.metrics.find((m) => m.key === 'late_money_penalty_rate')!;
    const before = fines.cells.find((c) => c.arm === 'treated' && c.period === 'before')!;
    const after = fines.cells.find((c) => c.arm === 'treated' && c.period === 'after')!;
    expect(before.estimate!).toBeGreaterThan(0.2);
    expect(after.estimate).toBe(0);
    expect(before.lo!).toBeLessThanOrEqual(before.estimate!);
    expect(before.hi!).toBeGreaterThanOrEqual(before.estimate!);
    expect(fines.did!.estimate!).toBeLessThan(0);
    expect(fines.did!.hi!).toBeLessThan(0);
    const again = (
      await get(admin, '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=100&seed=7')
    ).json() as EvaluationView;
    expect(again.metrics.find((m) => m.key === 'late_money_penalty_rate')!.did).toEqual(fines.did);

    const detail = (
      await get(
        admin,
        '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=50&metric=weather_subsidy_share',
      )
    ).json() as EvaluationView;
    expect(detail.metrics).toHaveLength(1);
    expect(detail.metrics[0]!.byMonth!.map((e) => e.groups.month)).toContain('2025-05');
    expect(new Set(detail.metrics[0]!.byPlatform!.map((e) => e.groups.platform))).toEqual(
      new Set(['eleme', 'meituan', 'jd']),
    );
  });

  it('keeps a district officer to their district and a representative to their platform', async () => {
    const own = (
      await get(qingpu, '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=50')
    ).json() as EvaluationView;
    expect(own.scope).toEqual({ platform: null, district: '青浦区' });
    expect((await get(qingpu, '/api/governance/inference?district=310101')).statusCode).toBe(403);
    // The platforms an officer may pick are those with rows in their district (JD's riders work elsewhere), none
    // in Huangpu's.
    const inQingpu = (await get(qingpu, '/api/governance/inference')).json() as InferenceView;
    expect(inQingpu.platforms).toEqual(['eleme', 'meituan']);
    const huangpu = await signInAs(t.app, 'huangpu');
    const inHuangpu = (await get(huangpu, '/api/governance/inference')).json() as InferenceView;
    expect(inHuangpu).toMatchObject({ platforms: [], delivery: { orders: 0 } });
    const rep = (
      await get(eleme, '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=50')
    ).json() as EvaluationView;
    expect(rep.scope.platform).toBe('eleme');
    expect(rep.metrics.every((m) => m.cells.every((c) => c.arm === 'treated'))).toBe(true);
    expect(rep.metrics.every((m) => m.did === null)).toBe(true);
    // And is told why: the platform's rows alone, all of which the agreement covers.
    expect(rep.noControl).toBe('scope_platform');
    expect((await get(eleme, '/api/governance/inference?platform=meituan')).statusCode).toBe(403);
    expect(
      (await get(eleme, '/api/governance/agreements/ride-hailing-shanghai-2025/evaluation')).statusCode,
    ).toBe(403);
    expect((await get(xujing, '/api/governance/agreements')).statusCode).toBe(403);
    expect((await get(rider, '/api/governance/scorecards')).statusCode).toBe(403);
    expect((await get(null, '/api/governance/agreements')).statusCode).toBe(401);
  });

  it('infers the delivery-time function: about 4 minutes per km before and after', async () => {
    const view = (await get(admin, '/api/governance/inference?platform=meituan')).json() as InferenceView;
    expect(view.platforms).toEqual(['meituan']);
    expect(view.delivery!.timeFit.ridingKmh!).toBeGreaterThan(13);
    expect(view.delivery!.timeFit.ridingKmh!).toBeLessThan(17);
    expect(view.delivery!.byMonth.map((m) => m.month)).toEqual(['2025-04', '2025-05']);
    const rides = (
      await get(admin, '/api/governance/inference?industry=ride_hailing')
    ).json() as InferenceView;
    expect(rides.rides!.commission.cap).toBe(0.27);
    expect(rides.rides!.trips).toBeGreaterThan(0);
  });

  it('runs a sandbox scenario beside the agreement as it stands, saved with who and when', async () => {
    const bad = await post(admin, '/api/governance/scenarios', {
      agreementId: 'eleme-shanghai-2025',
      name: '错误',
      params: { nope: { min_hourly: 30 } },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toEqual(['params', 'nope']);
    expect(
      (await post(eleme, '/api/governance/scenarios', { agreementId: 'eleme-shanghai-2025', name: 'x' }))
        .statusCode,
    ).toBe(403);

    const hourly = (await get(admin, '/api/agreements/eleme-shanghai-2025')).json();
    const clause = hourly.document.clauses.find((c: { rule?: string }) => c.rule === 'fd.min_hourly_pay');
    const created = await post(admin, '/api/governance/scenarios', {
      agreementId: 'eleme-shanghai-2025',
      name: '小时最低收入30元',
      params: { [clause.id]: { min_hourly: 30 } },
      timeFormula: { baseMinutes: 12, minutesPerKm: 5 },
    });
    expect(created.statusCode).toBe(201);
    const id = (created.json() as ScenarioView).id;
    await settleScenarioRuns();
    const done = (await get(admin, `/api/governance/scenarios/${id}`)).json() as ScenarioView;
    // Saved under the account's display name, as audit runs are, not its login name.
    expect(done).toMatchObject({
      status: 'succeeded',
      progress: { done: 4, total: 4 },
      createdByName: '市总工会管理员',
    });
    const { baseline, scenario } = done.result!;
    // The demo's weeks are in May 2025, when the agreement's minimum is 24 (25 only from July).
    expect(baseline.income.minHourly).toBe(24);
    expect(scenario.income.minHourly).toBe(30);
    // Income is measured on the worker-days the audit checks: covered and in force (none before 1 May).
    const checkedDays = (o: typeof baseline) => o.clauses.find((c) => c.clauseId === clause.id)!.checked;
    expect(baseline.income.workerDays).toBe(checkedDays(baseline));
    expect(scenario.income.workerDays).toBe(checkedDays(scenario));
    expect(baseline.cost.findingsAmount).toMatch(/^\d+\.\d{2}$/);
    expect(scenario.income.shareBelowMinimum!).toBeGreaterThanOrEqual(baseline.income.shareBelowMinimum!);
    expect(Number(scenario.cost.topUpToMinimum)).toBeGreaterThanOrEqual(Number(baseline.cost.topUpToMinimum));
    expect(scenario.time!.ordersBelowFormula).toBeGreaterThan(0);
    const byClause = (o: typeof baseline) =>
      Object.fromEntries(o.clauses.map((c) => [c.clauseId, c.violations]));
    expect(byClause(scenario)[clause.id]).toBeGreaterThanOrEqual(byClause(baseline)[clause.id]!);
    expect(byClause(baseline)['c09']).toBeGreaterThan(0);

    const list = (await get(admin, '/api/governance/scenarios?agreementId=eleme-shanghai-2025')).json();
    expect(list.items.map((s: ScenarioView) => s.id)).toContain(id);
    // A district officer does not see the city's scenarios.
    expect((await get(qingpu, `/api/governance/scenarios/${id}`)).statusCode).toBe(404);
  });

  it('measures a scenario’s income with the hourly-pay definition it sets, as its audit does', async () => {
    const hourly = (await get(admin, '/api/agreements/eleme-shanghai-2025')).json();
    const clause = hourly.document.clauses.find((c: { rule?: string }) => c.rule === 'fd.min_hourly_pay');
    const created = await post(admin, '/api/governance/scenarios', {
      agreementId: 'eleme-shanghai-2025',
      name: '补贴不计入收入，30分钟起算',
      params: {
        [clause.id]: { include_subsidies: false, allowance_minutes_per_hour: 10, min_working_minutes: 30 },
      },
    });
    expect(created.statusCode).toBe(201);
    await settleScenarioRuns();
    const done = (
      await get(admin, `/api/governance/scenarios/${(created.json() as ScenarioView).id}`)
    ).json() as ScenarioView;
    expect(done.status).toBe('succeeded');
    const { baseline, scenario } = done.result!;
    // The worker-days measured and those below the minimum are the ones the clause checked and found.
    for (const outcome of [baseline, scenario]) {
      const summary = outcome.clauses.find((c) => c.clauseId === clause.id)!;
      expect(outcome.income.workerDays).toBe(summary.checked);
      expect(Math.round(outcome.income.shareBelowMinimum! * outcome.income.workerDays)).toBe(
        summary.violations,
      );
    }
    // Ten minutes of allowance per hour and no subsidies: every worker-day's hourly pay is lower.
    expect(scenario.income.medianHourly!).toBeLessThan(baseline.income.medianHourly! * (60 / 70) + 1e-9);
    expect(scenario.income.shareBelowMinimum!).toBeGreaterThanOrEqual(baseline.income.shareBelowMinimum!);
  });

  it('cancels a scenario at its next step', async () => {
    const created = await post(admin, '/api/governance/scenarios', {
      agreementId: 'eleme-shanghai-2025',
      name: '取消',
      params: {},
    });
    const id = (created.json() as ScenarioView).id;
    const cancelled = await post(admin, `/api/governance/scenarios/${id}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json().cancelRequested).toBe(true);
    await settleScenarioRuns();
    expect(((await get(admin, `/api/governance/scenarios/${id}`)).json() as ScenarioView).status).toBe(
      'cancelled',
    );
  });

  it('marks a scenario cut short by a restart as failed instead of running for ever, not one another process runs', async () => {
    const running = (name: string, heard: { createdAt?: Date; heartbeatAt?: Date }) =>
      t.ctx.db
        .insert(governanceScenarios)
        .values({
          agreementId: 'eleme-shanghai-2025',
          agreementVersion: 1,
          name,
          changes: { params: {} },
          status: 'running',
          area: 'city:310000',
          createdByName: 'admin',
          ...heard,
        })
        .returning();
    const ago = (seconds: number) => new Date(Date.now() - seconds * 1000);
    const view = async (id: string) =>
      (await get(admin, `/api/governance/scenarios/${id}`)).json() as ScenarioView;
    // Its process stopped two minutes ago (a heartbeat, or only its creation, older than the lease).
    for (const heard of [{ heartbeatAt: ago(120), createdAt: ago(600) }, { createdAt: ago(120) }]) {
      const [cut] = await running('重启前', heard);
      const settled = await view(cut!.id);
      expect(settled.status).toBe('failed');
      expect(settled.error).toContain('the process running it stopped');
      expect((await view(cut!.id)).status).toBe('failed');
    }
    // Another server runs it and was heard a second ago; a scenario created just now is about to start.
    for (const heard of [{ heartbeatAt: ago(1), createdAt: ago(600) }, { createdAt: ago(1) }]) {
      const [elsewhere] = await running('另一台服务器', heard);
      expect((await view(elsewhere!.id)).status).toBe('running');
      const listed = (await get(admin, '/api/governance/scenarios')).json() as { items: ScenarioView[] };
      expect(listed.items.find((i) => i.id === elsewhere!.id)?.status).toBe('running');
      await t.ctx.db
        .update(governanceScenarios)
        .set({ status: 'cancelled' })
        .where(eq(governanceScenarios.id, elsewhere!.id));
    }
  });

  it('names a scenario’s author by the account’s display name, also one stored with the login name', async () => {
    const [stored] = await t.ctx.db
      .insert(governanceScenarios)
      .values({
        agreementId: 'eleme-shanghai-2025',
        agreementVersion: 1,
        name: '旧情景',
        changes: { params: {} },
        status: 'cancelled',
        area: 'city:310000',
        createdBy: (await findUserByUsername(t.ctx.db, 'admin'))!.id,
        createdByName: 'admin',
      })
      .returning();
    const one = (await get(admin, `/api/governance/scenarios/${stored!.id}`)).json() as ScenarioView;
    expect(one.createdByName).toBe('市总工会管理员');
    const list = (await get(admin, '/api/governance/scenarios?agreementId=eleme-shanghai-2025')).json();
    expect(list.items.find((s: ScenarioView) => s.id === stored!.id).createdByName).toBe('市总工会管理员');
  });

  it('shows a reply stored with the login name under the representative’s display name', async () => {
    await t.ctx.db.insert(scorecardReplies).values({
      platform: 'eleme',
      principle: 'conditions',
      body: '旧答复',
      authorId: (await findUserByUsername(t.ctx.db, 'eleme'))!.id,
      authorName: 'eleme',
    });
    const own = (await get(admin, '/api/governance/scorecards')).json() as ScorecardListView;
    const replies = own.items.find((c) => c.platform === 'eleme')!.replies;
    expect(replies.find((r) => r.body === '旧答复')!.authorName).toBe('饿了么（上海）平台代表');
    await t.ctx.db.delete(scorecardReplies).where(eq(scorecardReplies.body, '旧答复'));
  });

  it('publishes scorecards with thresholds and evidence, and no personal data', async () => {
    const reply = await post(eleme, '/api/governance/scorecards/eleme/replies', {
      principle: 'pay',
      body: '我们已于5月起取消超时罚款。',
    });
    expect(reply.statusCode).toBe(201);
    expect(reply.json().authorName).toBe('饿了么（上海）平台代表');
    // A field the reply does not take (the point it answers) is refused, not dropped.
    const pointed = await post(eleme, '/api/governance/scorecards/eleme/replies', {
      body: '答复',
      point: 'contracts.2',
    });
    expect(pointed.statusCode).toBe(400);
    expect(pointed.json().error.issues[0].en).toContain('"point"');
    expect((await post(eleme, '/api/governance/scorecards/meituan/replies', { body: 'x' })).statusCode).toBe(
      403,
    );
    expect((await post(admin, '/api/governance/scorecards/eleme/replies', { body: 'x' })).statusCode).toBe(
      403,
    );
    // A platform the registry does not know is not found, whoever asks.
    for (const who of [eleme, admin, qingpu])
      expect((await post(who, '/api/governance/scorecards/nosuch/replies', { body: 'x' })).statusCode).toBe(
        404,
      );

    const response = await get(null, '/api/public/scorecards');
    expect(response.statusCode).toBe(200);
    const view = response.json() as ScorecardListView;
    const card = view.items.find((c) => c.platform === 'eleme')!;
    expect(card.points).toHaveLength(10);
    expect(card.score).toBe(card.points.filter((p) => p.awarded).length);
    expect(card.points.find((p) => p.id === 'representation.1')).toMatchObject({ awarded: true, value: 1 });
    expect(card.points.find((p) => p.id === 'pay.1')).toMatchObject({ comparator: '>=' });
    // The public reads the platform's representative under the platform's name, never the account's name.
    expect(card.replies).toEqual([
      expect.objectContaining({
        principle: 'pay',
        authorName: `${card.nameZh}平台代表 / ${card.nameEn} representative`,
      }),
    ]);
    expect(response.body).not.toContain('饿了么（上海）平台代表');
    expect(view.items.map((c) => c.platform)).toEqual(expect.arrayContaining(['meituan', 'didi', 'jt']));
    // No worker ids (pseudonyms), no user names of anyone.
    expect(response.body).not.toMatch(/_rd_|_dr_|"eleme"\s*,\s*"createdBy/);
    expect(response.body).not.toMatch(/rider_id|worker_id|driver_id|courier_id/);

    // The public view names no audit run.
    expect(view.items.every((c) => !('auditRunId' in c))).toBe(true);

    const own = (await get(eleme, '/api/governance/scorecards')).json() as ScorecardListView;
    expect(own.items.map((c) => c.platform)).toEqual(['eleme']);
    // The roster of workers is not the representative's to see: no link that would open empty.
    expect((await get(eleme, '/api/datasets?kind=workers&platform=eleme')).json().items).toEqual([]);
    const membership = own.items[0]!.points.find((p) => p.id === 'representation.2')!;
    expect(membership.evidence).toEqual({ target: 'data', link: null });
    const city = (await get(admin, '/api/governance/scorecards')).json() as ScorecardListView;
    expect(
      city.items.find((c) => c.platform === 'eleme')!.points.find((p) => p.id === 'representation.2')!
        .evidence.link,
    ).toBe('/data/catalogue?kind=workers&platform=eleme');
  });

  it('scores a platform since the agreement in force took effect, else on its latest four weeks', async () => {
    const view = (await get(admin, '/api/governance/scorecards')).json() as ScorecardListView;
    const card = (platform: string) => view.items.find((c) => c.platform === platform)!;
    expect(card('eleme').period).toEqual({
      from: '2025-05-01',
      to: '2025-05-18',
      basis: 'agreement',
      agreementId: 'eleme-shanghai-2025',
    });
    // Ele.me fined 30 % of its late orders before 1 May (18 % over the whole history), none since.
    expect(card('eleme').points.find((p) => p.id === 'management.2')!.value).toBe(0);
    // The hourly minimum is the agreement's in force over the period (24 yuan to 1 July 2025, 25 after), for
    // the median and for the rider-days below it; a platform without an agreement, the library's 25.
    const pay = (platform: string, id: string) => card(platform).points.find((p) => p.id === id)!;
    expect(pay('eleme', 'pay.1').threshold).toBe(24);
    expect(pay('meituan', 'pay.1').threshold).toBe(25);
    expect(card('meituan').period).toEqual({
      from: '2025-04-21',
      to: '2025-05-18',
      basis: 'recent',
      agreementId: null,
    });
  });

  it('links every point to its evidence, the public only to public pages', async () => {
    // An audit of the Ele.me agreement that checked its hourly-minimum clause.
    const { document } = await loadCurrentAgreement(t.ctx.db, 'eleme-shanghai-2025');
    const hourly = document.clauses.find((c) => c.rule === 'fd.min_hourly_pay')!;
    const [run] = await t.ctx.db
      .insert(auditRuns)
      .values({
        agreementId: 'eleme-shanghai-2025',
        agreementVersion: 1,
        agreement: document,
        datasetIds: [],
        asOf: '2025-05-18',
        status: 'succeeded',
        stage: 'done',
        area: 'city:310000',
        createdByName: 'admin',
        finishedAt: new Date('2026-11-28T03:00:00Z'),
        summary: {
          agreement_title: document.title,
          engine_version: 'test',
          datasets: [],
          clauses: [
            {
              clause_id: hourly.id,
              title: hourly.title,
              rule: 'fd.min_hourly_pay',
              status: 'applicable',
              missing: [],
              checked: 1000,
              unchecked: 0,
              violations: 12,
              amount: '300',
            },
          ],
          metrics: {},
          // The run's data held another platform's rows too: the card counts only its own.
          platforms: [
            { platform: 'eleme', rows: 4000, findings: 2 },
            { platform: 'meituan', rows: 1000, findings: 500 },
          ],
        },
      })
      .returning();
    // Later studies of the same agreement from the command line (its file; the rows it does not cover) do not
    // stand for it.
    const studies = await t.ctx.db
      .insert(auditRuns)
      .values(
        [
          { agreementVersion: null, coverageIgnored: false },
          { agreementVersion: 1, coverageIgnored: true },
        ].map((study) => ({
          ...run!,
          id: undefined,
          ...study,
          createdByName: 'cli',
          finishedAt: new Date('2026-11-28T04:00:00Z'),
        })),
      )
      .returning();

    const signedIn = (await get(admin, '/api/governance/scorecards')).json() as ScorecardListView;
    const card = signedIn.items.find((c) => c.platform === 'eleme')!;
    const point = (id: string) => card.points.find((p) => p.id === id)!;
    expect(card.auditRunId).toBe(run!.id);
    // The run read none of the stored delivery datasets: the points from its findings rest on earlier data than
    // the card's other figures, and the card says so until a run reads them.
    expect(card.unauditedDatasets).toBeGreaterThan(0);
    await t.ctx.db
      .update(auditRuns)
      .set({ datasetIds: await catalogueDatasetIds(t.ctx.db, ['delivery_orders']) })
      .where(eq(auditRuns.id, run!.id));
    const audited = (await get(admin, '/api/governance/scorecards')).json() as ScorecardListView;
    expect(audited.items.find((c) => c.platform === 'eleme')!.unauditedDatasets).toBe(0);
    expect(card.points.every((p) => p.evidence.link?.startsWith('/'))).toBe(true);
    // The clause's findings on the platform over the card's days, in the latest run of the agreement: the card's.
    expect(point('pay.1').evidence).toEqual({
      target: 'findings',
      link: `/audits/findings?agreementId=eleme-shanghai-2025&clause=${hourly.id}&platform=eleme&from=2025-05-01&to=2025-05-18`,
    });
    const linked = await get(
      admin,
      `/api/audits/findings?agreementId=eleme-shanghai-2025&clause=${hourly.id}&platform=eleme&from=2025-05-01&to=2025-05-18`,
    );
    expect(linked.statusCode).toBe(200);
    expect(point('management.1').evidence.link).toBe(`/audits/runs/${run!.id}?tab=clauses`);
    expect(point('management.1')).toMatchObject({ value: 0.5, assessed: true, awarded: true });
    // A finding the union dismissed on review no longer counts against the platform.
    await t.ctx.db.insert(findingReviews).values({
      runId: run!.id,
      findingKey: 'late:o1',
      clauseId: 'late',
      platform: 'eleme',
      state: 'dismissed',
      version: 2,
    });
    const reviewed = (await get(admin, '/api/governance/scorecards')).json() as ScorecardListView;
    expect(
      reviewed.items.find((c) => c.platform === 'eleme')!.points.find((p) => p.id === 'management.1'),
    ).toMatchObject({ value: 0.25 });
    // The speed floor the run did not check: the inference view reads the days before the agreement too, the
    // evaluation's covered arm after it only the card's days. So does the rest.
    expect(point('conditions.1').evidence).toEqual({
      target: 'evaluation',
      link: '/governance/evaluation?agreement=eleme-shanghai-2025&metric=speed_floor_breach_rate',
    });
    expect(point('conditions.2').evidence).toEqual({
      target: 'evaluation',
      link: '/governance/evaluation?agreement=eleme-shanghai-2025&metric=rest_compliance',
    });
    // Didi is scored on its four weeks before the ride-hailing agreement takes effect: the evaluation's days are
    // not the card's, and no page shows its rest figure.
    const didi = signedIn.items.find((c) => c.platform === 'didi' && c.industry === 'ride_hailing')!;
    expect(didi.period.basis).toBe('before_agreement');
    expect(didi.points.find((p) => p.id === 'conditions.1')!.evidence).toEqual({
      target: 'findings',
      link: null,
    });
    expect(point('representation.1').evidence.link).toBe('/agreements/eleme-shanghai-2025');
    // A principle the express data cannot decide still leads to the platform's datasets.
    const jt = signedIn.items.find((c) => c.platform === 'jt')!;
    expect(jt.points.find((p) => p.id === 'conditions.1')!.evidence.link).toBe('/data/catalogue?platform=jt');

    const publicView = (await get(null, '/api/public/scorecards')).json() as ScorecardListView;
    const links = publicView.items.flatMap((c) => c.points.map((p) => p.evidence.link)).filter(Boolean);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(link).toMatch(/^\/public\//);
    const publicCard = publicView.items.find((c) => c.platform === 'eleme')!;
    expect(publicCard.points.find((p) => p.id === 'representation.1')!.evidence.link).toBe(
      '/public/agreements/eleme-shanghai-2025',
    );
    expect(publicCard.points.find((p) => p.id === 'pay.1')!.evidence.link).toBeNull();
    for (const done of [run!, ...studies]) await t.ctx.db.delete(auditRuns).where(eq(auditRuns.id, done.id));
  });

  // Last: it adds data of other cities to the store.
  it('keeps the NYC and Chicago ride exports (USD) out of the city’s evaluation and scorecards', async () => {
    const evaluation = (url: string) => get(admin, url).then((r) => r.json() as EvaluationView);
    const url = '/api/governance/agreements/ride-hailing-shanghai-2025/evaluation?replicates=50';
    const before = await evaluation(url);
    const listed = async () =>
      ((await get(admin, '/api/governance/agreements')).json() as { items: unknown[] }).items;
    const agreementsBefore = await listed();
    const real = join(import.meta.dirname, '../../../../../../shared/data/real');
    for (const [file, options] of [
      ['nyc-hvfhv-2023-sample.csv', { format: 'nyc-hvfhv' }],
      ['uber-driver-chicago-rides.csv', { format: 'uber-driver-rides', driver: 'chicago-1' }],
    ] as const) {
      const ingested = await ingestAndRecord(
        t.ctx.db,
        { path: join(real, file) },
        {
          dataDir,
          pseudonymKey: t.ctx.config.pseudonymKey!,
          createdBy: 'admin',
          createdById: null,
          ...options,
        },
      );
      expect(ingested.manifest!.currency).toBe('USD');
    }
    const after = await evaluation(url);
    expect(after.datasets).toBe(before.datasets);
    const hourly = (v: EvaluationView) => v.metrics.find((m) => m.key === 'ride_hourly_pay_p50')!.cells;
    expect(hourly(after)).toEqual(hourly(before));
    const cards = (await get(admin, '/api/governance/scorecards')).json() as ScorecardListView;
    expect(cards.items.filter((c) => /^(uber|HV0003|HV0005)$/.test(c.platform))).toEqual([]);
    // The Chicago export goes back to January 2023: it does not lengthen the days before any agreement.
    expect(await listed()).toEqual(agreementsBefore);
  });

  it('reads a row that a later upload holds again from that upload alone, and says so', async () => {
    const inference = async () =>
      (await get(admin, '/api/governance/inference?platform=eleme')).json() as InferenceView;
    const before = await inference();
    expect(before.notices).toEqual([]);
    // The platform sends 100 of its orders again, corrected: stored beside the first export, not added to it.
    const stored = await loadAuditDatasets(dataDir, await catalogueDatasetIds(t.ctx.db, ['delivery_orders']));
    const files = stored.map((d) => `'${d.dataFile}'`).join(', ');
    const corrected = join(dataDir, 'eleme-corrected.parquet');
    const duck = await openDuck();
    try {
      await duck.connection.run(
        `COPY (SELECT * EXCLUDE (pay), pay + 1 AS pay FROM read_parquet([${files}], union_by_name = true)
           WHERE platform = 'eleme' ORDER BY order_id LIMIT 100) TO '${corrected}' (FORMAT parquet)`,
      );
    } finally {
      duck.close();
    }
    const again = await ingestAndRecord(
      t.ctx.db,
      { path: corrected },
      {
        dataDir,
        pseudonymKey: t.ctx.config.pseudonymKey!,
        createdBy: 'admin',
        createdById: null,
        kind: 'delivery_orders',
      },
    );
    expect(again.rowsAccepted).toBe(100);
    const after = await inference();
    expect(after.delivery!.orders).toBe(before.delivery!.orders);
    expect(after.notices).toEqual([
      expect.objectContaining({
        code: 'rows_superseded',
        en: expect.stringMatching(
          /^delivery_orders: 100 rows of .+ are in the later upload eleme-corrected\.parquet \(\w{12}\) too/,
        ),
      }),
    ]);
    const evaluation = (
      await get(admin, '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=50')
    ).json() as EvaluationView;
    expect(evaluation.notices.map((n) => n.code)).toEqual(['rows_superseded']);
  });

  // After the tests above: it adds agreements of food delivery.
  it('leaves out of the control arm the rows another agreement (not a draft) covers, and says so', async () => {
    const url = '/api/governance/agreements/eleme-shanghai-2025/evaluation?replicates=50';
    const evaluation = async (path = url) => (await get(admin, path)).json() as EvaluationView;
    const units = (v: EvaluationView, arm: string) =>
      v.metrics
        .find((m) => m.key === 'penalty_rate')!
        .cells.filter((c) => c.arm === arm)
        .reduce((n, c) => n + c.units, 0);
    const before = await evaluation();
    expect(before.controlLeftOut).toEqual([]);
    const eleme = (await get(admin, '/api/agreements/eleme-shanghai-2025')).json() as { source: string };
    const save = async (id: string, platform: string, title: string, status: string) => {
      const source = eleme.source
        .replace(/^id: .*$/m, `id: ${id}`)
        .replace(/^title: .*$/m, `title: ${title}`)
        .replace(/^title_en: .*$/m, `title_en: ${title} (en)`)
        .replace(/^platform: eleme$/m, `platform: ${platform}`)
        .replace(/^status: .*$/m, `status: ${status}`);
      expect((await post(admin, '/api/agreements', { source, summary: title })).statusCode).toBe(200);
    };
    // Meituan's agreement from the same day, in force; JD's a draft, which binds no one.
    await save('meituan-test-2025', 'meituan', '美团测试协议', 'in_force');
    await save('jd-draft-2025', 'jd', '京东草案', 'draft');
    const after = await evaluation();
    expect(after.controlLeftOut).toEqual([
      {
        kind: 'delivery_orders',
        rows: expect.any(Number),
        agreements: [
          {
            agreementId: 'meituan-test-2025',
            title: '美团测试协议',
            titleEn: '美团测试协议 (en)',
            effectiveFrom: '2025-05-01',
            effectiveTo: null,
            rows: expect.any(Number),
          },
        ],
      },
    ]);
    const leftOut = after.controlLeftOut[0]!;
    expect(leftOut.rows).toBeGreaterThan(100);
    expect(leftOut.agreements[0]!.rows).toBe(leftOut.rows);
    // Meituan's orders leave the control arm, before the effective date too; the covered arm keeps its own.
    expect(units(after, 'control')).toBe(units(before, 'control') - leftOut.rows);
    expect(units(after, 'treated')).toBe(units(before, 'treated'));
    expect(after.noControl).toBeNull();
    expect(after.notices.filter((n) => n.code === 'control_rows_left_out').map((n) => n.en)).toEqual([
      `the control arm leaves out ${leftOut.rows.toLocaleString('en-US')} rows (delivery_orders) that other agreements cover in the period compared: 美团测试协议 (en) (${leftOut.rows.toLocaleString('en-US')} rows; in effect from 2025-05-01). They are left out before and after the effective date, so that a change another agreement brings is not counted as this agreement's effect`,
    ]);
    const detail = await evaluation(`${url}&metric=penalty_rate`);
    expect(new Set(detail.metrics[0]!.byPlatform!.map((e) => e.groups.platform))).toEqual(
      new Set(['eleme', 'jd']),
    );
  });

  // Last: it adds Dada's orders to the store.
  it('counts the days that have rows the agreement covers, not the span of its datasets', async () => {
    // Dada's orders on 20 and 21 April and on 10 May: its dataset spans 11 days before 1 May and 10 from it.
    const stored = await loadAuditDatasets(dataDir, await catalogueDatasetIds(t.ctx.db, ['delivery_orders']));
    const files = stored.map((d) => `'${d.dataFile}'`).join(', ');
    const sparse = join(dataDir, 'dada-sparse.parquet');
    const duck = await openDuck();
    try {
      await duck.connection.run(
        `COPY (SELECT * REPLACE ('dada' AS platform, 'dada-' || order_id AS order_id)
           FROM read_parquet([${files}], union_by_name = true)
           WHERE platform = 'eleme' AND CAST(accepted_at AS DATE) IN ('2025-04-20', '2025-04-21', '2025-05-10'))
         TO '${sparse}' (FORMAT parquet)`,
      );
    } finally {
      duck.close();
    }
    const ingested = await ingestAndRecord(
      t.ctx.db,
      { path: sparse },
      {
        dataDir,
        pseudonymKey: t.ctx.config.pseudonymKey!,
        createdBy: 'admin',
        createdById: null,
        kind: 'delivery_orders',
      },
    );
    const { start, end } = ingested.manifest!.period;
    expect([start!.slice(0, 10), end!.slice(0, 10)]).toEqual(['2025-04-20', '2025-05-10']);
    const listed = (await get(admin, '/api/governance/agreements')).json().items as { id: string }[];
    expect(listed.find((a) => a.id === 'dada-shanghai-2025')).toMatchObject({ daysBefore: 2, daysAfter: 1 });
    // Ele.me's orders have every one of the demo's days.
    expect(listed.find((a) => a.id === 'eleme-shanghai-2025')).toMatchObject({
      daysBefore: 17,
      daysAfter: 18,
    });
  });
});
