import { loadAgreement, type Agreement } from '@gigpact/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../data/analysis-data';
import { duckRows, openDuck, type Duck } from '../stats/duck';
import { evaluateAgreement, type MetricEvaluation } from './evaluate';

let duck: Duck;
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck.close());

/** Ele.me's agreement for crowd-sourced riders only, with its own speed floor and hourly-pay definition. */
const crowdOnly = loadAgreement(
  [
    'id: crowd-test',
    'title: 众包骑手协议',
    'industry: food_delivery',
    'platform: eleme',
    'effective_from: 2025-05-01',
    'scope: { rider_types: [crowd] }',
    'clauses:',
    '  - { id: c1, title: 限速, text: 限速, rule: fd.eta_speed_floor, params: { max_speed_kmh: 12 } }',
    '  - { id: c2, title: 小时收入, text: 小时收入, rule: fd.min_hourly_pay, params: { include_subsidies: false, min_working_minutes: 30 } }',
  ].join('\n'),
  'crowd-test.yaml',
);

interface Order {
  platform: string;
  rider: string;
  type: string;
  day: string;
  late: boolean;
}

/** Orders of 3 km accepted at 10:00, promised 18 minutes later, delivered at 10:10 or (late) 10:40; pay 20 with 5 of subsidy. */
async function loadOrders(orders: Order[]): Promise<AnalysisData> {
  const values = orders.map(
    (o, i) =>
      `('o${i}', '${o.platform}', '${o.rider}', '${o.type}', '青浦区', 'delivered', TIMESTAMP '${o.day} 10:00',
        TIMESTAMP '${o.day} 10:18', TIMESTAMP '${o.day} ${o.late ? '10:40' : '10:10'}', 3000, 20.0, 5.0, 0.0)`,
  );
  await duck.connection
    .run(`CREATE OR REPLACE TABLE delivery_orders AS SELECT * FROM (VALUES ${values.join(', ')})
    t(order_id, platform, rider_id, rider_type, district, status, accepted_at, promised_at, delivered_at, distance_m,
      pay, subsidy, penalty)`);
  const columns = (await duckRows<{ column_name: string }>(duck.connection, 'DESCRIBE delivery_orders')).map(
    (r) => r.column_name,
  );
  return { duck, columns: { delivery_orders: columns }, datasetIds: [], notices: [] };
}

const cell = (m: MetricEvaluation | undefined, arm: string, period: string) =>
  m?.cells.find((c) => c.arm === arm && c.period === period);

/** A whole platform's agreement on lateness from `from` (in force). */
const platformAgreement = (id: string, platform: string, from: string) =>
  loadAgreement(
    [
      `id: ${id}`,
      `title: ${id} 协议`,
      `title_en: ${id} agreement`,
      'industry: food_delivery',
      `platform: ${platform}`,
      `effective_from: ${from}`,
      'status: in_force',
      'clauses:',
      '  - { id: c1, title: 超时, text: 超时, rule: fd.no_late_money_penalty }',
    ].join('\n'),
    `${id}.yaml`,
  );

/**
 * 40 riders of each platform, 25 orders each on 20 April and on 10 May, late about 30 % of the time, except the
 * platforms in `improving`, late about 30 % before 1 May and never after.
 */
async function lateOrders(platforms: string[], improving: string[]): Promise<AnalysisData> {
  const values = platforms.map((p, i) => `('${p}', ${i}, ${improving.includes(p)})`).join(', ');
  await duck.connection.run(`CREATE OR REPLACE TABLE delivery_orders AS
    WITH o AS (
      SELECT p.platform, p.improving, p.n * 40 + r AS r, i, d,
        (CASE WHEN d = 0 THEN DATE '2025-04-20' ELSE DATE '2025-05-10' END) + INTERVAL 10 HOUR AS accepted_at
      FROM (VALUES ${values}) p(platform, n, improving), range(40) a(r), range(25) b(i), range(2) c(d))
    SELECT 'o' || r || '-' || i || '-' || d AS order_id, platform, 'r' || r AS rider_id, 'crowd' AS rider_type,
      '青浦区' AS district, 'delivered' AS status, accepted_at, accepted_at + INTERVAL 18 MINUTE AS promised_at,
      accepted_at + CASE WHEN hash(r, i, d) % 100 < 30 AND NOT (improving AND d = 1) THEN INTERVAL 40 MINUTE
        ELSE INTERVAL 10 MINUTE END AS delivered_at,
      3000 AS distance_m, 20.0 AS pay, 5.0 AS subsidy, 0.0 AS penalty
    FROM o`);
  const columns = (await duckRows<{ column_name: string }>(duck.connection, 'DESCRIBE delivery_orders')).map(
    (r) => r.column_name,
  );
  return { duck, columns: { delivery_orders: columns }, datasetIds: [], notices: [] };
}

