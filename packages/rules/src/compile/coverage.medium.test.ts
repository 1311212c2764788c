import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAgreement } from '../agreement/load';
import { loadRowsIntoDuckDb } from '../engines/duckdb';
import { findingFromSqlRow } from '../engines/normalize';
import { createTableSql, insertRowsSql } from '../engines/table';
import { evaluatePlan, type Finding } from '../evaluate/evaluate-plan';
import { parseRow, type RawRow } from '../evaluate/values';
import { dialects } from '../sql/dialects';
import { compileAgreement, planAgreement } from './compile-agreement';
import { coverageOf, districtSpellings, withoutCoverage } from './coverage';

// Real DuckDB and PostgreSQL (PGlite): an agreement checks only the rows it covers — its platform, the districts
// and rider types of its scope, its effective dates — in every shape and engine, exactly as the same clauses
// without a coverage find over those rows alone.
const agreementText = `id: coverage
title: 覆盖范围测试协议
industry: food_delivery
platform: eleme
effective_from: 2025-05-05
effective_to: 2025-05-12
scope: { districts: [Qingpu, "310101"], rider_types: [crowd] }
clauses:
  - { id: penalty, title: 不罚款, text: 不扣款。, check: { dataset: delivery_orders, shape: row, violation: penalty > 0, amount: penalty } }
  - { id: hourly, title: 小时收入, text: 每小时收入不低于最低工资。, rule: fd.min_hourly_pay, params: { min_hourly: 40, min_working_minutes: 30 } }
  - { id: cap, title: 每日时长, text: 每日接单不超过3小时。, rule: fd.daily_time_cap, params: { hard_cap_minutes: 180 } }
  - { id: rest, title: 连续工作休息, text: 连续接单2小时须休息20分钟。, rule: fd.continuous_work_rest, params: { max_continuous_minutes: 120, rest_minutes: 20 } }
  - { id: week, title: 每周休息, text: 每周至少休息一天。, rule: fd.weekly_rest_day, params: { min_rest_days: 4 } }
`;
const agreement = readAgreement(agreementText, 'coverage.yaml').agreement;
const asOf = '2025-06-30';

/** Seeded orders of riders on two platforms over ten days, in districts written every way, some without one. */
function orders(): RawRow[] {
  let seed = 11n;
  const next = (n: number) => {
    seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n;
    return Number((seed >> 33n) % BigInt(n));
  };
  const at = (ms: number) => new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
  const districts = ['青浦区', '青浦', 'qingpu', '310118', '黄浦区', 'Huangpu', null, '徐汇区'];
  const rows: RawRow[] = [];
  for (let rider = 0; rider < 16; rider++) {
    let t = Date.UTC(2025, 4, 3, 6 + next(6), next(60));
    for (let n = 0; n < 200; n++) {
      t += (next(6) === 0 ? 30 + next(700) : next(20)) * 60_000 - (next(5) === 0 ? 10 * 60_000 : 0);
      const end = t + (8 + next(40)) * 60_000;
      rows.push({
        order_id: `o${rider}-${n}`,
        platform: next(3) === 0 ? 'meituan' : 'eleme',
        rider_id: `r${rider}`,
        rider_type: rider % 5 === 0 ? 'dedicated' : rider % 7 === 0 ? null : 'crowd',
        district: districts[(rider + next(3)) % districts.length],
        accepted_at: at(t),
        delivered_at: next(25) === 0 ? null : at(end),
        promised_at: at(end),
        distance_m: 2000,
        status: 'delivered',
        pay: `${2 + next(9)}.50`,
        penalty: next(7) === 0 ? '3' : null,
      });
    }
  }
  return rows;
}

const qingpu = new Set(districtSpellings('qingpu'));
const covered = (row: RawRow) =>
  row.platform === 'eleme' &&
  (qingpu.has(String(row.district)) ||
    ['310101', '黄浦区', '黄浦', 'Huangpu', 'huangpu'].includes(String(row.district))) &&
  row.rider_type === 'crowd' &&
  String(row.accepted_at).slice(0, 10) <= '2025-05-12';

