import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { ScenarioView } from '@gigpact/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoDatasets } from '../../../demo/seed-datasets';
import { testEngines } from '../../../platform/db/testing';
import { createTestApp, signInAs, signInEach, type Signed, type TestApp } from '../../../testing/test-app';
import { settleScenarioRuns } from './run-scenario';

type Outcome = NonNullable<ScenarioView['result']>['baseline'];

describe.each(testEngines)('the negotiation sandbox on %s', (engine) => {
  let t: TestApp;
  let dataDir: string;
  let admin: Signed;
  let qingpu: Signed;

  const get = (who: Signed, url: string) => t.app.inject({ method: 'GET', url, headers: who.headers });
  const post = (who: Signed, payload: unknown) =>
    t.app.inject({
      method: 'POST',
      url: '/api/governance/scenarios',
      headers: who.headers,
      payload: payload as object,
    });
  /** Saves a scenario, waits for its run and reads it back. */
  const run = async (who: Signed, payload: unknown): Promise<ScenarioView> => {
    const created = await post(who, payload);
    expect(created.statusCode, created.body).toBe(201);
    await settleScenarioRuns();
    const done = (await get(who, `/api/governance/scenarios/${(created.json() as ScenarioView).id}`)).json();
    expect(done.status, done.error).toBe('succeeded');
    return done as ScenarioView;
  };
  const clause = (outcome: Outcome, id: string) => outcome.clauses.find((c) => c.clauseId === id)!;
  /** An amount of yuan to the fen, in fen. */
  const fen = (amount: string) => Math.round(Number(amount) * 100);

  /** The stored datasets of a kind, read from their manifests beside the Parquet files. */
  const storedOf = async (kind: string) => {
    const root = join(dataDir, 'datasets');
    const found: { dataFile: string; periodEnd: string | null; platforms: string[] }[] = [];
    for (const id of (await readdir(root)).filter((name) => /^[0-9a-f]{64}$/.test(name))) {
      const manifest = JSON.parse(await readFile(join(root, id, 'manifest.json'), 'utf8'));
      if (manifest.kind === kind)
        found.push({
          dataFile: join(root, id, 'data.parquet'),
          periodEnd: manifest.period.end,
          platforms: manifest.platforms,
        });
    }
    return found;
  };

  beforeAll(async () => {
    t = await createTestApp(engine, () => new Date('2026-11-28T04:00:00Z'));
    dataDir = await mkdtemp(join(tmpdir(), 'gigpact-sandbox-'));
    t.ctx.config = { ...t.ctx.config, dataDir };
    await seedDemoDatasets(t.ctx.db, { dataDir, pseudonymKey: t.ctx.config.pseudonymKey! });
    admin = await signInAs(t.app, 'admin');
    qingpu = await signInAs(t.app, 'qingpu');
  });
  afterAll(async () => {
    await settleScenarioRuns();
    await t.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('runs a district officer’s scenario over the rows of their district only', async () => {
    const proposal = {
      agreementId: 'eleme-shanghai-2025',
      name: '青浦：时速12、小时最低80元',
      params: { c06: { max_speed_kmh: 12 }, c05: { min_hourly: 80 } },
    };
    const scenario = await run(qingpu, proposal);
    const result = scenario.result!;
    expect(result.area).toEqual({ level: 'district', code: '310118', zh: '青浦区', en: 'Qingpu' });
    expect(result.notices).toEqual([]);

    // The same figures computed here from the stored orders: Ele.me's delivered orders in 青浦区 on the
    // agreement's days (from 1 May 2025).
    const files = (await storedOf('delivery_orders')).map((d) => `'${d.dataFile}'`).join(', ');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    const rows = async (sql: string) =>
      (await (await connection.run(sql)).getRowObjectsJson()) as Record<string, string | number | null>[];
    try {
      const orders = `SELECT * FROM read_parquet([${files}], union_by_name = true)
        WHERE platform = 'eleme' AND district = '青浦区' AND accepted_at >= TIMESTAMP '2025-05-01'
          AND status = 'delivered'`;
      const [counted] = await rows(
        `SELECT count(*) AS delivered,
           -- Promised less than 12 km/h plus 5 minutes of handover: distance_m × 300,000 µs + 300,000,000 µs.
           count(*) FILTER (WHERE epoch_us(promised_at - accepted_at) < distance_m * 300000 + 300000000)
             AS below_12,
           count(*) FILTER (WHERE epoch_us(promised_at - accepted_at) < distance_m * 240000 + 300000000)
             AS below_15,
           count(*) FILTER (WHERE penalty_reason = 'bad_review' AND penalty > 0) AS bad_reviews,
           CAST(coalesce(sum(penalty) FILTER (WHERE penalty_reason = 'bad_review' AND penalty > 0), 0)
             AS DECIMAL(18, 2)) AS bad_review_amount
         FROM (${orders})`,
      );
      // Worker-days of at least 60 minutes worked: each rider's orders of a day, overlapping time counted once.
      const intervals = await rows(
        `SELECT rider_id, CAST(CAST(accepted_at AS DATE) AS VARCHAR) AS day, epoch_us(accepted_at) AS s,
           epoch_us(delivered_at) AS e
         FROM (${orders}) WHERE delivered_at >= accepted_at ORDER BY 1, 2, 3, 4`,
      );
      const worked = new Map<string, { end: number; micros: number }>();
      for (const r of intervals) {
        const key = `${r.rider_id}|${r.day}`;
        const [s, e] = [Number(r.s), Number(r.e)];
        const day = worked.get(key) ?? { end: -Infinity, micros: 0 };
        day.micros += Math.max(0, e - Math.max(s, day.end));
        day.end = Math.max(day.end, e);
        worked.set(key, day);
      }
      const workerDays = [...worked.values()].filter((d) => d.micros >= 60 * 60_000_000).length;

      expect(Number(counted!.delivered)).toBeGreaterThan(0);
      for (const outcome of [result.baseline, result.scenario]) {
        expect(clause(outcome, 'c06').checked).toBe(Number(counted!.delivered));
        expect(clause(outcome, 'c09').violations).toBe(Number(counted!.bad_reviews));
        expect(clause(outcome, 'c09').amount).toBe(String(counted!.bad_review_amount));
        expect(outcome.income.workerDays).toBe(workerDays);
        expect(clause(outcome, 'c05').checked).toBe(workerDays);
      }
      expect(clause(result.baseline, 'c06').violations).toBe(Number(counted!.below_15));
      expect(clause(result.scenario, 'c06').violations).toBe(Number(counted!.below_12));
    } finally {
      connection.closeSync();
      instance.closeSync();
    }

    // A district officer cannot read another district's rows; a city officer may choose theirs, with the same
    // figures, and the district's officer sees that scenario too.
    expect((await post(qingpu, { ...proposal, district: '310101' })).statusCode).toBe(403);
    const chosen = await run(admin, { ...proposal, district: '310118' });
    expect(chosen.result).toEqual(result);
    expect((await get(qingpu, `/api/governance/scenarios/${chosen.id}`)).statusCode).toBe(200);
    const unknown = await post(admin, { ...proposal, district: '310199' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.issues.map((i: { path: string[] }) => i.path)).toEqual([['district']]);
  });

  it('gives every amount to the fen, a clause’s as the platform’s cost', async () => {
    const scenario = await run(admin, {
      agreementId: 'eleme-shanghai-2025',
      name: '小时最低80元，补贴不计入',
      params: { c05: { min_hourly: 80, allowance_minutes_per_hour: 6, include_subsidies: false } },
    });
    const { baseline, scenario: changed, area } = scenario.result!;
    expect(area).toEqual({ level: 'city', code: '310000', zh: '上海市', en: 'Shanghai' });
    for (const outcome of [baseline, changed]) {
      for (const c of outcome.clauses) expect(c.amount, c.clauseId).toMatch(/^\d+\.\d{2}$/);
      for (const amount of Object.values(outcome.cost)) expect(amount).toMatch(/^\d+\.\d{2}$/);
    }
    // The pay owed to lift every worker-day to the minimum is what the hourly-pay clause finds owed.
    expect(Number(clause(changed, 'c05').amount)).toBeGreaterThan(0);
    expect(clause(changed, 'c05').amount).toBe(changed.cost.topUpToMinimum);
    // The cost lines hold no money twice: the other clauses' findings are the findings less the top-up.
    for (const { cost } of [baseline, changed])
      expect(fen(cost.topUpToMinimum) + fen(cost.otherFindingsAmount!)).toBe(fen(cost.findingsAmount));
    expect(changed.cost.otherFindingsAmount).toBe(clause(changed, 'c09').amount);
  });

  it('audits the clauses over the pay a proposed pay formula gives', async () => {
    const params = { c05: { min_hourly: 100 } };
    const paid = await run(admin, { agreementId: 'eleme-shanghai-2025', name: '小时最低100元', params });
    const formula = await run(admin, {
      agreementId: 'eleme-shanghai-2025',
      name: '小时最低100元，每单8元加每公里4元',
      params,
      payFormula: { baseCny: 8, perKmCny: 4 },
    });
    const asPaid = paid.result!.scenario;
    const byFormula = formula.result!.scenario;
    expect(Number(byFormula.cost.formulaPay)).toBeGreaterThan(0);
    // The formula lifts some days over the minimum: fewer are below it and less is owed than as paid.
    expect(clause(byFormula, 'c05').violations).toBeLessThan(clause(asPaid, 'c05').violations);
    // The clause, the income and the cost of the formula's column say the same: the same days below the minimum,
    // the same shortfall, and the findings' amount holds the clause's shortfall by the formula.
    for (const outcome of [asPaid, byFormula]) {
      const c05 = clause(outcome, 'c05');
      expect(c05.checked).toBe(outcome.income.workerDays);
      expect(c05.violations).toBe(Math.round(outcome.income.shareBelowMinimum! * outcome.income.workerDays));
      expect(c05.amount).toBe(outcome.cost.topUpToMinimum);
      expect(fen(outcome.cost.findingsAmount)).toBe(
        outcome.clauses.reduce((sum, c) => sum + fen(c.amount), 0),
      );
    }
  });

  it('says when the scenario’s district holds no row the agreement covers', async () => {
    // Ele.me has no rows in 崇明区.
    const orders = await storedOf('delivery_orders');
    const instance = await DuckDBInstance.create(':memory:');
    const connection = await instance.connect();
    try {
      const reader = await connection.run(
        `SELECT count(*)::INT AS n FROM read_parquet([${orders.map((d) => `'${d.dataFile}'`).join(', ')}],
           union_by_name = true) WHERE platform = 'eleme' AND district = '崇明区'`,
      );
      expect(await reader.getRowObjectsJson()).toEqual([{ n: 0 }]);
    } finally {
      connection.closeSync();
      instance.closeSync();
    }
    const scenario = await run(admin, {
      agreementId: 'eleme-shanghai-2025',
      name: '崇明：小时最低30元',
      params: { c05: { min_hourly: 30 } },
      district: '310151',
    });
    const { notices, baseline } = scenario.result!;
    expect(notices).toEqual([
      {
        code: 'no_rows_covered',
        zh: '崇明区的数据中没有协议覆盖的行（协议的平台、区与骑手类型，在其生效期内）：情景没有核查任何一行，下表的数字不说明协议的效果',
        en: 'the data of Chongming holds no row the agreement covers (its platforms, districts and rider types, on the days it is in force): the scenario checked no row, and the figures below say nothing of the agreement',
      },
    ]);
    expect(baseline.clauses.every((c) => c.checked === 0)).toBe(true);
    expect(baseline.income.workerDays).toBe(0);
  });

  it('replays the latest stored data for an agreement that takes effect after the data ends', async () => {
    const { document } = (await get(admin, '/api/agreements/ride-hailing-shanghai-2025')).json();
    const trips = await storedOf('ride_trips');
    const dataEnd = trips
      .map((d) => d.periodEnd!.slice(0, 10))
      .sort()
      .at(-1)!;
    expect(dataEnd < document.effective_from).toBe(true);
    const scenario = await run(admin, {
      agreementId: 'ride-hailing-shanghai-2025',
      name: '网约车',
      params: {},
    });
    // The demo's five weeks are within the latest three months: all of them, read as if it were in force.
    const period = { from: '2025-04-14', to: dataEnd, basis: 'latest_data' };
    expect(scenario.changes.period).toEqual(period);
    expect(scenario.result!.period).toEqual({ ...period, agreementFrom: document.effective_from });
    expect(scenario.result!.notices).toEqual([]);
    expect(scenario.result!.baseline.clauses.some((c) => c.checked > 0)).toBe(true);
  });

  describe('a draft', () => {
    /** A draft of Ele.me taking effect in 2026, its hourly minimum of 80 CNY dated from that day. */
    const draft = (id: string, scope = '') =>
      [
        `id: ${id}`,
        'title: 饿了么2026年协议草案',
        'industry: food_delivery',
        'platform: eleme',
        'effective_from: 2026-01-01',
        ...(scope ? [`scope: { districts: [${scope}] }`] : []),
        'clauses:',
        '  - id: c05',
        '    title: 小时收入',
        '    text: 小时收入不低于80元。',
        '    rule: fd.min_hourly_pay',
        '    params: { min_hourly: [{ from: 2026-01-01, value: 80 }], allowance_minutes_per_hour: 0 }',
        '  - { id: c06, title: 预估时间, text: 预估时间, rule: fd.eta_speed_floor }',
      ].join('\n');
    const save = async (source: string) => {
      const saved = await t.app.inject({
        method: 'POST',
        url: '/api/agreements',
        headers: admin.headers,
        payload: { source },
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect(saved.json().status).toBe('draft');
    };
    beforeAll(async () => {
      await save(draft('eleme-draft-2026'));
      await save(draft('eleme-draft-qingpu-2026', '青浦区'));
    });
    const listed = async (who: Signed) =>
      (await get(who, '/api/governance/sandbox/agreements')).json().items as {
        id: string;
        status: string;
        defaultPeriod: unknown;
      }[];

    it('is replayed over the days before it takes effect, with the values in force on that day', async () => {
      expect((await listed(admin)).find((a) => a.id === 'eleme-draft-2026')).toMatchObject({
        status: 'draft',
        defaultPeriod: { from: '2025-04-14', to: '2025-05-18', basis: 'latest_data' },
      });
      const scenario = await run(admin, {
        agreementId: 'eleme-draft-2026',
        name: '草案：时速12',
        params: { c06: { max_speed_kmh: 12 } },
        from: '2025-04-14',
        to: '2025-04-30',
      });
      const result = scenario.result!;
      expect(result.period).toEqual({
        from: '2025-04-14',
        to: '2025-04-30',
        basis: 'requested',
        agreementFrom: '2026-01-01',
      });
      expect(result.notices).toEqual([]);

      // The same figures computed here from the stored orders: Ele.me's delivered orders accepted from 14 to 30
      // April 2025, their worker-days and those paid below 80 CNY an hour (no allowance, subsidies counted).
      const files = (await storedOf('delivery_orders')).map((d) => `'${d.dataFile}'`).join(', ');
      const instance = await DuckDBInstance.create(':memory:');
      const connection = await instance.connect();
      const rows = async (sql: string) =>
        (await (await connection.run(sql)).getRowObjectsJson()) as Record<string, string | number | null>[];
      try {
        const orders = `SELECT * FROM read_parquet([${files}], union_by_name = true)
          WHERE platform = 'eleme' AND accepted_at >= TIMESTAMP '2025-04-14'
            AND accepted_at < TIMESTAMP '2025-05-01' AND status = 'delivered'`;
        const [counted] = await rows(
          `SELECT count(*) AS delivered,
             count(*) FILTER (WHERE epoch_us(promised_at - accepted_at) < distance_m * 300000 + 300000000)
               AS below_12,
             count(*) FILTER (WHERE epoch_us(promised_at - accepted_at) < distance_m * 240000 + 300000000)
               AS below_15
           FROM (${orders})`,
        );
        // Each worker-day's time worked (overlapping orders counted once) and its net pay in fen.
        const intervals = await rows(
          `SELECT rider_id, CAST(CAST(accepted_at AS DATE) AS VARCHAR) AS day, epoch_us(accepted_at) AS s,
             epoch_us(delivered_at) AS e,
             CAST(round((pay - coalesce(penalty, 0)) * 100) AS BIGINT) AS net_fen
           FROM (${orders}) ORDER BY 1, 2, 3, 4`,
        );
        const days = new Map<string, { end: number; micros: number; fen: number }>();
        for (const r of intervals) {
          const key = `${r.rider_id}|${r.day}`;
          const day = days.get(key) ?? { end: -Infinity, micros: 0, fen: 0 };
          const [s, e] = [Number(r.s), Number(r.e)];
          if (e >= s) {
            day.micros += Math.max(0, e - Math.max(s, day.end));
            day.end = Math.max(day.end, e);
          }
          day.fen += Number(r.net_fen);
          days.set(key, day);
        }
        const checked = [...days.values()].filter((d) => d.micros >= 60 * 60_000_000);
        // Below 80 CNY an hour: fen × 3.6·10⁹ µs < 8,000 fen × µs worked.
        const below = checked.filter((d) => BigInt(d.fen) * 3_600_000_000n < 8_000n * BigInt(d.micros));

        expect(Number(counted!.delivered)).toBeGreaterThan(0);
        expect(below.length).toBeGreaterThan(0);
        for (const outcome of [result.baseline, result.scenario]) {
          expect(clause(outcome, 'c06').checked).toBe(Number(counted!.delivered));
          expect(clause(outcome, 'c05').checked).toBe(checked.length);
          expect(clause(outcome, 'c05').violations).toBe(below.length);
          expect(outcome.income.workerDays).toBe(checked.length);
          expect(outcome.income.minHourly).toBe(80);
        }
        expect(clause(result.baseline, 'c06').violations).toBe(Number(counted!.below_15));
        expect(clause(result.scenario, 'c06').violations).toBe(Number(counted!.below_12));
      } finally {
        connection.closeSync();
        instance.closeSync();
      }

      // Without a period: the latest stored data, every day of the demo's five weeks.
      const latest = await run(admin, { agreementId: 'eleme-draft-2026', name: '草案', params: {} });
      expect(latest.result!.period).toMatchObject({
        from: '2025-04-14',
        to: '2025-05-18',
        basis: 'latest_data',
      });
      expect(clause(latest.result!.baseline, 'c06').checked).toBeGreaterThan(
        clause(result.baseline, 'c06').checked,
      );
    });

    it('is run by the officers the agreements module shows drafts to, a district officer over their district', async () => {
      const { eleme, xujing, huangpu } = await signInEach(t.app, ['eleme', 'xujing', 'huangpu']);
      const proposal = { agreementId: 'eleme-draft-qingpu-2026', name: '青浦草案', params: {} };
      // The union's officers: the city's, and the district's the draft binds.
      expect((await listed(qingpu)).map((a) => a.id)).toEqual(
        expect.arrayContaining(['eleme-draft-2026', 'eleme-draft-qingpu-2026']),
      );
      const own = await run(qingpu, { ...proposal, from: '2025-04-14', to: '2025-04-30' });
      expect(own.result!.area).toMatchObject({ level: 'district', code: '310118' });
      expect(clause(own.result!.baseline, 'c06').checked).toBeGreaterThan(0);
      expect((await post(admin, proposal)).statusCode).toBe(201);
      // A district officer of another district: the draft binds no row there, so it is not offered, and refused.
      expect((await listed(huangpu)).map((a) => a.id)).not.toContain('eleme-draft-qingpu-2026');
      expect((await listed(huangpu)).map((a) => a.id)).toContain('eleme-draft-2026');
      const elsewhere = await post(huangpu, proposal);
      expect(elsewhere.statusCode).toBe(400);
      expect(elsewhere.json().error.issues.map((i: { path: string[] }) => i.path)).toEqual([['agreementId']]);
      // Nor another district's rows for a district officer.
      expect((await post(qingpu, { ...proposal, district: '310101' })).statusCode).toBe(403);
      // The platform's representative never sees the union's draft in the sandbox; a street office has no sandbox.
      for (const who of [eleme, xujing]) {
        expect((await get(who, '/api/governance/sandbox/agreements')).statusCode).toBe(403);
        expect((await post(who, proposal)).statusCode).toBe(403);
      }
    });

    it('refuses a period that starts after it ends, or holds no stored data, naming the field', async () => {
      const base = { agreementId: 'eleme-draft-2026', name: '期间', params: {} };
      const issuesOf = async (period: object) => {
        const response = await post(admin, { ...base, ...period });
        expect(response.statusCode).toBe(400);
        return response.json().error.issues as { path: string[]; zh: string; en: string }[];
      };
      expect(await issuesOf({ from: '2025-05-10', to: '2025-05-01' })).toEqual([
        {
          path: ['from'],
          zh: '回放期间的起始日 from 2025-05-10 晚于结束日 to 2025-05-01',
          en: "the replay period's from 2025-05-10 is after its to 2025-05-01",
        },
      ]);
      expect(await issuesOf({ from: '2025-06-01', to: '2025-06-30' })).toEqual([
        {
          path: ['from'],
          zh: '回放期间 2025-06-01 至 2025-06-30 没有存储数据（from 2025-06-01）：存储的数据为 2025-04-14 至 2025-05-18',
          en: 'there is no stored data from 2025-06-01 to 2025-06-30 (from 2025-06-01): the stored data runs from 2025-04-14 to 2025-05-18',
        },
      ]);
      expect((await issuesOf({ to: '2025-03-31' })).map((i) => i.path)).toEqual([['to']]);
      const [notADay] = await issuesOf({ from: '2025-02-30' });
      expect(notADay!.path).toEqual(['from']);
      expect(notADay!.zh).toContain('YYYY-MM-DD');
    });
  });

  it('takes values by date as an agreement does, and names what it refuses from the top of the body', async () => {
    const scenario = await run(admin, {
      agreementId: 'eleme-shanghai-2025',
      name: '5月10日起小时最低80元',
      params: {
        c05: {
          min_hourly: [
            { from: '2025-05-01', value: 24 },
            { from: '2025-05-10', value: 80 },
          ],
        },
      },
    });
    expect(scenario.changes.params.c05!.min_hourly).toEqual([
      { from: '2025-05-01', value: 24 },
      { from: '2025-05-10', value: 80 },
    ]);
    const throughout = await run(admin, {
      agreementId: 'eleme-shanghai-2025',
      name: '小时最低80元',
      params: { c05: { min_hourly: 80 } },
    });
    const { baseline, scenario: dated } = scenario.result!;
    // The minimum of the last day measured (18 May) is 80; fewer days fall short than with 80 from 1 May.
    expect(dated.income.minHourly).toBe(80);
    const below = (o: Outcome) => clause(o, 'c05').violations;
    expect(below(dated)).toBeGreaterThan(below(baseline));
    expect(below(dated)).toBeLessThan(below(throughout.result!.scenario));

    // A first date after the agreement takes effect leaves its first days without a minimum.
    const late = await post(admin, {
      agreementId: 'eleme-shanghai-2025',
      name: '6月起28元',
      params: { c05: { min_hourly: [{ from: '2025-06-01', value: 28 }] } },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().error.issues).toEqual([
      {
        path: ['params', 'c05', 'min_hourly', 0, 'from'],
        zh: expect.stringContaining('请给出自 2025-05-01 起的取值'),
        en: expect.stringContaining('give it a value from 2025-05-01'),
      },
    ]);
    // A value in no form a parameter takes: the field named as the others are, with the forms it takes.
    const shapeless = await post(admin, {
      agreementId: 'eleme-shanghai-2025',
      name: '格式错误',
      params: { c05: { min_hourly: { from: '2025-05-01' } } },
    });
    expect(shapeless.statusCode).toBe(400);
    expect(shapeless.json().error.issues).toEqual([
      {
        path: ['params', 'c05', 'min_hourly'],
        zh: expect.stringMatching(/^params\.c05\.min_hourly：.*按日期生效的取值列表/),
        en: expect.stringMatching(/^params\.c05\.min_hourly: .*values by date \[\{"from": "YYYY-MM-DD"/),
      },
    ]);
    // A misspelt field is refused, never dropped from a scenario that would then change nothing.
    const misspelt = await post(admin, { agreementId: 'eleme-shanghai-2025', name: 'x', minHourly: 30 });
    expect(misspelt.statusCode).toBe(400);
    expect(misspelt.json().error.issues).toEqual([
      { path: [], zh: expect.stringContaining('"minHourly"'), en: expect.stringContaining('"minHourly"') },
    ]);
  });
});
