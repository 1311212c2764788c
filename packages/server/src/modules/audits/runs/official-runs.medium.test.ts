import { rename, rm } from 'node:fs/promises';
import { DuckDBInstance } from '@duckdb/node-api';
import type { AuditRunView, FindingDetail, FindingView, RunFindingView } from '@gigpact/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../../../platform/db/testing';
import { signInAs, type Signed, type TestApp } from '../../../testing/test-app';
import { simulatedWeek } from '../testing/simulated-week';
import { auditExecutorOf } from './executor';
import { findingsFile } from './run-files';

const agreementSource = [
  'id: official-audit-test',
  'title: 正式审计测试协议',
  'industry: food_delivery',
  'effective_from: 2025-01-01',
  'clauses:',
  '  - { id: late, title: 超时不罚款, text: 不因超时扣款, rule: fd.no_late_money_penalty }',
  '  - { id: fee, title: 接单前展示费用, text: 接单前展示费用构成, rule: fd.fee_shown_before_accept }',
].join('\n');

type Run = AuditRunView;

describe.each(testEngines)('the official audit of an agreement and its reviews on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let asOf: string;
  let orders: string;
  let alerts: string;
  let admin: Signed;
  let qingpu: Signed;
  let eleme: Signed;
  /** The agreement's first official run, whose findings are reviewed. */
  let first: Run;

  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const post = (who: Signed, url: string, payload: unknown) =>
    t.app.inject({ method: 'POST', url, headers: who.headers, payload: payload as object });
  /** A run of the test agreement started by `who` over `datasetIds`, taken to its end. */
  const finishedRun = async (who: Signed, datasetIds: string[]): Promise<Run> => {
    const started = await post(who, '/api/audits/runs', {
      agreementId: 'official-audit-test',
      datasetIds,
      asOf,
    });
    expect(started.statusCode, started.body).toBe(201);
    const id = (started.json() as Run).id;
    expect((await auditExecutorOf(t.ctx).waitFor(id)).status).toBe('succeeded');
    return (await get(admin, `/api/audits/runs/${id}`)).json() as Run;
  };
  const openOnDashboard = async (who: Signed) =>
    ((await get(who, '/api/dashboard')).json() as { figures: { key: string; value: number }[] }).figures.find(
      (f) => f.key === 'openFindings',
    )!.value;
  const acrossRuns = async (query: string) =>
    (await get(admin, `/api/audits/findings?agreementId=official-audit-test&${query}`)).json() as {
      items: RunFindingView[];
      total: number;
    };
  const findingsOf = async (run: Run, query: string) =>
    (await get(admin, `/api/audits/runs/${run.id}/findings?${query}`)).json() as {
      items: FindingView[];
      total: number;
    };
  const detail = async (run: Run, key: string) =>
    (await get(admin, `/api/audits/findings/${run.id}/${encodeURIComponent(key)}`)).json() as FindingDetail;
  const act = async (who: Signed, run: Run, key: string, body: object) => {
    const response = await post(
      who,
      `/api/audits/findings/${run.id}/${encodeURIComponent(key)}/transitions`,
      body,
    );
    expect(response.statusCode, response.body).toBe(200);
  };

  beforeAll(async () => {
    ({
      t,
      dataDir,
      asOf,
      datasetIds: [orders, alerts],
    } = await simulatedWeek(engine, 'gigpact-official-runs-'));
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
    eleme = await signInAs(t.app, 'eleme');
    expect((await post(admin, '/api/agreements', { source: agreementSource })).statusCode).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('counts only a city-wide run with a clause that checked rows as the agreement’s audit', async () => {
    first = await finishedRun(admin, [orders, alerts]);
    expect(first.official).toBe(true);
    expect(first.findingsCount).toBeGreaterThan(0);
    const open = await openOnDashboard(admin);
    const ofQingpu = await openOnDashboard(qingpu);
    expect((await acrossRuns('pageSize=1')).total).toBe(first.findingsCount);

    // A district officer's run of the same agreement over the same data: a study of their own.
    const study = await finishedRun(qingpu, [orders, alerts]);
    expect(study).toMatchObject({ official: false, area: 'district:310118', resultHash: first.resultHash });
    // A city run over data no clause can check (weather alerts only): every clause not applicable.
    const nothingChecked = await finishedRun(admin, [alerts]);
    expect(nothingChecked).toMatchObject({ official: false, findingsCount: 0 });

    expect(await openOnDashboard(admin)).toBe(open);
    expect(await openOnDashboard(qingpu)).toBe(ofQingpu);
    const across = await acrossRuns('pageSize=200');
    expect(across.total).toBe(first.findingsCount);
    expect(new Set(across.items.map((f) => f.runId))).toEqual(new Set([first.id]));

    // Each run says where it stands, in the list as on its own page.
    const listed = (await get(qingpu, '/api/audits/runs?agreementId=official-audit-test')).json() as {
      items: Run[];
    };
    expect(Object.fromEntries(listed.items.map((r) => [r.id, r.official]))).toEqual({
      [first.id]: true,
      [study.id]: false,
      [nothingChecked.id]: false,
    });
    expect(((await get(qingpu, `/api/audits/runs/${study.id}`)).json() as Run).official).toBe(false);
  });

  it('carries the reviews of the previous official run over to the next one, with their history', async () => {
    const [rectified, dismissed, disputed, untouched] = (await findingsOf(first, 'platform=eleme&pageSize=4'))
      .items;
    await act(admin, first, rectified!.key, { action: 'confirm', version: 1, note: '核实无误' });
    await act(eleme, first, rectified!.key, {
      action: 'dispute',
      version: 2,
      note: '已在接单前展示',
      evidence: [{ description: '接单页面截图', fileName: 'screen.png' }],
    });
    await act(admin, first, rectified!.key, { action: 'rectify', version: 3, note: '平台已退还' });
    await act(admin, first, dismissed!.key, { action: 'dismiss', version: 1, note: '数据有误' });
    await act(eleme, first, disputed!.key, { action: 'dispute', version: 1, note: '非平台原因' });
    const earlier = await detail(first, rectified!.key);
    const open = await openOnDashboard(admin);
    expect(open).toBe(first.findingsCount! - 2);

    // A routine re-run: the same agreement over the same data, the same result.
    const next = await finishedRun(admin, [orders, alerts]);
    expect(next).toMatchObject({ official: true, resultHash: first.resultHash });
    const carried = await detail(next, rectified!.key);
    expect(carried.finding).toMatchObject({ state: 'rectified', version: 5 });
    expect(carried.history.slice(0, 3)).toEqual(earlier.history);
    expect(carried.history[3]).toMatchObject({
      action: 'carry_over',
      actorRole: 'system',
      fromState: 'rectified',
      toState: 'rectified',
    });
    expect(carried.history[3]!.note).toContain(first.id.slice(0, 8));
    expect(carried.history[1]!.evidence).toEqual([{ description: '接单页面截图', fileName: 'screen.png' }]);
    expect((await detail(next, dismissed!.key)).finding).toMatchObject({ state: 'dismissed', version: 3 });
    expect((await detail(next, disputed!.key)).finding).toMatchObject({ state: 'disputed', version: 3 });
    expect(await detail(next, untouched!.key)).toMatchObject({
      finding: { state: 'new', version: 1 },
      history: [],
    });
    // The dashboard and the list read the new run, with the decisions standing.
    expect(await openOnDashboard(admin)).toBe(open);
    expect((await acrossRuns('state=rectified,dismissed')).items.map((f) => [f.runId, f.key]).sort()).toEqual(
      [
        [next.id, dismissed!.key],
        [next.id, rectified!.key],
      ].sort(),
    );
  });

  it('opens again a closed finding whose amount or evidence changed, and marks a changed open one', async () => {
    const previous = (await acrossRuns('state=rectified,dismissed,disputed&pageSize=10')).items;
    const runId = previous[0]!.runId;
    const byState = Object.fromEntries(previous.map((f) => [f.state, f.key]));
    // The previous official run's findings as if its data had said otherwise: another amount for the rectified
    // finding, other evidence for the disputed one.
    const file = findingsFile(dataDir, runId);
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    await connection.run(
      `COPY (SELECT * REPLACE (
         CASE WHEN key = '${byState.rectified!}' THEN coalesce(amount, 0) + 1 ELSE amount END AS amount,
         CASE WHEN key = '${byState.disputed!}' THEN list_append(evidence, 'X-1') ELSE evidence END AS evidence)
       FROM read_parquet('${file}')) TO '${file}.changed' (FORMAT parquet)`,
    );
    connection.closeSync();
    instance.closeSync();
    await rename(`${file}.changed`, file);

    const next = await finishedRun(admin, [orders, alerts]);
    const reopened = await detail(next, byState.rectified!);
    expect(reopened.finding).toMatchObject({ state: 'new', version: 6 });
    expect(reopened.history.at(-1)).toMatchObject({
      action: 'carry_over',
      fromState: 'rectified',
      toState: 'new',
    });
    expect(reopened.history.at(-1)!.note).toContain('opened again');
    expect(reopened.history.filter((h) => h.action === 'carry_over')).toHaveLength(2);
    const stillDisputed = await detail(next, byState.disputed!);
    expect(stillDisputed.finding.state).toBe('disputed');
    expect(stillDisputed.history.at(-1)!.note).toContain('the amount or evidence changed');
    const unchanged = await detail(next, byState.dismissed!);
    expect(unchanged.finding).toMatchObject({ state: 'dismissed' });
    expect(unchanged.history.at(-1)!.note).not.toContain('changed');
  });

  it('gives a study none of the official run’s reviews', async () => {
    const reviewed = (await acrossRuns('state=dismissed&pageSize=1')).items[0]!;
    const study = await finishedRun(qingpu, [orders, alerts]);
    expect(study.official).toBe(false);
    expect(await detail(study, reviewed.key)).toMatchObject({
      finding: { state: 'new', version: 1 },
      history: [],
    });
  });
});