let duck: DuckDBInstance;
let db: DuckDBConnection;
let pg: PGlite;
const all = orders();
const only = all.filter(covered);
beforeAll(async () => {
  duck = await DuckDBInstance.create(':memory:');
  db = await duck.connect();
  pg = await PGlite.create();
  await loadRowsIntoDuckDb(db, 'delivery_orders', all, 'all_orders');
  await loadRowsIntoDuckDb(db, 'delivery_orders', only, 'covered_orders');
  await pg.exec(createTableSql(dialects.postgres, 'delivery_orders', 'all_orders'));
  for (let i = 0; i < all.length; i += 500) {
    const insert = insertRowsSql(dialects.postgres, 'delivery_orders', all.slice(i, i + 500), 'all_orders');
    await pg.query(insert.sql, insert.params);
  }
});
afterAll(async () => {
  db.closeSync();
  duck.closeSync();
  await pg.close();
});

type Counts = [string, number, number, number][];
const countsOf = (rows: Record<string, unknown>[]): Counts =>
  rows
    .filter((r) => r.in_scope !== null && r.in_scope !== undefined)
    .map((r): Counts[number] => [
      String(r.clause_id),
      Number(r.in_scope),
      Number(r.unchecked ?? 0),
      Number(r.findings ?? 0),
    ])
    .sort((a, b) => (a[0] < b[0] ? -1 : 1));

/** Findings and counts of the DuckDB audit statement (both from one statement, as the audit engine runs it). */
async function duckAudit(table: string, withCoverage: boolean) {
  const compiled = compileAgreement(withCoverage ? agreement : withoutCoverage(agreement), {
    dialect: 'duckdb',
    asOf,
    tables: { delivery_orders: table },
  });
  const query = compiled.queries[0]!;
  const rows = (await (
    await db.run(query.audit.sql, query.audit.params as never)
  ).getRowObjectsJson()) as Record<string, unknown>[];
  const findings = rows
    .filter((r) => r.in_scope === null || r.in_scope === undefined)
    .map((r) => findingFromSqlRow(r as Parameters<typeof findingFromSqlRow>[0]))
    .sort(byClauseAndKey);
  return { findings, counts: countsOf(rows) };
}

const byClauseAndKey = (a: Finding, b: Finding) =>
  a.clauseId === b.clauseId ? (a.key < b.key ? -1 : 1) : a.clauseId < b.clauseId ? -1 : 1;