const excludesZero = (c: { lo: number | null; hi: number | null } | null | undefined) =>
  c !== null && c !== undefined && c.lo !== null && c.hi !== null && (c.lo > 0 || c.hi < 0);

describe('evaluation arms and parameters', () => {
  it('puts in the covered arm exactly the rows the agreement covers: Ele.me’s crowd-sourced riders', async () => {
    const rows: Order[] = [];
    const add = (platform: string, rider: string, type: string, day: string, late: boolean[]) =>
      late.forEach((l) => rows.push({ platform, rider, type, day, late: l }));
    // Before: the crowd rider is late once in two, the dedicated rider twice, Meituan's crowd rider never.
    add('eleme', 'c1', 'crowd', '2025-04-20', [true, false]);
    add('eleme', 'd1', 'dedicated', '2025-04-20', [true, true]);
    add('meituan', 'm1', 'crowd', '2025-04-20', [false, false]);
    // After: the crowd rider is on time; the dedicated rider still late twice; Meituan's late once.
    add('eleme', 'c1', 'crowd', '2025-05-10', [false, false]);
    add('eleme', 'd1', 'dedicated', '2025-05-10', [true, true]);
    add('meituan', 'm1', 'crowd', '2025-05-10', [true, false]);
    const data = await loadOrders(rows);
    const view = await evaluateAgreement(
      data,
      crowdOnly,
      { platform: null, district: null },
      { replicates: 50, seed: 1, metrics: ['late_rate'] },
    );
    expect(view.treated).toEqual({
      platforms: ['eleme'],
      districts: [],
      riderTypes: ['crowd'],
      franchisees: [],
    });
    expect(view.control).toBe('platforms');
    const late = view.metrics.find((m) => m.key === 'late_rate');
    // Covered: c1 alone, 1/2 then 0/2. Control: d1 and m1, (2 + 0)/4 then (2 + 1)/4.
    expect(cell(late, 'treated', 'before')).toMatchObject({ estimate: 0.5, units: 2, clusters: 1 });
    expect(cell(late, 'treated', 'after')).toMatchObject({ estimate: 0, units: 2, clusters: 1 });
    expect(cell(late, 'control', 'before')).toMatchObject({ estimate: 0.5, units: 4, clusters: 2 });
    expect(cell(late, 'control', 'after')).toMatchObject({ estimate: 0.75, units: 4, clusters: 2 });
    expect(late!.did!.estimate).toBeCloseTo(-0.5 - 0.25, 10);
  });

  it('measures the speed floor and hourly pay with the agreement’s parameters, as its audit does', async () => {
    // One late order: 18 minutes allowed for 3 km; 40 minutes worked for 20 CNY of which 5 is subsidy.
    const data = await loadOrders([
      { platform: 'eleme', rider: 'c1', type: 'crowd', day: '2025-05-10', late: true },
    ]);
    const view = await evaluateAgreement(
      data,
      crowdOnly,
      { platform: null, district: null },
      {
        replicates: 50,
        seed: 1,
        metrics: ['speed_floor_breach_rate', 'hourly_pay_p50', 'below_min_hourly_share'],
      },
    );
    const metric = (key: string) => view.metrics.find((m) => m.key === key);
    // 3 km at 12 km/h + 5 minutes = 20 minutes > 18 (at the default 15 km/h it would be 17, no breach).
    expect(cell(metric('speed_floor_breach_rate'), 'treated', 'after')?.estimate).toBe(1);
    // Subsidies left out: 15 CNY over 40 minutes = 22.5 CNY/h, measured because 40 ≥ 30 working minutes.
    expect(cell(metric('hourly_pay_p50'), 'treated', 'after')?.estimate).toBeCloseTo(22.5, 10);
    expect(cell(metric('below_min_hourly_share'), 'treated', 'after')?.estimate).toBe(1);
  });

  it('stores the worker-days once for the metrics made of them, with the figures each gives alone', async () => {
    const rows: Order[] = [];
    for (const [rider, type, platform] of [
      ['c1', 'crowd', 'eleme'],
      ['c2', 'crowd', 'eleme'],
      ['d1', 'dedicated', 'eleme'],
      ['m1', 'crowd', 'meituan'],
    ] as const)
      for (const day of ['2025-04-20', '2025-04-21', '2025-05-10', '2025-05-11'])
        rows.push({
          platform,
          rider,
          type,
          day,
          late: (rider.charCodeAt(1) + Number(day.slice(-1))) % 2 === 0,
        });
    const data = await loadOrders(rows);
    const perDay = ['hourly_pay_p50', 'below_min_hourly_share', 'rest_compliance'];
    const evaluate = (metrics: string[]) =>
      evaluateAgreement(
        data,
        crowdOnly,
        { platform: null, district: null },
        { replicates: 40, seed: 3, metrics },
      );
    await duck.connection.run(`DROP TABLE IF EXISTS gov_days_0`);
    const together = await evaluate(perDay);
    const stored = await duckRows(
      duck.connection,
      `SELECT table_name FROM duckdb_tables() WHERE temporary AND table_name LIKE 'gov_days%'`,
    );
    expect(stored).toEqual([{ table_name: 'gov_days_0' }]);
    expect(together.metrics.map((m) => m.key)).toEqual(perDay);
    for (const key of perDay) {
      const alone = await evaluate([key]);
      expect(together.metrics.find((m) => m.key === key)).toEqual(alone.metrics[0]);
      expect(alone.metrics[0]!.cells.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives a median of minutes per km an interval of its own width, however far below 0.1', async () => {
    // 120 riders (40 of Ele.me's crowd-sourced, covered; 40 of its dedicated and 40 of Meituan's, control), 30
    // orders each before and after, about 3 km in about 18 minutes: every median is close to 6.0 minutes per km,
    // its spread a few thousandths; the covered riders get 0.03 minutes per km more after.
    await duck.connection.run(`CREATE OR REPLACE TABLE delivery_orders AS
      WITH o AS (
        SELECT r, i, d, CASE WHEN r < 80 THEN 'eleme' ELSE 'meituan' END AS platform,
          CASE WHEN r >= 40 AND r < 80 THEN 'dedicated' ELSE 'crowd' END AS rider_type,
          (CASE WHEN d = 0 THEN DATE '2025-04-20' ELSE DATE '2025-05-10' END) + INTERVAL 10 HOUR AS accepted_at,
          3000 + hash(r, i, d) % 100 AS distance_m
        FROM range(120) a(r), range(30) b(i), range(2) c(d))
      SELECT 'o' || r || '-' || i || '-' || d AS order_id, platform, 'r' || r AS rider_id, rider_type,
        '青浦区' AS district, 'delivered' AS status, accepted_at,
        accepted_at + to_microseconds(CAST(1000000 * (distance_m / 1000.0) * (6 + (hash(r) % 100) / 2000.0
          + CASE WHEN r < 40 AND d = 1 THEN 0.03 ELSE 0 END) * 60 AS BIGINT)) AS promised_at,
        accepted_at + INTERVAL 10 MINUTE AS delivered_at, distance_m, 20.0 AS pay, 5.0 AS subsidy, 0.0 AS penalty
      FROM o`);
    const columns = (
      await duckRows<{ column_name: string }>(duck.connection, 'DESCRIBE delivery_orders')
    ).map((r) => r.column_name);
    const data: AnalysisData = { duck, columns: { delivery_orders: columns }, datasetIds: [], notices: [] };
    const view = await evaluateAgreement(
      data,
      crowdOnly,
      { platform: null, district: null },
      { replicates: 200, seed: 5, metrics: ['allowed_min_per_km_p50'] },
    );
    const metric = view.metrics[0]!;
    const exact = await duckRows<{ arm: string; period: string; v: number }>(
      duck.connection,
      `SELECT CASE WHEN platform = 'eleme' AND rider_type = 'crowd' THEN 'treated' ELSE 'control' END AS arm,
         CASE WHEN accepted_at < DATE '2025-05-01' THEN 'before' ELSE 'after' END AS period,
         quantile_disc(epoch(promised_at - accepted_at) / 60 / (distance_m / 1000.0), 0.5) AS v
       FROM delivery_orders GROUP BY ALL ORDER BY ALL`,
    );
    expect(exact).toHaveLength(4);
    for (const { arm, period, v } of exact) {
      const found = cell(metric, arm, period)!;
      expect(found.estimate).toBe(v);
      expect(found.lo!).toBeLessThan(found.estimate!);
      expect(found.hi!).toBeGreaterThan(found.estimate!);
      expect(found.hi! - found.lo!).toBeLessThan(0.1);
    }
    for (const change of [metric.treatedChange, metric.did!]) {
      expect(change.lo!).toBeLessThan(change.estimate!);
      expect(change.hi!).toBeGreaterThan(change.estimate!);
      expect(change.hi! - change.lo!).toBeLessThan(0.1);
    }
    // The covered riders' 0.03 more, which medians to 0.1 would read as 0 or 0.1.
    expect(metric.did!.lo!).toBeLessThan(0.03);
    expect(metric.did!.hi!).toBeGreaterThan(0.03);
  });

  it('leaves out of the control arm the rows another agreement covers, which changed on the same day', async () => {
    // Ele.me's riders are as late after 1 May as before; Meituan's agreement takes effect the same day and its
    // riders stop being late; JD's carry on.
    const data = await lateOrders(['eleme', 'meituan', 'jd'], ['meituan']);
    const eleme = platformAgreement('eleme-test', 'eleme', '2025-05-01');
    const meituan = platformAgreement('meituan-test', 'meituan', '2025-05-01');
    const evaluate = (others: Agreement[]) =>
      evaluateAgreement(
        data,
        eleme,
        { platform: null, district: null },
        { replicates: 200, seed: 11, metrics: ['late_rate'], otherAgreements: others },
      );
    // Meituan's change in the control arm reads as a significant rise in Ele.me's lateness.
    const spurious = (await evaluate([])).metrics[0]!;
    expect(spurious.did!.estimate!).toBeGreaterThan(0.1);
    expect(excludesZero(spurious.did)).toBe(true);

    const view = await evaluate([eleme, meituan]);
    const late = view.metrics[0]!;
    // The control arm is JD's riders alone, before the effective date too: 1,000 orders a side.
    expect(cell(late, 'control', 'before')).toMatchObject({ units: 1000, clusters: 40 });
    expect(cell(late, 'control', 'after')).toMatchObject({ units: 1000, clusters: 40 });
    expect(Math.abs(late.did!.estimate!)).toBeLessThan(0.05);
    expect(excludesZero(late.did)).toBe(false);
    expect(view.noControl).toBeNull();
    // The agreement evaluated is no other agreement; Meituan's 2,000 orders are left out, and said so.
    expect(view.controlLeftOut).toEqual([
      {
        kind: 'delivery_orders',
        rows: 2000,
        agreements: [
          {
            agreementId: 'meituan-test',
            title: 'meituan-test 协议',
            titleEn: 'meituan-test agreement',
            effectiveFrom: '2025-05-01',
            effectiveTo: null,
            rows: 2000,
          },
        ],
      },
    ]);
  });

  it('keeps in the control arm the rows of an agreement in effect on no day compared', async () => {
    const data = await lateOrders(['eleme', 'meituan', 'jd'], []);
    const later = platformAgreement('meituan-later', 'meituan', '2025-06-01');
    const view = await evaluateAgreement(
      data,
      platformAgreement('eleme-test', 'eleme', '2025-05-01'),
      { platform: null, district: null },
      { replicates: 50, seed: 1, metrics: ['late_rate'], otherAgreements: [later] },
    );
    expect(view.controlLeftOut).toEqual([]);
    expect(cell(view.metrics[0], 'control', 'before')).toMatchObject({ units: 2000, clusters: 80 });
  });

  it('says that there is no control arm when other agreements cover every row the agreement does not', async () => {
    const data = await lateOrders(['eleme', 'meituan'], ['meituan']);
    const view = await evaluateAgreement(
      data,
      platformAgreement('eleme-test', 'eleme', '2025-05-01'),
      { platform: null, district: null },
      {
        replicates: 50,
        seed: 1,
        metrics: ['late_rate', 'rest_compliance'],
        otherAgreements: [platformAgreement('meituan-test', 'meituan', '2025-05-01')],
      },
    );
    expect(view.noControl).toBe('left_out');
    for (const metric of view.metrics) {
      expect(metric.cells.map((c) => c.arm)).toEqual(['treated', 'treated']);
      expect(metric.controlChange).toBeNull();
      expect(metric.did).toBeNull();
    }
    expect(view.controlLeftOut.map((c) => c.rows)).toEqual([2000]);
    // Without other agreements, a representative's platform alone; an agreement of every platform.
    const own = await evaluateAgreement(
      data,
      platformAgreement('eleme-test', 'eleme', '2025-05-01'),
      { platform: 'eleme', district: null },
      { replicates: 50, seed: 1, metrics: ['late_rate'] },
    );
    expect(own.noControl).toBe('scope_platform');
    const everyPlatform = loadAgreement(
      [
        'id: city-test',
        'title: 全市协议',
        'industry: food_delivery',
        'effective_from: 2025-05-01',
        'clauses:',
        '  - { id: c1, title: 超时, text: 超时, rule: fd.no_late_money_penalty }',
      ].join('\n'),
      'city-test.yaml',
    );
    const all = await evaluateAgreement(
      data,
      everyPlatform,
      { platform: null, district: null },
      { replicates: 50, seed: 1, metrics: ['late_rate'] },
    );
    expect(all.noControl).toBe('covers_all');
  });
});
