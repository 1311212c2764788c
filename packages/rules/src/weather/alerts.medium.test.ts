import { DuckDBInstance } from '@duckdb/node-api';
import { canonicalDatasets } from '@gigpact/contracts';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreement/load';
import { compileAgreement, planAgreement } from '../compile/compile-agreement';
import { runFindingsOnDuckDb } from '../engines/duckdb';
import { findingFromSqlRow } from '../engines/normalize';
import { evaluatePlan } from '../evaluate/evaluate-plan';
import { parseRow } from '../evaluate/values';
import { attachWeatherAlerts } from './alerts';

// Orders without an alert level take it from weather_alerts: DuckDB, PostgreSQL (PGlite) and TypeScript agree.
const { agreement } = readAgreement(
  `id: w
title: 天气
industry: food_delivery
effective_from: 2025-07-01
clauses:
  - { id: subsidy, title: 天气补贴, text: 预警期间发放补贴, rule: fd.weather_subsidy }
  - { id: exempt, title: 超时免罚, text: 预警期间超时不罚, rule: fd.late_penalty_exemption }
`,
  'w.yaml',
);
const orderColumns = canonicalDatasets.delivery_orders.columns
  .map((c) => c.name)
  .filter((c) => c !== 'weather_alert_level');
const alertColumns = canonicalDatasets.weather_alerts.columns.map((c) => c.name);
const base = {
  platform: 'eleme',
  rider_id: 'r1',
  status: 'delivered',
  distance_m: '1000',
  pay: '6',
  accepted_at: '2025-07-02 10:00',
  promised_at: '2025-07-02 10:30',
  delivered_at: '2025-07-02 10:40',
};
const orders = [
  { ...base, order_id: 'a', district: '浦东新区', created_at: '2025-07-02 10:00' },
  {
    ...base,
    order_id: 'b',
    district: '浦东新区',
    created_at: '2025-07-02 12:00',
    penalty: '2',
    penalty_reason: 'late',
  },
  { ...base, order_id: 'c', district: '徐汇区', created_at: '2025-07-02 10:00', subsidy: '1' },
  { ...base, order_id: 'd', created_at: '2025-07-02 10:00' },
  { ...base, order_id: 'e', district: '浦东新区', created_at: '2025-07-02 11:00' },
];
const alerts = [
  {
    district: '浦东新区',
    kind: 'rainstorm',
    level: '2',
    starts_at: '2025-07-02 09:00',
    ends_at: '2025-07-02 11:00',
  },
  {
    district: '浦东新区',
    kind: 'typhoon',
    level: '3',
    starts_at: '2025-07-02 11:30',
    ends_at: '2025-07-02 13:00',
  },
  {
    district: '徐汇区',
    kind: 'rainstorm',
    level: '2',
    starts_at: '2025-07-02 09:00',
    ends_at: '2025-07-02 11:00',
  },
];
const createTable = (
  columns: string[],
  dataset: 'delivery_orders' | 'weather_alerts',
  typeName: (t: never) => string,
) =>
  `CREATE TABLE ${dataset} (${columns
    .map((c) => {
      const spec = canonicalDatasets[dataset].columns.find((s) => s.name === c)!;
      return `"${c}" ${spec.type === 'money' ? 'DECIMAL(18,4)' : spec.type === 'integer' ? 'INTEGER' : typeName(spec.type as never)}`;
    })
    .join(', ')})`;
const insert = (
  rows: Record<string, unknown>[],
  columns: string[],
  table: string,
  quoteParam: (i: number) => string,
) => {
  const params: (string | null)[] = [];
  const tuples = rows.map(
    (r) =>
      `(${columns.map((c) => (params.push(r[c] === undefined ? null : String(r[c])), quoteParam(params.length))).join(', ')})`,
  );
  return {
    sql: `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES ${tuples.join(', ')}`,
    params,
  };
};
const sqlType = (t: string) =>
  ({ timestamp: 'TIMESTAMP', date: 'DATE', bool: 'BOOLEAN', decimal: 'DECIMAL(38,12)' })[t] ?? 'VARCHAR';

describe('weather alerts joined into orders', () => {
  const datasetColumns = { delivery_orders: orderColumns, weather_alerts: alertColumns };

  it('makes the weather clauses applicable, and every engine finds the same', async () => {
    const statuses = planAgreement(agreement, { datasetColumns }).map((c) => c.status);
    expect(statuses).toEqual(['applicable', 'applicable']);
    expect(planAgreement(agreement, { datasetColumns: { delivery_orders: orderColumns } })[0]).toMatchObject({
      status: 'not_applicable',
      missingColumns: ['weather_alert_level'],
    });

    const cast = (i: number, c: string, dataset: 'delivery_orders' | 'weather_alerts') => {
      const spec = canonicalDatasets[dataset].columns.find((s) => s.name === c)!;
      return `CAST(CAST($${i} AS VARCHAR) AS ${spec.type === 'money' ? 'DECIMAL(18,4)' : spec.type === 'integer' ? 'INTEGER' : sqlType(spec.type)})`;
    };
    const duck = await (await DuckDBInstance.create(':memory:')).connect();
    const lite = await PGlite.create();
    for (const [dataset, columns, rows] of [
      ['delivery_orders', orderColumns, orders],
      ['weather_alerts', alertColumns, alerts],
    ] as const) {
      const ddl = createTable(columns, dataset, sqlType as never);
      await duck.run(ddl);
      await lite.exec(ddl.replaceAll('VARCHAR', 'TEXT').replaceAll('DECIMAL(38,12)', 'NUMERIC(38,12)'));
      const ins = insert(rows as Record<string, unknown>[], columns, dataset, (i) =>
        cast(i, columns[(i - 1) % columns.length]!, dataset),
      );
      await duck.run(ins.sql, ins.params as never);
      await lite.query(ins.sql.replaceAll('AS VARCHAR', 'AS TEXT'), ins.params);
    }
    const onDuck = await runFindingsOnDuckDb(
      duck,
      compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31', datasetColumns }).queries[0]!,
    );
    const pgQuery = compileAgreement(agreement, { dialect: 'postgres', asOf: '2025-12-31', datasetColumns })
      .queries[0]!;
    const onPg = (
      await lite.query<Parameters<typeof findingFromSqlRow>[0]>(pgQuery.sql, [...pgQuery.params])
    ).rows.map(findingFromSqlRow);
    const plans = planAgreement(agreement, { datasetColumns }).flatMap((c) =>
      c.status === 'applicable' ? [c.plan] : [],
    );
    const typed = attachWeatherAlerts(orders, alerts).map((r, i) => parseRow('delivery_orders', r, i + 1));
    const inTs = plans
      .flatMap((p) => evaluatePlan(p, typed, { asOf: '2025-12-31' }))
      .sort((x, y) => (x.clauseId + x.key < y.clauseId + y.key ? -1 : 1));
    await lite.close();
    // a: yellow alert, no subsidy; b: orange alert, late fine; c: subsidy paid; d: no district (unknown); e: alert ended.
    expect(onDuck.map((f) => [f.clauseId, f.key])).toEqual([
      ['exempt', 'b'],
      ['subsidy', 'a'],
      ['subsidy', 'b'],
    ]);
    expect(onPg).toEqual(onDuck);
    expect(inTs).toEqual(onDuck);
  });
});