describe('what an agreement covers', () => {
  it('is its platforms, the districts of its scope in any spelling, and its rider types', () => {
    expect(coverageOf(agreement, 'delivery_orders').map((c) => [c.aspect, c.column])).toEqual([
      ['platform', 'platform'],
      ['district', 'district'],
      ['rider_type', 'rider_type'],
    ]);
    expect(districtSpellings('青浦区')).toEqual(['310118', '青浦区', '青浦', 'qingpu', 'Qingpu', 'QINGPU']);
    expect(districtSpellings('Pudong New Area')).toEqual(
      expect.arrayContaining(['310115', '浦东新区', '浦东', 'pudong', 'Pudong New Area']),
    );
    expect(districtSpellings("jing'an")).toEqual(expect.arrayContaining(['310106', '静安区', 'jingan']));
    expect(districtSpellings('310101')).toContain('黄浦区');
    expect(districtSpellings('某新区')).toEqual(['某新区']);
    // Parcels name their brand in `company`; payroll has neither platform nor district, but both name the
    // franchisee a secondary agreement binds.
    const express = { ...agreement, industry: 'express' as const, platform: 'jt' };
    expect(coverageOf(express, 'parcel_deliveries').map((c) => c.column)).toEqual(['company', 'district']);
    expect(coverageOf(express, 'courier_payroll')).toEqual([]);
    // Beside parcels, the audit engine places payroll by the franchisees of the brand's parcels.
    expect(coverageOf(express, 'courier_payroll', ['jt_fr_1', 'jt_fr_2'])).toEqual([
      {
        aspect: 'franchisee',
        column: 'franchisee_id',
        named: ['jt_fr_1', 'jt_fr_2'],
        values: ['jt_fr_1', 'jt_fr_2'],
      },
    ]);
    expect(coverageOf(withoutCoverage(express), 'courier_payroll', ['jt_fr_1'])).toEqual([]);
    const franchisee = { ...express, scope: { franchisees: ['jt_fr_0'] } };
    expect(coverageOf(franchisee, 'parcel_deliveries').map((c) => c.column)).toEqual([
      'company',
      'franchisee_id',
    ]);
    expect(coverageOf(franchisee, 'courier_payroll')).toEqual([
      { aspect: 'franchisee', column: 'franchisee_id', named: ['jt_fr_0'], values: ['jt_fr_0'] },
    ]);
    expect(coverageOf(franchisee, 'delivery_orders').map((c) => c.column)).toEqual(['platform']);
    expect(coverageOf(withoutCoverage(agreement), 'delivery_orders')).toEqual([]);
  });

  it('limits every clause shape to the covered rows on DuckDB, as the clauses find over those rows alone', async () => {
    expect(only.length).toBeGreaterThan(60);
    expect(only.length).toBeLessThan(all.length / 2);
    const scoped = await duckAudit('all_orders', true);
    const alone = await duckAudit('covered_orders', false);
    expect(scoped.counts).toEqual(alone.counts);
    expect(scoped.findings).toEqual(alone.findings);
    // Every clause finds something, so that each shape's coverage is tested, and the whole data finds more.
    expect(new Set(scoped.findings.map((f) => f.clauseId))).toEqual(
      new Set(['penalty', 'hourly', 'cap', 'rest', 'week']),
    );
    const everything = await duckAudit('all_orders', false);
    expect(everything.findings.length).toBeGreaterThan(scoped.findings.length);
  });

  it('gives the same findings and counts on PostgreSQL and in TypeScript', async () => {
    const { findings, counts } = await duckAudit('all_orders', true);
    const tables = { delivery_orders: 'all_orders' };
    const query = compileAgreement(agreement, { dialect: 'postgres', asOf, tables }).queries[0]!;
    const onPg = await pg.query<Parameters<typeof findingFromSqlRow>[0]>(query.sql, [...query.params]);
    expect(onPg.rows.map(findingFromSqlRow).sort(byClauseAndKey)).toEqual(findings);
    const summary = await pg.query<Record<string, unknown>>(query.summary.sql, [...query.summary.params]);
    expect(countsOf(summary.rows)).toEqual(counts);
    const typed = all.map((r, i) => parseRow('delivery_orders', r, i + 1));
    const plans = planAgreement(agreement).flatMap((c) => (c.status === 'applicable' ? [c.plan] : []));
    expect(plans.flatMap((p) => evaluatePlan(p, typed, { asOf })).sort(byClauseAndKey)).toEqual(findings);
  });

  it('needs the columns it names: without districts in the data no clause can be checked', () => {
    const columns = Object.keys(all[0]!).filter((c) => c !== 'district');
    const clauses = planAgreement(agreement, { datasetColumns: { delivery_orders: columns } });
    for (const clause of clauses)
      expect(clause.status === 'not_applicable' && clause.missingColumns).toContain('district');
  });

  it('places payroll by the franchisees given, and covers none when none are: on DuckDB and in TypeScript', async () => {
    const express = readAgreement(
      `id: arrears
title: 派费协议
industry: express
platform: jt
effective_from: 2025-01-01
clauses:
  - { id: arrears, title: 按时足额支付, text: 按时足额支付派费。, rule: ex.wage_arrears }
`,
      'arrears.yaml',
    ).agreement;
    const payroll = ['jt_fr_1', 'zto_fr_1'].map((franchisee) => ({
      franchisee_id: franchisee,
      courier_id: `c_${franchisee}`,
      period: '2025-09',
      amount_due: 3000,
      amount_paid: 1000,
      due_date: '2025-10-15',
    }));
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await loadRowsIntoDuckDb(db, 'courier_payroll', payroll);
    const typed = payroll.map((r, i) => parseRow('courier_payroll', r, i + 1));
    const found = async (franchisees: string[]) => {
      const options = { asOf: '2025-12-01', payrollFranchisees: franchisees };
      const query = compileAgreement(express, { dialect: 'duckdb', ...options }).queries[0]!;
      const rows = await (await db.run(query.sql, query.params as never)).getRowObjectsJson();
      const summary = await (
        await db.run(query.summary.sql, query.summary.params as never)
      ).getRowObjectsJson();
      const plans = planAgreement(express, options).flatMap((c) =>
        c.status === 'applicable' ? [c.plan] : [],
      );
      expect(plans.flatMap((p) => evaluatePlan(p, typed, options)).map((f) => f.key)).toEqual(
        rows.map((r) => r.finding_key),
      );
      return { keys: rows.map((r) => r.finding_key), checked: Number(summary[0]!.in_scope) };
    };
    expect(await found(['jt_fr_1'])).toEqual({ keys: ['jt_fr_1|c_jt_fr_1|2025-09'], checked: 1 });
    expect(await found([])).toEqual({ keys: [], checked: 0 });
    db.closeSync();
    instance.closeSync();
  });
});
