import { DuckDBInstance } from '@duckdb/node-api';
import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { readAgreement } from '../agreement/load';
import { loadRowsIntoDuckDb } from '../engines/duckdb';
import { createTableSql, insertRowsSql } from '../engines/table';
import { dialects } from '../sql/dialects';
import { compileAgreement } from './compile-agreement';
import { rideHailingTestAgreement } from './ride-hailing-test-agreement';

// Real DuckDB: the summary statement beside the findings of an agreement.
describe('clause summaries', () => {
  it('count rows in scope, rows left unchecked by an empty needed value, and findings', async () => {
    const { agreement } = readAgreement(rideHailingTestAgreement, 'a.yaml');
    const compiled = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31' });
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const trip = {
      platform: 'didi',
      driver_id: 'd1',
      pickup_at: '2025-09-01 10:00',
      dropoff_at: '2025-09-01 10:30',
      driver_income: 70,
    };
    await loadRowsIntoDuckDb(db, 'ride_trips', [
      { ...trip, trip_id: 'a', passenger_paid: 100 },
      {
        ...trip,
        trip_id: 'b',
        passenger_paid: 90,
        pickup_at: '2025-09-01 11:00',
        dropoff_at: '2025-09-01 11:20',
      },
      { ...trip, trip_id: 'c', pickup_at: '2025-09-01 12:00', dropoff_at: '2025-09-01 12:20' },
    ]);
    const summary = compiled.queries[0]!.summary;
    const rows = await (await db.run(summary.sql, summary.params as never)).getRowObjectsJson();
    db.closeSync();
    instance.closeSync();
    expect(
      rows.map((r) => [r.clause_id, Number(r.in_scope), Number(r.unchecked), Number(r.findings)]),
    ).toEqual([
      ['cap', 3, 1, 1],
      ['custom', 3, 3, 0],
      ['fatigue', 3, 0, 0],
    ]);
  });

  it('check an order with an empty penalty as one without a penalty, and leave a fine of unknown cause unchecked', async () => {
    const { agreement } = readAgreement(
      `id: fines
title: 罚款测试协议
industry: food_delivery
effective_from: 2025-01-01
clauses:
  - id: late
    title: 取消超时罚款
    text: 不因超时扣款。
    rule: fd.no_late_money_penalty
  - id: review
    title: 差评不扣款
    text: 不因差评扣款。
    rule: fd.bad_review_no_deduction
`,
      'fines.yaml',
    );
    const query = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31' }).queries[0]!;
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const order = { platform: 'eleme', rider_id: 'r1', status: 'delivered', accepted_at: '2025-09-01 10:00' };
    await loadRowsIntoDuckDb(db, 'delivery_orders', [
      { ...order, order_id: 'none' },
      { ...order, order_id: 'late', penalty_reason: 'late', penalty: 2 },
      { ...order, order_id: 'late-empty', penalty_reason: 'late' },
      { ...order, order_id: 'unknown-cause', penalty: 3 },
    ]);
    const rows = await (await db.run(query.summary.sql, query.summary.params as never)).getRowObjectsJson();
    db.closeSync();
    instance.closeSync();
    expect(
      rows.map((r) => [r.clause_id, Number(r.in_scope), Number(r.unchecked), Number(r.findings)]),
    ).toEqual([
      ['late', 4, 1, 1],
      ['review', 4, 1, 0],
    ]);
  });

  it('leave a late fine unchecked when only an empty alert level could exempt it, and read an absent level as none', async () => {
    const { agreement } = readAgreement(
      `id: exempt
title: 免罚测试协议
industry: food_delivery
effective_from: 2025-01-01
clauses:
  - id: exempt
    title: 超时免罚
    text: 恶劣天气等原因超时不扣款。
    rule: fd.late_penalty_exemption
`,
      'exempt.yaml',
    );
    const order = {
      platform: 'eleme',
      rider_id: 'r1',
      status: 'delivered',
      accepted_at: '2025-09-01 10:00',
      penalty_reason: 'late',
      penalty: 2,
    };
    const orders = [
      { ...order, order_id: 'reason', delay_reason: 'weather' },
      {
        ...order,
        order_id: 'wait',
        arrived_merchant_at: '2025-09-01 10:05',
        merchant_ready_at: '2025-09-01 10:15',
      },
      { ...order, order_id: 'unknown' },
      { ...order, order_id: 'none', weather_alert_level: 0 },
      { ...order, order_id: 'alert', weather_alert_level: 3 },
    ];
    const counts = async (datasetColumns?: { delivery_orders: string[] }) => {
      const options = {
        dialect: 'duckdb',
        asOf: '2025-12-31',
        ...(datasetColumns ? { datasetColumns } : {}),
      } as const;
      const query = compileAgreement(agreement, options).queries[0]!;
      const instance = await DuckDBInstance.create(':memory:');
      const db = await instance.connect();
      await loadRowsIntoDuckDb(db, 'delivery_orders', orders);
      const rows = await (await db.run(query.summary.sql, query.summary.params as never)).getRowObjectsJson();
      db.closeSync();
      instance.closeSync();
      return rows.map((r) => [Number(r.in_scope), Number(r.unchecked), Number(r.findings)]);
    };
    // The column is there: 'unknown' has neither an exempting reason nor a known level.
    expect(await counts()).toEqual([[5, 1, 3]]);
    // The data has no alert column at all (and no weather alerts): every order counts as without an alert.
    const columns = [...new Set(orders.flatMap((o) => Object.keys(o)))].filter(
      (c) => c !== 'weather_alert_level',
    );
    expect(await counts({ delivery_orders: columns })).toEqual([[5, 0, 2]]);
  });

  it('come out the same, with the same findings, when computed in one statement with them', async () => {
    const { agreement } = readAgreement(
      rideHailingTestAgreement.replace(
        '  - id: note',
        `  - id: daily
    title: 每日时长
    text: 每日在线不超过12小时。
    rule: rh.fatigue_daily
  - id: hourly
    title: 小时收入
    text: 每小时收入不低于最低工资。
    rule: rh.min_hourly_pay
  - id: note`,
      ),
      'a.yaml',
    );
    const query = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31' }).queries[0]!;
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    // One driver without a rest for 13 hours (25-minute trips, 5 minutes apart), another paid 12 yuan an hour.
    const trips = Array.from({ length: 26 }, (_, n) => {
      const start = new Date(Date.UTC(2025, 8, 1, 6, 30 * n));
      const at = (d: Date) => d.toISOString().slice(0, 16).replace('T', ' ');
      return {
        platform: 'didi',
        driver_id: 'd1',
        trip_id: `t${n}`,
        pickup_at: at(start),
        dropoff_at: at(new Date(start.getTime() + 25 * 60_000)),
        passenger_paid: 100,
        driver_income: n % 3 === 0 ? 60 : 80,
      };
    });
    await loadRowsIntoDuckDb(db, 'ride_trips', [
      ...trips,
      ...['10', '11'].map((hour) => ({
        platform: 'didi',
        driver_id: 'd2',
        trip_id: `u${hour}`,
        pickup_at: `2025-09-02 ${hour}:00`,
        dropoff_at: `2025-09-02 ${hour}:50`,
        driver_income: 10,
      })),
    ]);
    const rowsOf = async (sql: string, params: readonly unknown[]) =>
      (await (await db.run(sql, params as never)).getRowObjectsJson()).map((r) => JSON.stringify(r));
    const findings = await rowsOf(
      `SELECT clause_id, finding_key, evidence, amount, CAST(computed AS VARCHAR) AS computed FROM (${query.sql})`,
      query.params,
    );
    const summary = await rowsOf(
      `SELECT clause_id, in_scope, unchecked, findings FROM (${query.summary.sql})`,
      query.summary.params,
    );
    // The fatigue clause's pass over a driver's trips is folded into the daily groups' aggregate.
    expect(query.audit.sql).toMatch(/g\d+_all AS MATERIALIZED/);
    const combined = `(${query.audit.sql})`;
    const together = {
      findings: await rowsOf(
        `SELECT clause_id, finding_key, evidence, amount, CAST(computed AS VARCHAR) AS computed FROM ${combined} WHERE in_scope IS NULL`,
        query.audit.params,
      ),
      summary: await rowsOf(
        `SELECT clause_id, in_scope, unchecked, findings FROM ${combined} WHERE in_scope IS NOT NULL ORDER BY clause_id`,
        query.audit.params,
      ),
    };
    db.closeSync();
    instance.closeSync();
    const found = new Set(findings.map((f) => (JSON.parse(f) as { clause_id: string }).clause_id));
    expect([...found].sort()).toEqual(['cap', 'daily', 'fatigue', 'hourly']);
    expect(summary).toHaveLength(5);
    expect(together).toEqual({ findings, summary });
  });

  it('leave out of the hourly minimum a worker-day shorter than its least working minutes, on DuckDB and PostgreSQL', async () => {
    const { agreement } = readAgreement(
      rideHailingTestAgreement.replace(
        '  - id: note',
        `  - id: hourly
    title: 小时收入
    text: 每小时收入不低于最低工资。
    rule: rh.min_hourly_pay
  - id: note`,
      ),
      'a.yaml',
    );
    const trip = (driver: string, id: string, day: string, from: string, to: string, income: number) => ({
      platform: 'didi',
      driver_id: driver,
      trip_id: id,
      pickup_at: `${day} ${from}`,
      dropoff_at: `${day} ${to}`,
      passenger_paid: income * 1.25,
      driver_income: income,
    });
    const trips = [
      // 100 minutes paid 20: checked, below the minimum.
      trip('d1', 'a', '2025-09-01', '10:00', '10:50', 10),
      trip('d1', 'b', '2025-09-01', '11:00', '11:50', 10),
      // 30 minutes paid 2: below the minimum, but too short a day to be checked.
      trip('d2', 'c', '2025-09-01', '10:00', '10:30', 2),
      // Exactly the least 60 minutes, paid 40: checked, no finding.
      trip('d3', 'd', '2025-09-02', '09:00', '10:00', 40),
    ];
    const hourly = (rows: Record<string, unknown>[]) =>
      rows
        .filter((r) => r.clause_id === 'hourly' && r.in_scope !== null && r.in_scope !== undefined)
        .map((r) => [Number(r.in_scope), Number(r.unchecked), Number(r.findings)]);

    const duck = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31' }).queries[0]!;
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await loadRowsIntoDuckDb(db, 'ride_trips', trips);
    const onDuck = async (statement: { sql: string; params: readonly unknown[] }) =>
      (await (await db.run(statement.sql, statement.params as never)).getRowObjectsJson()) as Record<
        string,
        unknown
      >[];
    const found = (await onDuck(duck)).filter((r) => r.clause_id === 'hourly').map((r) => r.finding_key);
    expect(found).toEqual(['d1|2025-09-01']);
    expect(hourly(await onDuck(duck.summary))).toEqual([[2, 0, 1]]);
    expect(hourly(await onDuck(duck.audit))).toEqual([[2, 0, 1]]);
    db.closeSync();
    instance.closeSync();

    const pg = await PGlite.create();
    await pg.exec(createTableSql(dialects.postgres, 'ride_trips'));
    const insert = insertRowsSql(dialects.postgres, 'ride_trips', trips);
    await pg.query(insert.sql, insert.params);
    const summary = compileAgreement(agreement, { dialect: 'postgres', asOf: '2025-12-31' }).queries[0]!
      .summary;
    const onPg = await pg.query<Record<string, unknown>>(summary.sql, [...summary.params]);
    await pg.close();
    expect(hourly(onPg.rows)).toEqual([[2, 0, 1]]);
  });

  it('list a row that occurs twice twice, in one statement as in two', async () => {
    const { agreement } = readAgreement(rideHailingTestAgreement, 'a.yaml');
    const query = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31' }).queries[0]!;
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    // The same over-commissioned trip twice (an export that repeats a row), and one fine trip.
    const trip = {
      platform: 'didi',
      driver_id: 'd1',
      trip_id: 'a',
      pickup_at: '2025-09-01 10:00',
      dropoff_at: '2025-09-01 10:30',
      passenger_paid: 100,
      driver_income: 60,
    };
    await loadRowsIntoDuckDb(db, 'ride_trips', [
      trip,
      trip,
      {
        ...trip,
        trip_id: 'b',
        pickup_at: '2025-09-01 11:00',
        dropoff_at: '2025-09-01 11:20',
        driver_income: 80,
      },
    ]);
    const rowsOf = async (sql: string, params: readonly unknown[]) =>
      (await (await db.run(sql, params as never)).getRowObjectsJson()).map((r) => JSON.stringify(r));
    const findings = await rowsOf(
      `SELECT clause_id, finding_key, amount FROM (${query.sql}) WHERE clause_id = 'cap'`,
      query.params,
    );
    const together = await rowsOf(
      `SELECT clause_id, finding_key, amount FROM (${query.audit.sql}) WHERE clause_id = 'cap' AND in_scope IS NULL`,
      query.audit.params,
    );
    const counts = await rowsOf(
      `SELECT in_scope, findings FROM (${query.audit.sql}) WHERE clause_id = 'cap' AND in_scope IS NOT NULL`,
      query.audit.params,
    );
    db.closeSync();
    instance.closeSync();
    expect(findings).toHaveLength(2);
    expect(together).toEqual(findings);
    expect(counts.map((c) => JSON.parse(c) as object)).toEqual([{ in_scope: '3', findings: '2' }]);
  });
});
