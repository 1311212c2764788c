import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreement/load';
import { compileAgreement, planAgreement } from '../compile/compile-agreement';
import { evaluatePlan } from '../evaluate/evaluate-plan';
import { parseRow, type RawRow } from '../evaluate/values';
import { loadRowsIntoDuckDb } from '../engines/duckdb';
import { createTableSql, insertRowsSql } from '../engines/table';
import { dialects } from '../sql/dialects';

// Real DuckDB and PostgreSQL: the weekly rest day, aggregated from the hourly pay's rows per rider and day when
// the agreement has both, finds what it finds on its own.
const clauses = {
  hourly: `  - id: hourly
    title: 小时收入
    text: 每小时收入不低于最低工资。
    rule: fd.min_hourly_pay`,
  weekly: `  - id: weekly
    title: 每周休息
    text: 每周至少休息一天。
    rule: fd.weekly_rest_day`,
  twoRestDays: `  - id: weekly
    title: 每周休息两天
    text: 每周至少休息两天。
    rule: fd.weekly_rest_day
    params: { min_rest_days: 2 }`,
};
const agreementOf = (ids: (keyof typeof clauses)[]) =>
  readAgreement(
    `id: weeks
title: 测试协议
industry: food_delivery
effective_from: 2025-05-06
clauses:
${ids.map((id) => clauses[id]).join('\n')}
`,
    'a.yaml',
  ).agreement;

/**
 * Orders from Monday 2025-05-05 to Tuesday 2025-05-20 (two complete weeks, then two days): riders working
 * every day, every day but one, every day with one day's orders cancelled, every day of the last, incomplete
 * week, and with an order before the agreement's effective date or without a time.
 */
function orders(): RawRow[] {
  const rows: RawRow[] = [];
  const day = (n: number, hour: number) =>
    new Date(Date.UTC(2025, 4, 5 + n, hour)).toISOString().slice(0, 19).replace('T', ' ');
  const order = (rider: string, n: number, hour: number, extra: RawRow = {}) =>
    rows.push({
      order_id: `${rider}-${n}-${hour}`,
      platform: 'eleme',
      rider_id: rider,
      accepted_at: day(n, hour),
      delivered_at: day(n, hour + 1),
      promised_at: day(n, hour + 1),
      distance_m: 2000,
      status: 'delivered',
      pay: '30',
      ...extra,
    });
  for (let n = 0; n < 16; n++) {
    // Every day from Monday: the first week begins before the effective date.
    order('every', n, 9);
    order('every', n, 20);
    if (n % 7 !== 3) order('sixdays', n, 10);
    order('cancelled', n, 11, n === 9 ? { status: 'cancelled' } : {});
    if (n >= 7) order('secondweek', n, 12);
    order('late', n, 23);
  }
  order('notime', 8, 8, { accepted_at: null });
  for (let n = 14; n < 16; n++) order('lastdays', n, 8);
  return rows;
}

async function duckdbRows(ids: (keyof typeof clauses)[]) {
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  await loadRowsIntoDuckDb(db, 'delivery_orders', orders());
  const query = compileAgreement(agreementOf(ids), { dialect: 'duckdb', asOf: '2025-06-30' }).queries[0]!;
  const rows = await (await db.run(query.audit.sql, query.audit.params as never)).getRowObjectsJson();
  db.closeSync();
  instance.closeSync();
  return {
    sql: query.audit.sql,
    weekly: rows.filter((r) => r.clause_id === 'weekly').map((r) => JSON.stringify(r)),
  };
}

async function postgresRows(ids: (keyof typeof clauses)[]) {
  const pg = await PGlite.create();
  await pg.exec(createTableSql(dialects.postgres, 'delivery_orders'));
  const insert = insertRowsSql(dialects.postgres, 'delivery_orders', orders());
  await pg.query(insert.sql, insert.params);
  const query = compileAgreement(agreementOf(ids), { dialect: 'postgres', asOf: '2025-06-30' }).queries[0]!;
  const findings = await pg.query<Record<string, unknown>>(query.sql, [...query.params]);
  const summary = await pg.query<Record<string, unknown>>(query.summary.sql, [...query.summary.params]);
  await pg.close();
  const weekly = (rows: Record<string, unknown>[]) =>
    rows.filter((r) => r.clause_id === 'weekly').map((r) => JSON.stringify(r));
  return { sql: query.sql, findings: weekly(findings.rows), summary: weekly(summary.rows) };
}

describe('a group per worker and week aggregated from the groups per worker and day', () => {
  it('finds on DuckDB what the weekly clause finds on its own', async () => {
    const [both, alone] = [await duckdbRows(['hourly', 'weekly']), await duckdbRows(['weekly'])];
    expect(both.sql).toContain('COUNT(__d) AS __m0, SUM(__rows) AS __rows FROM (SELECT __k0, __k1 AS __d');
    expect(alone.sql).not.toContain('COUNT(__d)');
    const findings = both.weekly.filter((r) => r.includes('"finding_key":"'));
    expect(findings.map((r) => (JSON.parse(r) as { finding_key: string }).finding_key).sort()).toEqual([
      'every|2025-05-12',
      'late|2025-05-12',
      'secondweek|2025-05-12',
    ]);
    expect(both.weekly).toEqual(alone.weekly);
    // The first week began before the agreement (Tuesday 2025-05-06) and the last is incomplete: only the week
    // of 2025-05-12 is checked, for the five riders with orders in it.
    const summary = both.weekly
      .map((r) => JSON.parse(r) as { in_scope: number | null })
      .find((r) => r.in_scope !== null);
    expect(Number(summary?.in_scope)).toBe(5);
  });

  it('finds on PostgreSQL what the weekly clause finds on its own', async () => {
    const [both, alone] = [await postgresRows(['hourly', 'weekly']), await postgresRows(['weekly'])];
    expect(both.sql).toContain('COUNT(__d) AS __m0');
    expect(alone.sql).not.toContain('COUNT(__d)');
    expect(both.findings.length).toBe(3);
    expect(both.summary.length).toBe(1);
    expect(both.findings).toEqual(alone.findings);
    expect(both.summary).toEqual(alone.summary);
    expect(Number((JSON.parse(both.summary[0]!) as { in_scope: number }).in_scope)).toBe(5);
  });

  it('checks only the weeks wholly in force: the same findings on DuckDB and in TypeScript', async () => {
    // Six working days are a finding under two rest days a week: the week of 2025-05-05, which began the day
    // before the agreement, has six working days in force for three riders, yet is not checked.
    const agreement = agreementOf(['hourly', 'twoRestDays']);
    const keys = (rows: string[]) =>
      rows.flatMap((r) => {
        const key = (JSON.parse(r) as { finding_key: string | null }).finding_key;
        return key ? [key] : [];
      });
    const onDuckDb = keys((await duckdbRows(['hourly', 'twoRestDays'])).weekly).sort();
    expect(onDuckDb).toEqual([
      'cancelled|2025-05-12',
      'every|2025-05-12',
      'late|2025-05-12',
      'secondweek|2025-05-12',
      'sixdays|2025-05-12',
    ]);
    const typed = orders().map((r, i) => parseRow('delivery_orders', r, i + 1));
    const weekly = planAgreement(agreement).find((c) => c.clauseId === 'weekly')!;
    if (weekly.status !== 'applicable') throw new Error('the weekly clause applies');
    const inTypeScript = evaluatePlan(weekly.plan, typed, { asOf: '2025-06-30' }).map((f) => f.key);
    expect(inTypeScript.sort()).toEqual(onDuckDb);
  });
});
