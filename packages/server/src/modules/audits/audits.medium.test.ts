import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  caseTypeOfRule,
  caseTypeOfRules,
  type AuditClausesView,
  type AuditRunView,
  type StartedAuditRunView,
  type CaseDetail,
  type FindingDetail,
  type FindingView,
  type RunFindingView,
} from '@gigpact/contracts';
import { DuckDBInstance } from '@duckdb/node-api';
import { libraryRules } from '@gigpact/rules';
import { desc, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../platform/db/testing';
import { signInAs, type Signed, type TestApp } from '../../testing/test-app';
import { auditLog } from '../audit-log/schema';
import { ingestAndRecord } from '../datasets/commands/ingest-and-record';
import { executeAuditRun } from './runs/execute-run';
import { simulatedWeek } from './testing/simulated-week';
import { latestEvaluationTiming } from './runs/evaluation-estimate';
import { AuditExecutor, auditExecutorOf } from './runs/executor';
import { findingsFile } from './runs/run-files';
import { findRun, insertRun, recordProgress } from './runs/runs.repository';
import { auditRuns } from './schema';

const agreementSource = [
  'id: delivery-audit-test',
  'title: 外卖配送审计测试协议',
  'industry: food_delivery',
  'effective_from: 2025-01-01',
  'clauses:',
  '  - { id: late, title: 超时不罚款, text: 不因超时扣款, rule: fd.no_late_money_penalty }',
  '  - { id: fee, title: 接单前展示费用, text: 接单前展示费用构成, rule: fd.fee_shown_before_accept }',
  '  - { id: eta, title: 时限不低于速度下限, text: 配送时限合理, rule: fd.eta_speed_floor }',
  '  - { id: review, title: 差评不扣款, text: 差评不扣款, rule: fd.bad_review_no_deduction }',
].join('\n');

describe.each(testEngines)('audit runs and findings on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let asOf: string;
  let datasetIds: string[];
  let admin: Signed;
  let qingpu: Signed;
  let eleme: Signed;
  let rider: Signed;
  let run: AuditRunView;

  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const post = (who: Signed, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });
  const findings = async (who: Signed, query: string) =>
    (await get(who, `/api/audits/runs/${run.id}/findings?${query}`)).json() as {
      items: FindingView[];
      total: number;
    };
  const findingUrl = (key: string) => `/api/audits/findings/${run.id}/${encodeURIComponent(key)}`;
  /** A moment before the application's clock: a lease's heartbeat that long ago. */
  const minutesAgo = (minutes: number) => new Date(t.ctx.now().getTime() - minutes * 60_000);
  /** A new run of the test agreement over the test data, queued by the city administrator. */
  const queuedRun = async () =>
    (
      await post(admin, '/api/audits/runs', { agreementId: 'delivery-audit-test', datasetIds, asOf })
    ).json() as AuditRunView;
  /** A new run taken to its end by the application's executor. */
  const finishedRun = async () => {
    const finished = await queuedRun();
    await auditExecutorOf(t.ctx).waitFor(finished.id);
    return finished;
  };
  /** Sets fields of a run's row, as a crash or another process leaves them. */
  const setRun = (id: string, values: Partial<typeof auditRuns.$inferInsert>) =>
    t.ctx.db.update(auditRuns).set(values).where(eq(auditRuns.id, id));

  beforeAll(async () => {
    const week = await simulatedWeek(engine, 'gigpact-audits-');
    ({ t, dataDir, asOf } = week);
    datasetIds = [...week.datasetIds];
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    eleme = await signInAs(t.app, 'eleme');
    rider = await signInAs(t.app, 'rider');
    const saved = await post(admin, '/api/agreements', { source: agreementSource });
    expect(saved.statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('queues a run, runs it to the end and stores its findings with the result hash', async () => {
    // The same start sent twice at once (a double click, a retried request) queues one run: the second is given it.
    const body = { agreementId: 'delivery-audit-test', datasetIds: [...datasetIds].reverse(), asOf };
    const both = await Promise.all([
      post(admin, '/api/audits/runs', body),
      post(admin, '/api/audits/runs', body),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 201]);
    const started = both.find((r) => r.statusCode === 201)!;
    const again = both.find((r) => r.statusCode === 200)!.json() as StartedAuditRunView;
    expect(again).toMatchObject({ id: started.json().id, alreadyUnderWay: true });
    run = started.json();
    expect(run.status).toBe('queued');
    expect((started.json() as StartedAuditRunView).alreadyUnderWay).toBe(false);
    const outcome = await auditExecutorOf(t.ctx).waitFor(run.id);
    expect(outcome.status).toBe('succeeded');
    run = (await get(admin, `/api/audits/runs/${run.id}`)).json();
    expect(run).toMatchObject({
      status: 'succeeded',
      stage: 'done',
      agreementVersion: 1,
      agreementTitleEn: null,
      notices: [],
      currencies: ['CNY'],
    });
    expect(run.resultHash).toMatch(/^[0-9a-f]{64}$/);
    expect(run.findingsCount).toBeGreaterThan(0);

    const listed = (await get(eleme, '/api/audits/runs')).json() as { items: AuditRunView[] };
    expect(listed.items.map((r) => r.id)).toContain(run.id);
    expect((await get(rider, '/api/audits/runs')).statusCode).toBe(403);
    const bad = await post(admin, '/api/audits/runs', {
      agreementId: 'delivery-audit-test',
      datasetIds: ['f'.repeat(64)],
    });
    expect(bad.statusCode).toBe(400);
    expect(JSON.stringify(bad.json())).toContain('ffffffffffff');
    // A day to come would count pay not yet due as owed.
    const future = await post(admin, '/api/audits/runs', {
      agreementId: 'delivery-audit-test',
      datasetIds,
      asOf: '2999-01-01',
    });
    expect(future.statusCode).toBe(400);
    expect(JSON.stringify(future.json())).toMatch(/as of 2999-01-01 is after today \(\d{4}-\d{2}-\d{2}\)/);

    // A file whose every row was refused is stored with its errors, but gives nothing to audit.
    const refusedFile = join(dataDir, 'all-refused.csv');
    await writeFile(
      refusedFile,
      [
        'order_id,platform,rider_id,status,created_at,accepted_at,promised_at,distance_m,pay',
        'o1,eleme,r1,delivered,not a time,2025-09-01 10:00,2025-09-01 10:30,1000,6',
      ].join('\n'),
    );
    const refused = await ingestAndRecord(
      t.ctx.db,
      { path: refusedFile },
      {
        dataDir,
        pseudonymKey: t.ctx.config.pseudonymKey!,
        kind: 'delivery_orders',
        createdBy: 'admin',
        createdById: null,
      },
    );
    expect(refused).toMatchObject({ rowsAccepted: 0, rowsRejected: 1 });
    const empty = await post(admin, '/api/audits/runs', {
      agreementId: 'delivery-audit-test',
      datasetIds: [...datasetIds, refused.datasetId],
    });
    expect(empty.statusCode).toBe(400);
    expect(JSON.stringify(empty.json())).toContain(
      '(all-refused.csv): every row was refused, no row is left to audit',
    );
  });

  it('says on the run why it checked no row, and titles clauses in English from their library rules', async () => {
    const later = agreementSource
      .replace('id: delivery-audit-test', 'id: delivery-audit-later')
      .replace('effective_from: 2025-01-01', 'effective_from: 2030-01-01')
      .replace(
        'title: 外卖配送审计测试协议',
        'title: 外卖配送审计测试协议（未来）\ntitle_en: A later delivery agreement',
      );
    expect((await post(admin, '/api/agreements', { source: later })).statusCode).toBe(200);
    const started = (
      await post(admin, '/api/audits/runs', { agreementId: 'delivery-audit-later', datasetIds, asOf })
    ).json() as AuditRunView;
    expect((await auditExecutorOf(t.ctx).waitFor(started.id)).status).toBe('succeeded');
    const ended = (await get(admin, `/api/audits/runs/${started.id}`)).json() as AuditRunView;
    expect(ended.agreementTitleEn).toBe('A later delivery agreement');
    expect(ended.notices.map((n) => n.code)).toEqual(['data_before_agreement']);
    expect(ended.notices[0]!.en).toContain('before the agreement takes effect on 2030-01-01');
    const clauses = (await get(admin, `/api/audits/runs/${started.id}/clauses`)).json() as {
      items: { clauseId: string; title: string; titleEn: string | null; checked: number }[];
    };
    expect(clauses.items.every((c) => c.checked === 0)).toBe(true);
    expect(clauses.items.find((c) => c.clauseId === 'late')).toMatchObject({
      title: '超时不罚款',
      titleEn: libraryRules.find((r) => r.id === 'fd.no_late_money_penalty')!.title_en,
    });
  });

  it('keeps each platform’s rows and findings in the run’s summary, for the platform’s scorecard', async () => {
    const stored = await findRun(t.ctx.db, run.id);
    const platforms = stored!.summary!.platforms!;
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const rows = (await (
      await connection.run(
        `SELECT platform, count(*)::INTEGER FROM read_parquet('${join(dataDir, 'simulated', 'delivery_orders.parquet')}') GROUP BY 1 ORDER BY 1`,
      )
    ).getRowsJson()) as [string, number][];
    connection.closeSync();
    instance.closeSync();
    expect(rows.length).toBeGreaterThan(1);
    expect(platforms.map((p) => [p.platform, p.rows])).toEqual(rows);
    for (const p of platforms)
      expect(p.findings).toBe((await findings(admin, `platform=${p.platform}&pageSize=1`)).total);
    expect(platforms.reduce((sum, p) => sum + p.findings, 0)).toBe(run.findingsCount);
  });

  it('sums the stored findings per clause; outside the city, only inside the reader’s district or platform', async () => {
    const clausesOf = async (who: Signed) =>
      (await get(who, `/api/audits/runs/${run.id}/clauses`)).json() as AuditClausesView;
    const all = await clausesOf(admin);
    expect(all.cityWide).toBe(true);
    const total = all.items.reduce((n, c) => n + c.violations!, 0);
    expect(total).toBe(run.findingsCount);
    for (const c of all.items) expect(c.violationsInScope).toBe(c.violations);
    expect(all.items.some((c) => c.checked! > 0)).toBe(true);

    // A district officer and a platform's representative: no city-wide figure, the findings of their own share.
    for (const [who, filter] of [
      [qingpu, 'district=310118'],
      [eleme, 'platform=eleme'],
    ] as const) {
      const scoped = await clausesOf(who);
      expect(scoped.cityWide).toBe(false);
      for (const c of scoped.items)
        expect([c.checked, c.unchecked, c.violations, c.amount]).toEqual([null, null, null, null]);
      const own = await findings(admin, `${filter}&pageSize=1`);
      expect(scoped.items.reduce((n, c) => n + c.violationsInScope, 0)).toBe(own.total);
      expect(own.total).toBeGreaterThan(0);
      expect(own.total).toBeLessThan(total);
      let lateAmount = 0;
      for (let page = 1, seen = 0, total = 1; seen < total; page++) {
        const late = await findings(admin, `${filter}&clause=late&pageSize=200&page=${page}`);
        lateAmount += late.items.reduce((sum, f) => sum + Number(f.amount ?? 0), 0);
        [seen, total] = [seen + late.items.length, late.total];
      }
      expect(Number(scoped.items.find((c) => c.clauseId === 'late')!.amountInScope)).toBeCloseTo(
        lateAmount,
        6,
      );
      // Nor the run's count of all its findings, in the run or in the list of runs: the count of their own
      // findings instead.
      const detail = (await get(who, `/api/audits/runs/${run.id}`)).json() as AuditRunView;
      expect([detail.findingsCount, detail.findingsInScope]).toEqual([null, own.total]);
      const listed = (await get(who, '/api/audits/runs')).json() as { items: AuditRunView[] };
      const inList = listed.items.find((r) => r.id === run.id)!;
      expect([inList.findingsCount, inList.findingsInScope]).toEqual([null, own.total]);
    }
    const listed = (await get(admin, '/api/audits/runs')).json() as { items: AuditRunView[] };
    const inList = listed.items.find((r) => r.id === run.id)!;
    expect([inList.findingsCount, inList.findingsInScope]).toEqual([run.findingsCount, run.findingsCount]);
  });

  it('shows the metrics rows of the reader’s own district or platform only', async () => {
    const tablesOf = async (who: Signed) =>
      Object.values(
        (
          (await get(who, `/api/audits/runs/${run.id}/metrics`)).json() as {
            tables: Record<string, Record<string, string | number | null>[]>;
          }
        ).tables,
      ).flat();
    const every = await tablesOf(admin);
    const ofQingpu = await tablesOf(qingpu);
    const ofEleme = await tablesOf(eleme);
    expect(ofQingpu.length).toBeGreaterThan(0);
    expect(ofQingpu.every((row) => ['青浦区', '310118'].includes(String(row.district)))).toBe(true);
    expect(ofEleme.length).toBeGreaterThan(0);
    expect(ofEleme.every((row) => row.platform === 'eleme')).toBe(true);
    expect(ofQingpu.length).toBeLessThan(every.length);
    expect(ofEleme.length).toBeLessThan(every.length);
  });

  it('lets a platform’s representative follow only the runs of agreements that bind its platform', async () => {
    const { platform: _none, ...document } = (await findRun(t.ctx.db, run.id))!.agreement;
    const recorded = async (platform: string | string[] | undefined) =>
      insertRun(t.ctx.db, {
        agreementId: 'delivery-audit-test',
        agreementVersion: 1,
        agreement: platform === undefined ? document : { ...document, platform },
        datasetIds,
        asOf,
        status: 'cancelled',
        area: 'city:310000',
        createdByName: 'test',
      });
    const meituan = await recorded('meituan');
    const both = await recorded(['meituan', 'eleme']);
    const every = await recorded(undefined);
    const listed = async (who: Signed) =>
      (await get(who, '/api/audits/runs?pageSize=100')).json() as { items: AuditRunView[]; total: number };
    const elemeSees = await listed(eleme);
    const ids = elemeSees.items.map((r) => r.id);
    expect(ids).toEqual(expect.arrayContaining([both.id, every.id, run.id]));
    expect(ids).not.toContain(meituan.id);
    expect(elemeSees.total).toBe(elemeSees.items.length);
    for (const path of ['', '/clauses', '/metrics', '/findings'])
      expect((await get(eleme, `/api/audits/runs/${meituan.id}${path}`)).statusCode).toBe(404);
    expect((await get(eleme, `/api/audits/runs/${both.id}`)).statusCode).toBe(200);
    for (const who of [admin, qingpu]) {
      expect((await listed(who)).items.map((r) => r.id)).toContain(meituan.id);
      expect((await get(who, `/api/audits/runs/${meituan.id}`)).statusCode).toBe(200);
    }
    await t.ctx.db.delete(auditRuns).where(inArray(auditRuns.id, [meituan.id, both.id, every.id]));
  });

  it('filters, sorts and pages findings in DuckDB, each reader inside their own scope', async () => {
    const first = await findings(admin, 'pageSize=5&page=1');
    const second = await findings(admin, 'pageSize=5&page=2');
    expect(first.total).toBe(run.findingsCount);
    const keys = [...first.items, ...second.items].map((f) => f.key);
    expect(new Set(keys).size).toBe(10);

    const late = await findings(admin, 'clause=late&sort=amount&order=desc&pageSize=50');
    expect(late.items.every((f) => f.clauseId === 'late' && f.rule === 'fd.no_late_money_penalty')).toBe(
      true,
    );
    const amounts = late.items.map((f) => Number(f.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    expect(late.items[0]).toMatchObject({ liable: 'platform', dataset: 'delivery_orders', state: 'new' });
    expect(late.items[0]!.day).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    const qingpuOwn = await findings(qingpu, 'pageSize=200');
    expect(qingpuOwn.items.every((f) => f.district === '310118')).toBe(true);
    const elemeOwn = await findings(eleme, 'pageSize=200');
    const elemeByFilter = await findings(admin, 'platform=eleme&pageSize=1');
    expect(elemeOwn.total).toBe(elemeByFilter.total);
    expect(elemeOwn.items.every((f) => f.platform === 'eleme')).toBe(true);
    expect(elemeOwn.total).toBeLessThan(first.total);

    // A misspelt filter is refused, naming it, rather than answered with every platform's findings.
    for (const path of [
      `/api/audits/runs/${run.id}/findings?platfrom=eleme`,
      `/api/audits/runs/${run.id}/findings/export?platfrom=eleme`,
      '/api/audits/findings?platfrom=eleme',
      '/api/audits/runs?agreement=eleme-test',
    ]) {
      const refused = await get(admin, path);
      expect(refused.statusCode, path).toBe(400);
      expect(refused.body, path).toMatch(/"(platfrom|agreement)：不是此处可用的查询参数/);
    }

    const worker = late.items[0]!.worker!;
    const ofWorker = await findings(admin, `worker=${encodeURIComponent(worker)}&pageSize=200`);
    expect(ofWorker.items.every((f) => f.worker === worker)).toBe(true);
    const [read] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'audit.findings.read'))
      .orderBy(desc(auditLog.at))
      .limit(1);
    expect(read?.subject).toBe(`audit_run:${run.id}`);
  });

  it('shows a finding with its evidence rows and trace, and moves it through its lifecycle with concurrency checks', async () => {
    const [target] = (await findings(admin, 'platform=eleme&clause=fee&pageSize=1')).items;
    const detail = (await get(admin, findingUrl(target!.key))).json() as FindingDetail;
    expect(detail.evidenceRows).toHaveLength(1);
    expect(detail.evidenceRows[0]).toMatchObject({ order_id: target!.findingKey, platform: 'eleme' });
    expect(detail.trace.zh).toContain('条款 fee');
    expect(detail.trace.en).toContain('Clause fee');
    expect(detail.resultHash).toBe(run.resultHash);

    const confirmed = await post(admin, `${findingUrl(target!.key)}/transitions`, {
      action: 'confirm',
      version: 1,
      note: '核实无误',
    });
    expect(confirmed.json()).toMatchObject({ state: 'confirmed', version: 2 });
    const stale = await post(admin, `${findingUrl(target!.key)}/transitions`, {
      action: 'dismiss',
      version: 1,
      note: '重复',
    });
    expect(stale.statusCode).toBe(409);
    // Set aside only for a stated reason.
    const unexplained = await post(admin, `${findingUrl(target!.key)}/transitions`, {
      action: 'dismiss',
      version: 2,
    });
    expect(unexplained.statusCode).toBe(400);
    expect(unexplained.json().error.issues[0]).toMatchObject({ path: ['note'] });
    const officerCannotDispute = await post(admin, `${findingUrl(target!.key)}/transitions`, {
      action: 'dispute',
      version: 2,
      note: '不是平台',
    });
    expect(officerCannotDispute.statusCode).toBe(403);
    const disputed = await post(eleme, `${findingUrl(target!.key)}/transitions`, {
      action: 'dispute',
      version: 2,
      note: '该订单的费用已在接单前展示',
      evidence: [{ description: '接单页面截图', fileName: 'screen.png' }],
    });
    expect(disputed.json()).toMatchObject({ state: 'disputed', version: 3 });
    const history = ((await get(eleme, findingUrl(target!.key))).json() as FindingDetail).history;
    expect(history.map((h) => [h.fromState, h.toState, h.actorRole])).toEqual([
      ['new', 'confirmed', 'city_admin'],
      ['confirmed', 'disputed', 'platform_rep'],
    ]);
    expect(history[1]!.evidence[0]!.description).toBe('接单页面截图');
    // The platform may reply again while its dispute stands, with more evidence.
    const further = await post(eleme, `${findingUrl(target!.key)}/transitions`, {
      action: 'dispute',
      version: 3,
      note: '补充：系统日志显示费用已展示',
      evidence: [{ description: '系统日志' }],
    });
    expect(further.json()).toMatchObject({ state: 'disputed', version: 4 });
    expect((await findings(admin, 'state=disputed')).items.map((f) => f.key)).toEqual([target!.key]);

    // A finding dismissed by mistake is reopened, for a stated reason, and reviewed again.
    const [mistaken] = (await findings(admin, 'platform=eleme&clause=fee&state=new&pageSize=1')).items;
    const act = (action: string, version: number, note?: string) =>
      post(admin, `${findingUrl(mistaken!.key)}/transitions`, { action, version, note });
    expect((await act('dismiss', 1, '误判')).json()).toMatchObject({ state: 'dismissed', version: 2 });
    const closed = await act('confirm', 2, '核实');
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error.issues[0]).toMatchObject({
      zh: '发现当前为“已撤销”，不能确认',
      en: 'a dismissed finding cannot be confirmed',
    });
    expect((await act('reopen', 2)).statusCode).toBe(400);
    expect((await act('reopen', 2, '撤销有误：费用未展示')).json()).toMatchObject({
      state: 'new',
      version: 3,
    });
    const reopenedHistory = ((await get(admin, findingUrl(mistaken!.key))).json() as FindingDetail).history;
    expect(reopenedHistory.map((h) => [h.action, h.fromState, h.toState, h.note])).toEqual([
      ['dismiss', 'new', 'dismissed', '误判'],
      ['reopen', 'dismissed', 'new', '撤销有误：费用未展示'],
    ]);
    expect((await findings(admin, 'state=new&pageSize=1')).total).toBe(run.findingsCount! - 1);

    const other = (await findings(admin, 'platform=meituan&pageSize=1')).items[0]!;
    expect((await get(eleme, findingUrl(other.key))).statusCode).toBe(404);
    const foreign = await post(eleme, `${findingUrl(other.key)}/transitions`, {
      action: 'dispute',
      version: 1,
      note: '不是我们的',
    });
    expect(foreign.statusCode).toBe(404);
  });

  it('counts the open findings on the dashboard, each reader inside their scope, without the dismissed', async () => {
    const openOf = async (who: Signed) => {
      const figures = (await get(who, '/api/dashboard')).json() as {
        figures: { key: string; value: number; link: string }[];
      };
      return figures.figures.find((f) => f.key === 'openFindings');
    };
    expect(await openOf(admin)).toMatchObject({
      value: run.findingsCount,
      link: '/audits/findings?state=open',
    });
    const [target] = (await findings(admin, 'platform=eleme&state=new&pageSize=1')).items;
    const dismissed = await post(admin, `${findingUrl(target!.key)}/transitions`, {
      action: 'dismiss',
      version: target!.version,
      note: '数据有误',
    });
    expect(dismissed.json()).toMatchObject({ state: 'dismissed' });
    expect((await openOf(admin))!.value).toBe(run.findingsCount! - 1);
    const elemeOpen = (await findings(eleme, 'pageSize=1')).total - 1;
    expect((await openOf(eleme))!.value).toBe(elemeOpen);
    expect(elemeOpen).toBeLessThan(run.findingsCount! - 1);
    expect(await openOf(rider)).toBeUndefined();
  });

  it('lists the findings of the latest run of each agreement, its open total equal to the dashboard figure', async () => {
    const across = async (who: Signed, query: string) => {
      const response = await get(who, `/api/audits/findings?${query}`);
      expect(response.statusCode, response.body).toBe(200);
      return response.json() as { items: RunFindingView[]; total: number };
    };
    const dashboard = async (who: Signed) =>
      (
        (await get(who, '/api/dashboard')).json() as { figures: { key: string; value: number }[] }
      ).figures.find((f) => f.key === 'openFindings')!.value;
    const saved = await post(admin, '/api/agreements', {
      source: [
        'id: delivery-fee-test',
        'title: 外卖费用展示测试协议',
        'industry: food_delivery',
        'effective_from: 2025-01-01',
        'clauses:',
        '  - { id: shown, title: 接单前展示费用, text: 接单前展示费用构成, rule: fd.fee_shown_before_accept }',
      ].join('\n'),
    });
    expect(saved.statusCode).toBe(200);
    const second = (
      await post(admin, '/api/audits/runs', { agreementId: 'delivery-fee-test', datasetIds, asOf })
    ).json() as AuditRunView;
    expect((await auditExecutorOf(t.ctx).waitFor(second.id)).status).toBe('succeeded');
    const secondCount = (await get(admin, `/api/audits/runs/${second.id}`)).json().findingsCount as number;
    expect(secondCount).toBeGreaterThan(0);

    const open = await across(admin, 'state=open&pageSize=5');
    expect(open.total).toBe(run.findingsCount! - 1 + secondCount);
    expect(open.total).toBe(await dashboard(admin));
    expect(new Set(open.items.map((f) => f.agreementId)).size).toBeGreaterThan(0);
    for (const who of [qingpu, eleme]) {
      const own = await across(who, 'state=open&pageSize=200');
      expect(own.total).toBe(await dashboard(who));
      expect(own.total).toBeLessThan(open.total);
    }
    expect((await across(qingpu, 'pageSize=200')).items.every((f) => f.district === '310118')).toBe(true);
    expect((await across(eleme, 'pageSize=200')).items.every((f) => f.platform === 'eleme')).toBe(true);
    expect((await across(admin, 'state=new,confirmed&state=disputed&pageSize=1')).total).toBe(open.total);
    const dismissed = await across(admin, 'state=dismissed');
    expect(dismissed.items.map((f) => [f.runId, f.state])).toEqual([[run.id, 'dismissed']]);
    expect((await across(admin, 'pageSize=1')).total).toBe(run.findingsCount! + secondCount);

    const shown = await across(admin, 'clause=shown&pageSize=200');
    expect(shown.total).toBe(secondCount);
    expect(
      shown.items.every(
        (f) =>
          f.runId === second.id &&
          f.agreementTitle === '外卖费用展示测试协议' &&
          f.clauseTitle === '接单前展示费用',
      ),
    ).toBe(true);
    expect((await across(admin, 'agreementId=delivery-fee-test&pageSize=1')).total).toBe(secondCount);
    const inQingpu = await across(admin, 'state=open&district=310118&platform=eleme&pageSize=1');
    expect(inQingpu.total).toBeGreaterThan(0);
    expect(inQingpu.items[0]).toMatchObject({ district: '310118', platform: 'eleme' });
    const late = await findings(admin, 'clause=late&pageSize=1');
    const day = late.items[0]!.day!;
    const onDay = await across(admin, `from=${day}&to=${day}&pageSize=200`);
    expect(onDay.items.every((f) => f.day === day)).toBe(true);

    const byAmount = await across(admin, 'state=open&sort=amount&order=desc&pageSize=200');
    const amounts = byAmount.items.filter((f) => f.amount !== null).map((f) => Number(f.amount));
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    const pages = [await across(admin, 'pageSize=7&page=1'), await across(admin, 'pageSize=7&page=2')];
    expect(new Set(pages.flatMap((p) => p.items.map((f) => `${f.runId}/${f.key}`))).size).toBe(14);

    expect((await get(admin, '/api/audits/findings?state=closed')).statusCode).toBe(400);
    // A filter naming what is not there is refused, naming what there is, rather than answered with nothing.
    const refused = async (query: string) => {
      const response = await get(admin, `/api/audits/findings?${query}`);
      expect(response.statusCode, response.body).toBe(400);
      return (response.json() as { error: { issues: { en: string; zh: string }[] } }).error.issues[0]!;
    };
    expect((await refused('clause=c99')).en).toMatch(
      /^c99 is not a clause of the agreements listed; their clauses: .*shown/,
    );
    expect((await refused('agreementId=delivery-fee-test&clause=late')).en).toBe(
      'late is not a clause of the agreements listed; their clauses: shown',
    );
    expect((await refused('platform=Eleme')).en).toMatch(
      /\(did you mean eleme\?\); platforms in the data: .*eleme/,
    );
    expect((await refused('platform=nosuch')).zh).toMatch(/^nosuch 不是登记的平台/);
    expect((await refused('district=310199')).en).toMatch(/310199 is not a district of the city/);
    expect((await refused('agreementId=no-such-agreement')).en).toBe(
      'no-such-agreement is not a stored agreement',
    );
    const named = `clause=${inQingpu.items[0]!.clauseId}&platform=eleme&district=310118&pageSize=1`;
    expect((await across(admin, named)).total).toBeGreaterThan(0);
    expect((await get(rider, '/api/audits/findings')).statusCode).toBe(403);
    const docs = (await t.app.inject('/api/docs/json')).json() as { paths: Record<string, unknown> };
    expect(Object.keys(docs.paths)).toContain('/api/audits/findings');
    const [read] = await t.ctx.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.action, 'audit.findings.read'))
      .orderBy(desc(auditLog.at))
      .limit(1);
    expect(read?.subject).toBe('audit_runs:latest');
  });

  it('counts only the official runs — a stored version over the rows it covers — as an agreement’s latest', async () => {
    const dashboard = async () =>
      (
        (await get(admin, '/api/dashboard')).json() as { figures: { key: string; value: number }[] }
      ).figures.find((f) => f.key === 'openFindings')!.value;
    const ofFeeAgreement = async () =>
      (await get(admin, '/api/audits/findings?agreementId=delivery-fee-test&pageSize=200')).json() as {
        items: RunFindingView[];
        total: number;
      };
    const before = { open: await dashboard(), fee: await ofFeeAgreement() };
    expect(before.fee.total).toBeGreaterThan(0);
    const official = (await findRun(t.ctx.db, before.fee.items[0]!.runId))!;
    // Later command-line audits: of the agreement's file (no stored version), and of the stored version with
    // --ignore-coverage. Neither stands for the agreement, however recent.
    const later = new Date(official.finishedAt!.getTime() + 3_600_000);
    const studies = [
      { agreementVersion: null, coverageIgnored: false },
      { agreementVersion: official.agreementVersion, coverageIgnored: true },
    ];
    const recorded = [];
    for (const study of studies)
      recorded.push(
        await insertRun(t.ctx.db, {
          agreementId: official.agreementId,
          agreement: official.agreement,
          datasetIds: official.datasetIds,
          asOf: official.asOf,
          status: 'succeeded',
          resultHash: official.resultHash,
          findingsCount: 0,
          summary: official.summary,
          area: 'city:310000',
          createdByName: 'cli',
          finishedAt: later,
          ...study,
        }),
      );
    expect(await dashboard()).toBe(before.open);
    const after = await ofFeeAgreement();
    expect(after.total).toBe(before.fee.total);
    expect(new Set(after.items.map((f) => f.runId))).toEqual(new Set([official.id]));
    await t.ctx.db.delete(auditRuns).where(
      inArray(
        auditRuns.id,
        recorded.map((r) => r.id),
      ),
    );
  });

  it('exports findings with workers named by aliases, and opens a case from chosen findings', async () => {
    const csv = await get(admin, `/api/audits/runs/${run.id}/findings/export?format=csv&clause=late`);
    expect(csv.statusCode).toBe(200);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(lines[0]).toContain('worker');
    const late = await findings(admin, 'clause=late&pageSize=1');
    expect(lines).toHaveLength(late.total + 1);
    expect(csv.body).not.toContain(late.items[0]!.worker!);
    // No worker's pseudonym, only an alias of the run's export.
    expect(csv.body).not.toContain(late.items[0]!.worker!);
    expect(csv.body).toMatch(/,w_[0-9a-f]{16},/);
    const xlsx = await get(eleme, `/api/audits/runs/${run.id}/findings/export?format=xlsx`);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');

    const chosenFindings = (await findings(qingpu, 'pageSize=2')).items;
    const chosen = chosenFindings.map((f) => f.key);
    const opened = await post(qingpu, `/api/audits/runs/${run.id}/cases`, {
      keys: chosen,
      title: '审计发现：超时罚款',
      description: '审计发现平台因超时扣款，依据协议立案',
      district: '310118',
      street: '310118002',
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseDetail = (await get(qingpu, `/api/cases/${opened.json().caseId}`)).json() as CaseDetail;
    expect(caseDetail.source).toBe('finding');
    expect(caseDetail.evidence).toMatchObject({ resultHash: run.resultHash, findingIds: chosen });
    expect(caseDetail.evidence!.trace).toHaveLength(2);
    expect(caseDetail).toMatchObject({
      type: caseTypeOfRules(chosenFindings.map((f) => f.rule)),
      district: '310118',
      street: '310118002',
    });
    const platforms = [...new Set(chosenFindings.map((f) => f.platform))].sort();
    expect(
      caseDetail.parties
        .filter((p) => p.kind === 'platform')
        .map((p) => p.platformCode)
        .sort(),
    ).toEqual(platforms);

    const inQingpu = (await findings(qingpu, 'pageSize=200')).items;
    const latePenalty = inQingpu.find((f) => f.clauseId === 'late') ?? inQingpu[0]!;
    const penalty = await post(qingpu, `/api/audits/runs/${run.id}/cases`, {
      keys: [latePenalty.key],
      title: '审计发现：超时罚款',
      description: '审计发现平台因超时扣款，依据协议立案',
      district: '310118',
    });
    const penaltyCase = (await get(qingpu, `/api/cases/${penalty.json().caseId}`)).json() as CaseDetail;
    expect(penaltyCase).toMatchObject({ type: caseTypeOfRule(latePenalty.rule), street: null });
    expect(penaltyCase.type).not.toBe('other');
    expect(penaltyCase.parties.filter((p) => p.kind === 'platform')).toEqual([
      expect.objectContaining({ platformCode: latePenalty.platform }),
    ]);
    expect(penaltyCase.parties.filter((p) => p.kind === 'franchisee').map((p) => p.name)).toEqual(
      latePenalty.franchisee ? [latePenalty.franchisee] : [],
    );
    const chosenType = await post(qingpu, `/api/audits/runs/${run.id}/cases`, {
      keys: [latePenalty.key],
      type: 'working_time',
      title: '审计发现：超时罚款',
      description: '审计发现平台因超时扣款，依据协议立案',
      district: '310118',
    });
    expect(((await get(qingpu, `/api/cases/${chosenType.json().caseId}`)).json() as CaseDetail).type).toBe(
      'working_time',
    );
    const elsewhere = await post(qingpu, `/api/audits/runs/${run.id}/cases`, {
      keys: [latePenalty.key],
      title: '审计发现：超时罚款',
      description: '审计发现平台因超时扣款，依据协议立案',
      district: '310118',
      street: '310115005',
    });
    expect(elsewhere.statusCode).toBe(400);
  });

  it('cancels a queued run at once and interrupts a running one', async () => {
    const executor = new AuditExecutor(t.ctx);
    const queued = await queuedRun();
    // The application's executor may already have taken it: either way it ends cancelled.
    const cancelled = await post(admin, `/api/audits/runs/${queued.id}/cancel`, {});
    expect(cancelled.statusCode).toBe(200);
    await auditExecutorOf(t.ctx).idle();
    expect((await findRun(t.ctx.db, queued.id))?.status).toBe('cancelled');
    const twice = await post(admin, `/api/audits/runs/${queued.id}/cancel`, {});
    expect(twice.statusCode).toBe(409);
    expect(twice.json().error.message).toEqual({
      zh: '该审计已取消',
      en: 'This run has already been cancelled',
    });
    expect((await post(eleme, `/api/audits/runs/${run.id}/cancel`, {})).statusCode).toBe(403);

    const running = await finishedRun();
    // The later official run of the agreement supersedes the earlier: its reviews are carried to the later one.
    const runView = async (id: string) => (await get(admin, `/api/audits/runs/${id}`)).json() as AuditRunView;
    expect((await runView(run.id)).supersededBy).toBe(running.id);
    expect((await runView(running.id)).supersededBy).toBeNull();
    const listed = (await get(admin, '/api/audits/runs?pageSize=100')).json() as { items: AuditRunView[] };
    expect(listed.items.find((r) => r.id === run.id)?.supersededBy).toBe(running.id);
    await executor.stop();
    // Re-run it by hand and abort it as soon as it evaluates.
    const { db } = t.ctx;
    await setRun(running.id, { status: 'queued' });
    const controller = new AbortController();
    const outcome = await executeAuditRun(running.id, {
      db,
      dataDir,
      signal: controller.signal,
      onProgress: (p) => p.stage === 'evaluating' && controller.abort('cancel'),
    });
    expect(outcome.status).toBe('cancelled');
    expect((await findRun(db, running.id))?.status).toBe('cancelled');

    // Cancelled once its findings are written, while it is still storing: it keeps none of them.
    await setRun(running.id, { status: 'queued', cancelRequested: null });
    const late = new AbortController();
    const stopped = await executeAuditRun(running.id, {
      db,
      dataDir,
      signal: late.signal,
      beforeClose: async () => {
        expect(existsSync(findingsFile(dataDir, running.id))).toBe(true);
        late.abort('cancel');
      },
    });
    expect(stopped.status).toBe('cancelled');
    expect((await findRun(db, running.id))?.status).toBe('cancelled');
    expect(existsSync(findingsFile(dataDir, running.id))).toBe(false);
  });

  it('ends cancelled, not running for ever, a run whose cancel was asked just before a crash', async () => {
    const asked = await finishedRun();
    // As a crash leaves it: running, the cancel recorded, the run's next checkpoint never reached, its lease
    // long expired.
    await setRun(asked.id, {
      status: 'running',
      cancelRequested: new Date(),
      resultHash: null,
      finishedAt: null,
      leaseOwner: 'crashed-host:1:dead',
      heartbeatAt: minutesAgo(5),
    });

    const restarted = new AuditExecutor(t.ctx);
    expect(await restarted.resume()).toBe(1);
    expect((await restarted.waitFor(asked.id)).status).toBe('cancelled');
    expect(await findRun(t.ctx.db, asked.id)).toMatchObject({ status: 'cancelled', resultHash: null });
    expect((await findRun(t.ctx.db, asked.id))?.finishedAt).toBeInstanceOf(Date);
  });

  it('resumes a run left running by a crash and gets the same hash and findings', async () => {
    const crashed = await finishedRun();
    // As a crash leaves it: running, part-way through evaluating, no result, its lease long expired.
    await setRun(crashed.id, { status: 'running', resultHash: null, findingsCount: null, summary: null });
    await recordProgress(t.ctx.db, crashed.id, { stage: 'evaluating', done: 1, total: 2 }, new Date());
    const lastHeard = minutesAgo(5);
    await setRun(crashed.id, { leaseOwner: 'crashed-host:1:dead', heartbeatAt: lastHeard });
    // Until a process takes it up, the run shows as interrupted since its process was last heard.
    expect((await get(admin, `/api/audits/runs/${crashed.id}`)).json()).toMatchObject({
      status: 'running',
      interruptedSince: lastHeard.toISOString(),
    });

    const restarted = new AuditExecutor(t.ctx);
    expect(await restarted.resume()).toBe(1);
    const outcome = await restarted.waitFor(crashed.id);
    expect(outcome.status).toBe('succeeded');
    expect((await get(admin, `/api/audits/runs/${crashed.id}`)).json()).toMatchObject({
      status: 'succeeded',
      interruptedSince: null,
    });
    const resumed = await findRun(t.ctx.db, crashed.id);
    expect(resumed).toMatchObject({
      status: 'succeeded',
      resultHash: run.resultHash,
      findingsCount: run.findingsCount,
    });
    const a = await findings(admin, 'pageSize=200&sort=amount');
    const b = (
      await get(admin, `/api/audits/runs/${crashed.id}/findings?pageSize=200&sort=amount`)
    ).json() as {
      items: FindingView[];
    };
    expect(b.items.map((f) => [f.key, f.amount, f.district])).toEqual(
      a.items.map((f) => [f.key, f.amount, f.district]),
    );
  });

  it('leaves a run under a live lease to the process executing it, and resumes an expired one exactly once', async () => {
    const leased = await finishedRun();
    // Another process (a command-line audit, a second server) executes it and renewed its lease just now.
    const elsewhere = 'other-host:4242:live';
    const runningElsewhere = (heartbeatAt: Date) =>
      setRun(leased.id, {
        status: 'running',
        resultHash: null,
        finishedAt: null,
        leaseOwner: elsewhere,
        heartbeatAt,
      });
    // Heard just now: running, not interrupted.
    await runningElsewhere(minutesAgo(0));
    expect((await get(admin, `/api/audits/runs/${leased.id}`)).json()).toMatchObject({
      status: 'running',
      interruptedSince: null,
    });
    await runningElsewhere(minutesAgo(0.5));
    const starting = new AuditExecutor(t.ctx);
    expect(await starting.resume()).toBe(0);
    expect(await executeAuditRun(leased.id, { db: t.ctx.db, dataDir, now: () => t.ctx.now() })).toEqual({
      status: 'skipped',
    });
    expect(await findRun(t.ctx.db, leased.id)).toMatchObject({ status: 'running', leaseOwner: elsewhere });

    // That process stopped: its lease expires, and of two servers starting at once exactly one takes the run.
    await runningElsewhere(minutesAgo(5));
    const [a, b] = [new AuditExecutor(t.ctx), new AuditExecutor(t.ctx)];
    // Each finds it (1), unless the other already holds its lease by the time it looks (0).
    const found = await Promise.all([a.resume(), b.resume()]);
    expect(found.every((n) => n <= 1) && found.includes(1)).toBe(true);
    // Asked after both have ended (one that found it but skips ends at once), each still tells its outcome.
    await Promise.all([a.idle(), b.idle()]);
    const outcomes = await Promise.all(
      [a, b].map((executor, i) => (found[i] ? executor.waitFor(leased.id) : { status: 'not found' })),
    );
    expect(outcomes.filter((o) => o.status === 'succeeded')).toHaveLength(1);
    expect(outcomes.every((o) => ['succeeded', 'skipped', 'not found'].includes(o.status))).toBe(true);
    const winner = outcomes[0]!.status === 'succeeded' ? a : b;
    expect(await findRun(t.ctx.db, leased.id)).toMatchObject({
      status: 'succeeded',
      leaseOwner: winner.owner,
      resultHash: run.resultHash,
    });
    await Promise.all([starting.stop(), a.stop(), b.stop()]);
  });

  it('leaves queued, not failed, a run whose datasets only another data directory holds', async () => {
    const queued = await finishedRun();
    const { resultHash } = (await findRun(t.ctx.db, queued.id))!;
    await setRun(queued.id, { status: 'queued', resultHash: null, finishedAt: null, leaseOwner: null });
    // A second server beside the same database, its GIGPACT_DATA_DIR another (empty) folder.
    const otherDir = await mkdtemp(join(tmpdir(), 'gigpact-other-data-'));
    try {
      expect(
        await executeAuditRun(queued.id, { db: t.ctx.db, dataDir: otherDir, now: () => t.ctx.now() }),
      ).toEqual({
        status: 'skipped',
      });
      expect(await findRun(t.ctx.db, queued.id)).toMatchObject({ status: 'queued', error: null });
    } finally {
      await rm(otherDir, { recursive: true, force: true });
    }
    expect(await executeAuditRun(queued.id, { db: t.ctx.db, dataDir, now: () => t.ctx.now() })).toMatchObject(
      {
        status: 'succeeded',
      },
    );
    expect(await findRun(t.ctx.db, queued.id)).toMatchObject({
      status: 'succeeded',
      resultHash,
    });
  });

  it('takes up at once, or cancels at once, a run whose process on this machine was killed', async () => {
    // Killed, it could not give its lease up: heard a moment ago, under a pid of this machine that no longer runs.
    const killedOwner = `${hostname()}:${spawnSync(process.execPath, ['-e', '0']).pid}:killed00`;
    const leftRunning = {
      status: 'running',
      resultHash: null,
      finishedAt: null,
      heartbeatAt: minutesAgo(0),
    } as const;
    const killed = await finishedRun();
    await setRun(killed.id, { ...leftRunning, leaseOwner: killedOwner });
    const restarted = new AuditExecutor(t.ctx);
    expect(await restarted.resume()).toBe(1);
    expect((await restarted.waitFor(killed.id)).status).toBe('succeeded');
    expect(await findRun(t.ctx.db, killed.id)).toMatchObject({ resultHash: run.resultHash });

    const toCancel = await finishedRun();
    await setRun(toCancel.id, { ...leftRunning, leaseOwner: killedOwner });
    const cancelled = await post(admin, `/api/audits/runs/${toCancel.id}/cancel`, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await auditExecutorOf(t.ctx).idle();
    expect(await findRun(t.ctx.db, toCancel.id)).toMatchObject({ status: 'cancelled', resultHash: null });

    // A killed run takes its turn by when it was started, before a run queued after it.
    const older = await finishedRun();
    const newer = await finishedRun();
    await setRun(older.id, { ...leftRunning, leaseOwner: killedOwner, createdAt: minutesAgo(2) });
    await setRun(newer.id, {
      status: 'queued',
      resultHash: null,
      finishedAt: null,
      createdAt: minutesAgo(1),
    });
    const order: string[] = [];
    const resumed = new AuditExecutor(t.ctx);
    expect(await resumed.resume()).toBe(2);
    await Promise.all([older, newer].map((r) => resumed.waitFor(r.id).then(() => order.push(r.id))));
    expect(order).toEqual([older.id, newer.id]);
    await resumed.stop();

    // A live process of another machine keeps its lease.
    const elsewhere = await finishedRun();
    await setRun(elsewhere.id, { ...leftRunning, leaseOwner: `other-${hostname()}:1:live0000` });
    expect(await restarted.resume()).toBe(0);
    await restarted.stop();
    await setRun(elsewhere.id, { status: 'cancelled', finishedAt: new Date() });
  });

  it('keeps how long its evaluation took, from which the next run estimates its progress', async () => {
    const stored = (await findRun(t.ctx.db, run.id))!;
    const rows = stored.summary!.datasets.reduce((sum, d) => sum + d.rows, 0);
    expect(rows).toBeGreaterThan(0);
    expect(stored.summary!.evaluation).toEqual({ ms: expect.any(Number), rows });
    expect(stored.summary!.evaluation!.ms).toBeGreaterThan(0);
    const latest = await finishedRun();
    const timing = (await findRun(t.ctx.db, latest.id))!.summary!.evaluation;
    // The latest to finish (the test's clock stands still: a minute later).
    await setRun(latest.id, { finishedAt: new Date(t.ctx.now().getTime() + 60_000) });
    expect(await latestEvaluationTiming(t.ctx.db, 'delivery-audit-test')).toEqual(timing);
    // An agreement never run takes the latest evaluation of any.
    expect(await latestEvaluationTiming(t.ctx.db, 'never-run')).toEqual(timing);
  });

  it('stops executing a run whose lease another process took over, and records nothing of it', async () => {
    const taken = await finishedRun();
    await setRun(taken.id, { status: 'queued', resultHash: null, finishedAt: null });
    const outcome = await executeAuditRun(taken.id, {
      db: t.ctx.db,
      dataDir,
      now: () => t.ctx.now(),
      owner: 'slow-host:1:stalled',
      cancelPollMs: 20,
      // While it evaluates, another process takes the run over as if this one's lease had expired.
      onProgress: (p) => {
        if (p.stage === 'evaluating')
          void setRun(taken.id, { leaseOwner: 'other-host:2:took-over' }).execute();
      },
    });
    expect(outcome.status).toBe('lost');
    expect(await findRun(t.ctx.db, taken.id)).toMatchObject({
      status: 'running',
      leaseOwner: 'other-host:2:took-over',
      resultHash: null,
    });
  });
});
