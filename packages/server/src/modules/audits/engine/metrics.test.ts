import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import {
  auditColumnLabel,
  auditMetricTableLabels,
  canonicalDatasets,
  datasetKinds,
  type ColumnType,
} from '@gigpact/contracts';
import { compileAgreement, loadAgreement } from '@gigpact/rules';
import { describe, expect, it } from 'vitest';
import { computeMetrics } from './metrics';

const duckTypes: Record<ColumnType, string> = {
  string: 'VARCHAR',
  timestamp: 'TIMESTAMP',
  date: 'DATE',
  money: 'DECIMAL(18, 4)',
  integer: 'BIGINT',
  decimal: 'DOUBLE',
  bool: 'BOOLEAN',
  enum: 'VARCHAR',
};

/** Runs `use` on a fresh in-memory DuckDB connection, closed afterwards. */
async function withConnection(use: (connection: DuckDBConnection) => Promise<void>): Promise<void> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await use(connection);
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** A food-delivery agreement in force from 2025-05-01 with the given clauses (YAML list items). */
const agreementWith = (clauses: string) =>
  loadAgreement(
    `id: metrics-test
title: 指标测试协议
industry: food_delivery
effective_from: 2025-05-01
version: '1'
status: in_force
parties: [{ name: u, role: union }, { name: p, role: platform }]
clauses:
${clauses}`,
    'metrics-test.yaml',
  );

const columnsOf = async (connection: DuckDBConnection, table: string) =>
  (await (await connection.run(`DESCRIBE ${table}`)).getRowObjectsJson()).map((r) => String(r.column_name));

describe('audit metrics', () => {
  it('names every table and column it reports in Chinese and English', async () => {
    await withConnection(async (connection) => {
      for (const kind of datasetKinds) {
        const columns = canonicalDatasets[kind].columns;
        await connection.run(
          `CREATE TABLE ${kind} (${columns.map((c) => `${c.name} ${duckTypes[c.type]}`).join(', ')})`,
        );
        await connection.run(`INSERT INTO ${kind} DEFAULT VALUES`);
      }
      // A delivered order: the delivery figures are of delivered orders only.
      await connection.run(`UPDATE delivery_orders SET status = 'delivered'`);
      const columns = Object.fromEntries(
        datasetKinds.map((k) => [k, canonicalDatasets[k].columns.map((c) => c.name)]),
      );
      // With an agreement that has a commission cap of its own, the rides table has one more column.
      const capped = loadAgreement(
        `id: capped\ntitle: 上限\nindustry: ride_hailing\neffective_from: 2025-05-01\nclauses:\n  - { id: cap, title: 上限, text: 上限, rule: rh.commission_cap }`,
        'capped.yaml',
      );
      for (const agreement of [undefined, capped]) {
        const metrics = await computeMetrics(connection, columns, agreement);
        expect(Object.keys(metrics).sort()).toEqual(Object.keys(auditMetricTableLabels).sort());
        expect('share_above_cap' in metrics.rides![0]!).toBe(agreement !== undefined);
        for (const [table, rows] of Object.entries(metrics)) {
          expect(rows.length, table).toBe(1);
          for (const column of Object.keys(rows[0]!)) {
            const label = auditColumnLabel(column);
            expect(label?.zh, `${table}.${column}`).toMatch(/\S/);
            expect(label?.en, `${table}.${column}`).toMatch(/^[A-Z0-9]/);
            expect(label?.en, `${table}.${column}`).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
          }
        }
      }
    });
  });

  it('totals the arrears of courier payroll per month of the due date', async () => {
    await withConnection(async (connection) => {
      await connection.run(`CREATE TABLE courier_payroll AS SELECT * FROM (VALUES
      ('fr_1', 'c1', '2025-09', 3000.00::DECIMAL(18, 4), 3000.00::DECIMAL(18, 4), DATE '2025-10-15'),
      ('fr_1', 'c2', '2025-09', 2800.50::DECIMAL(18, 4), 1000.25::DECIMAL(18, 4), DATE '2025-10-15'),
      ('fr_2', 'c3', '2025-09', 2500.00::DECIMAL(18, 4), 0.00::DECIMAL(18, 4), DATE '2025-10-15'),
      ('fr_2', 'c3', '2025-10', 2500.00::DECIMAL(18, 4), 2600.00::DECIMAL(18, 4), DATE '2025-11-15')
    ) t(franchisee_id, courier_id, period, amount_due, amount_paid, due_date)`);
      const { payroll } = await computeMetrics(connection, {
        courier_payroll: ['franchisee_id', 'courier_id', 'period', 'amount_due', 'amount_paid', 'due_date'],
      });
      expect(payroll).toEqual([
        {
          platform: null,
          month: '2025-10',
          pay_lines: 3,
          couriers: 3,
          franchisees: 2,
          short_paid_lines: 2,
          arrears_total: '4300.2500',
        },
        {
          platform: null,
          month: '2025-11',
          pay_lines: 1,
          couriers: 1,
          franchisees: 1,
          short_paid_lines: 0,
          arrears_total: '0.0000',
        },
      ]);
    });
  });

  it('reports its progress in hundredths of its tables, each from its start, never the whole before it ends', async () => {
    await withConnection(async (connection) => {
      await connection.run(`CREATE TABLE courier_payroll AS SELECT 'fr_' || (i % 7) AS franchisee_id,
        'c' || i AS courier_id, '2025-09' AS period, 3000.00::DECIMAL(18, 4) AS amount_due,
        0.00::DECIMAL(18, 4) AS amount_paid, DATE '2025-10-15' AS due_date FROM range(1000) r(i)`);
      await connection.run(`CREATE TABLE parcel_deliveries AS SELECT 'p' || i AS parcel_id, 'jt' AS company,
        'fr_' || (i % 7) AS franchisee_id, 'c' || i AS courier_id, TIMESTAMP '2025-09-01 10:00:00' AS delivered_at,
        1.20::DECIMAL(18, 4) AS hq_fee, 0.50::DECIMAL(18, 4) AS courier_fee FROM range(1000) r(i)`);
      const reported: [number, number][] = [];
      await computeMetrics(
        connection,
        {
          courier_payroll: ['franchisee_id', 'courier_id', 'period', 'amount_due', 'amount_paid', 'due_date'],
          parcel_deliveries: [
            'parcel_id',
            'company',
            'franchisee_id',
            'courier_id',
            'delivered_at',
            'hq_fee',
            'courier_fee',
          ],
        },
        undefined,
        {},
        undefined,
        (done, total) => reported.push([done, total]),
      );
      // Parcels, then payroll: two tables of a hundred steps each, each reported as it starts.
      expect(reported[0]).toEqual([0, 200]);
      expect(reported).toContainEqual([100, 200]);
      for (const [i, [done, total]] of reported.entries()) {
        expect(total).toBe(200);
        expect(done).toBeLessThan(200);
        if (i > 0) expect(done).toBeGreaterThanOrEqual(reported[i - 1]![0]);
      }
    });
  });

  it('counts as arrears only the pay lines past their deadline on the as-of date, as ex.wage_arrears finds them', async () => {
    await withConnection(async (connection) => {
      // As of 2025-08-15: c1 is five days overdue, c2 falls due that very day, c3 only on 08-20, c4 was paid in
      // full; c5 is July's, long overdue.
      await connection.run(`CREATE TABLE courier_payroll AS SELECT * FROM (VALUES
      ('fr_1', 'c1', '2025-07', 3000.00::DECIMAL(18, 4), 1000.00::DECIMAL(18, 4), DATE '2025-08-10'),
      ('fr_1', 'c2', '2025-07', 2500.00::DECIMAL(18, 4), 2000.00::DECIMAL(18, 4), DATE '2025-08-15'),
      ('fr_1', 'c3', '2025-07', 2500.00::DECIMAL(18, 4), 0.00::DECIMAL(18, 4), DATE '2025-08-20'),
      ('fr_2', 'c4', '2025-07', 2000.00::DECIMAL(18, 4), 2000.00::DECIMAL(18, 4), DATE '2025-08-14'),
      ('fr_2', 'c5', '2025-06', 1800.00::DECIMAL(18, 4), 1700.00::DECIMAL(18, 4), DATE '2025-07-31')
    ) t(franchisee_id, courier_id, period, amount_due, amount_paid, due_date)`);
      const columns = { courier_payroll: await columnsOf(connection, 'courier_payroll') };
      const arrears = async (asOf?: string, agreement?: ReturnType<typeof loadAgreement>) =>
        (await computeMetrics(connection, columns, agreement, {}, asOf)).payroll!.map((r) => [
          r.month,
          r.pay_lines,
          r.short_paid_lines,
          r.arrears_total,
        ]);
      // Without an as-of date every short-paid line counts.
      expect(await arrears()).toEqual([
        ['2025-07', 1, 1, '100.0000'],
        ['2025-08', 4, 3, '5000.0000'],
      ]);
      // As of 08-15 the lines due on 08-15 and 08-20 owe nothing yet; they are still pay lines.
      expect(await arrears('2025-08-15')).toEqual([
        ['2025-07', 1, 1, '100.0000'],
        ['2025-08', 4, 1, '2000.0000'],
      ]);
      // The agreement's grace days move the deadline: five days leave c1 due until the end of 08-15.
      const withGrace = (days: number) =>
        loadAgreement(
          `id: arrears-test
title: 欠薪测试协议
industry: express
effective_from: 2025-05-01
clauses:
  - { id: wages, title: 工资, text: 按时足额发放, rule: ex.wage_arrears, params: { grace_days: ${days} } }
`,
          'arrears-test.yaml',
        );
      for (const [days, expected] of [
        [4, ['2025-08', 4, 1, '2000.0000']],
        [5, ['2025-08', 4, 0, '0.0000']],
      ] as const) {
        const agreement = withGrace(days);
        const rows = await arrears('2025-08-15', agreement);
        expect(rows[1], `grace ${days}`).toEqual(expected);
        // The same lines and amounts as the clause finds.
        const query = compileAgreement(agreement, {
          dialect: 'duckdb',
          asOf: '2025-08-15',
          datasetColumns: columns,
        }).queries[0]!;
        const found = await (
          await connection.run(
            `SELECT count(*) FILTER (WHERE amount > 0)::INT AS lines, CAST(coalesce(sum(amount), 0) AS DECIMAL(18, 4))::VARCHAR AS total FROM (${query.sql})`,
            query.params as never,
          )
        ).getRowObjectsJson();
        const total = rows.reduce((sum, r) => sum + Number(r[3]), 0);
        expect(found[0], `grace ${days}`).toEqual({
          lines: rows.reduce((sum, r) => sum + Number(r[2]), 0),
          total: total.toFixed(4),
        });
      }
    });
  });

  it('counts a trip charged exactly 27 % as not above it, a fen more as above', async () => {
    await withConnection(async (connection) => {
      // 2.97 of 11.00 is exactly 27 %; the difference and its quotient in floating point exceed it.
      await connection.run(`CREATE TABLE ride_trips AS SELECT * FROM (VALUES
      ('t1', 'didi', 'd1', TIMESTAMP '2025-09-01 08:00', 11.00::DECIMAL(18, 4), 8.03::DECIMAL(18, 4), 0.00::DECIMAL(18, 4)),
      ('t2', 'didi', 'd1', TIMESTAMP '2025-09-01 09:00', 11.00::DECIMAL(18, 4), 8.02::DECIMAL(18, 4), 0.00::DECIMAL(18, 4)),
      ('t3', 'didi', 'd1', TIMESTAMP '2025-09-01 10:00', 100.00::DECIMAL(18, 4), 73.00::DECIMAL(18, 4), 0.00::DECIMAL(18, 4)),
      ('t4', 'didi', 'd1', TIMESTAMP '2025-09-01 11:00', 0.00::DECIMAL(18, 4), 0.00::DECIMAL(18, 4), 0.00::DECIMAL(18, 4))
    ) t(trip_id, platform, driver_id, pickup_at, passenger_paid, driver_income, refund)`);
      const { rides } = await computeMetrics(connection, {
        ride_trips: [
          'trip_id',
          'platform',
          'driver_id',
          'pickup_at',
          'passenger_paid',
          'driver_income',
          'refund',
        ],
      });
      // Of the three trips with a fare, only the one charged a fen more than 27 % is above.
      expect(rides![0]!.share_above_27pct).toBe(0.3333);
      expect(rides![0]!.trips).toBe(4);
    });
  });

  it('measures trips above the agreement’s own cap on each trip’s day, beside the 27 % yardstick', async () => {
    await withConnection(async (connection) => {
      // Commissions of 20 %, 26 % and 28 % on 2025-09-01, and of 26 % on 2025-10-01.
      await connection.run(`CREATE TABLE ride_trips AS SELECT * FROM (VALUES
      ('t1', 'didi', 'd1', TIMESTAMP '2025-09-01 08:00', 100.00::DECIMAL(18, 4), 80.00::DECIMAL(18, 4)),
      ('t2', 'didi', 'd1', TIMESTAMP '2025-09-01 09:00', 100.00::DECIMAL(18, 4), 74.00::DECIMAL(18, 4)),
      ('t3', 'didi', 'd1', TIMESTAMP '2025-09-01 10:00', 100.00::DECIMAL(18, 4), 72.00::DECIMAL(18, 4)),
      ('t4', 'didi', 'd1', TIMESTAMP '2025-10-01 10:00', 100.00::DECIMAL(18, 4), 74.00::DECIMAL(18, 4))
    ) t(trip_id, platform, driver_id, pickup_at, passenger_paid, driver_income)`);
      const columns = { ride_trips: await columnsOf(connection, 'ride_trips') };
      const rides = async (clauses: string) => {
        const agreement = loadAgreement(
          `id: cap-test
title: 抽成上限测试
industry: ride_hailing
effective_from: 2025-09-01
version: '1'
status: in_force
parties: [{ name: u, role: union }, { name: p, role: platform }]
clauses:
${clauses}`,
          'cap-test.yaml',
        );
        const { rides } = await computeMetrics(connection, columns, agreement);
        return rides!.map((r) => [r.month, r.share_above_27pct, r.share_above_cap]);
      };
      const capClause = (cap: string) =>
        `  - { id: cap, title: 抽成上限, text: 抽成上限, rule: rh.commission_cap, params: { cap: ${cap} } }`;
      // A cap of 25 % finds the trips charged 26 % above it; the city's 27 % does not.
      expect(await rides(capClause('0.25'))).toEqual([
        ['2025-09', 0.3333, 0.6667],
        ['2025-10', 0, 1],
      ]);
      expect(await rides(capClause('0.27'))).toEqual([
        ['2025-09', 0.3333, 0.3333],
        ['2025-10', 0, 0],
      ]);
      // A cap lowered to 25 % from 2025-10-01 holds on the trips from that day only.
      expect(
        await rides(capClause("[{ from: '2025-09-01', value: 0.27 }, { from: '2025-10-01', value: 0.25 }]")),
      ).toEqual([
        ['2025-09', 0.3333, 0.3333],
        ['2025-10', 0, 1],
      ]);
      // An agreement without a commission-cap clause has no cap of its own: the figure is absent.
      const { rides: without } = await computeMetrics(connection, columns);
      expect(without![0]).not.toHaveProperty('share_above_cap');
      const bill = `  - { id: bill, title: 账单, text: 账单, rule: rh.bill_transparency }`;
      const { rides: billOnly } = await computeMetrics(
        connection,
        columns,
        loadAgreement(
          `id: bill-test\ntitle: 账单测试\nindustry: ride_hailing\neffective_from: 2025-09-01\nclauses:\n${bill}`,
          'bill-test.yaml',
        ),
      );
      expect(billOnly![0]).not.toHaveProperty('share_above_cap');
      // Where the clause counts the platform's coupon as paid, 26 of 100 paid plus a 10 coupon is 36 of 110.
      await connection.run(`CREATE OR REPLACE TABLE ride_trips AS SELECT * FROM (VALUES
      ('t1', 'didi', 'd1', TIMESTAMP '2025-09-01 08:00', 100.00::DECIMAL(18, 4), 74.00::DECIMAL(18, 4), 10.00::DECIMAL(18, 4))
    ) t(trip_id, platform, driver_id, pickup_at, passenger_paid, driver_income, platform_coupon)`);
      columns.ride_trips = await columnsOf(connection, 'ride_trips');
      const couponClause = (counts: boolean) =>
        `  - { id: cap, title: 抽成上限, text: 抽成上限, rule: rh.commission_cap, params: { cap: 0.3, coupon_counts_as_paid: ${counts} } }`;
      expect(await rides(couponClause(false))).toEqual([['2025-09', 0, 0]]);
      expect(await rides(couponClause(true))).toEqual([['2025-09', 0, 1]]);
    });
  });

  it('compares hourly pay with the minimum only in yuan, or with the one the agreement sets', async () => {
    await withConnection(async (connection) => {
      // One driver-day of two hours paid 40: 20 an hour, below Shanghai's 25 CNY.
      await connection.run(`CREATE TABLE ride_trips AS SELECT * FROM (VALUES
        ('t1', 'HV0005', 'd1', TIMESTAMP '2023-03-01 08:00', TIMESTAMP '2023-03-01 09:00', 20.00::DECIMAL(18, 4)),
        ('t2', 'HV0005', 'd1', TIMESTAMP '2023-03-01 09:00', TIMESTAMP '2023-03-01 10:00', 20.00::DECIMAL(18, 4))
      ) t(trip_id, platform, driver_id, pickup_at, dropoff_at, driver_income)`);
      const columns = { ride_trips: await columnsOf(connection, 'ride_trips') };
      const hourly = async (currency: string, agreement?: ReturnType<typeof loadAgreement>) => {
        const { rides } = await computeMetrics(connection, columns, agreement, { ride_trips: [currency] });
        return [rides![0]!.hourly_pay_p50, rides![0]!.below_min_hourly_share];
      };
      expect(await hourly('CNY')).toEqual([20, 1]);
      // Dollars are not measured against a minimum in yuan …
      expect(await hourly('USD')).toEqual([20, null]);
      // … unless the agreement sets the minimum for its data itself.
      const own = loadAgreement(
        `id: study
title: 研究
industry: ride_hailing
effective_from: 2023-01-01
version: '1'
status: draft
parties: [{ name: u, role: union }]
clauses:
  - id: pay
    title: pay
    text: pay
    rule: rh.min_hourly_pay
    params: { min_hourly: 15 }
`,
        'study.yaml',
      );
      expect(await hourly('USD', own)).toEqual([20, 0]);
    });
  });

  it('counts late orders fined although exempt, and alert orders with a subsidy, by the agreement in force', async () => {
    // Exempt reasons `merchant` only; an alert of level 3 exempts until 2025-06-30 and of level 2 from 2025-07-01;
    // a merchant wait over 5.5 minutes exempts; a subsidy is due from alert level 1.
    const agreement = agreementWith(
      `  - id: c01
    title: exempt
    text: exempt
    rule: fd.late_penalty_exemption
    params:
      exempt_reasons: [merchant]
      min_alert_level: [{ from: 2025-05-01, value: 3 }, { from: 2025-07-01, value: 2 }]
      merchant_grace_minutes: 5.5
  - id: c04
    title: subsidy
    text: subsidy
    rule: fd.weather_subsidy
    params: { min_alert_level: 1 }
`,
    );
    await withConnection(async (connection) => {
      // id, accepted, promised, delivered, reason, alert, arrived at merchant, ready, penalty reason, penalty, subsidy
      await connection.run(`CREATE TABLE delivery_orders AS SELECT * REPLACE (
        CAST(accepted_at AS TIMESTAMP) AS accepted_at, CAST(promised_at AS TIMESTAMP) AS promised_at,
        CAST(delivered_at AS TIMESTAMP) AS delivered_at, CAST(arrived_merchant_at AS TIMESTAMP) AS arrived_merchant_at,
        CAST(merchant_ready_at AS TIMESTAMP) AS merchant_ready_at,
        CAST(penalty AS DECIMAL(18, 4)) AS penalty, CAST(subsidy AS DECIMAL(18, 4)) AS subsidy)
      FROM (VALUES
      -- June: late, fined, exempt by reason
      ('o1', 'eleme', 'r1', 'delivered', 1000, '2025-06-10 12:00', '2025-06-10 12:30', '2025-06-10 12:40', 'merchant', NULL, NULL, NULL, 'late', 3, NULL),
      -- June: late, fined, reason not exempt here, alert 2 below June's level 3
      ('o2', 'eleme', 'r1', 'delivered', 1000, '2025-06-10 13:00', '2025-06-10 13:30', '2025-06-10 13:40', 'weather', 2, NULL, NULL, 'late', 3, 1),
      -- June: late, fined, merchant wait 5.5 minutes exactly (not over the grace)
      ('o3', 'eleme', 'r1', 'delivered', 1000, '2025-06-10 14:00', '2025-06-10 14:30', '2025-06-10 14:40', NULL, NULL, '2025-06-10 14:05', '2025-06-10 14:10:30', 'late', 3, NULL),
      -- June: late, exempt by a wait of 6 minutes, not fined
      ('o4', 'eleme', 'r1', 'delivered', 1000, '2025-06-10 15:00', '2025-06-10 15:30', '2025-06-10 15:40', NULL, NULL, '2025-06-10 15:05', '2025-06-10 15:11', NULL, NULL, NULL),
      -- June: on time, fined, exempt: not a late order
      ('o5', 'eleme', 'r1', 'delivered', 1000, '2025-06-10 16:00', '2025-06-10 16:30', '2025-06-10 16:20', 'merchant', NULL, NULL, NULL, 'late', 3, NULL),
      -- July: late, fined, alert 2 now exempts; a subsidy paid
      ('o6', 'eleme', 'r1', 'delivered', 1000, '2025-07-10 12:00', '2025-07-10 12:30', '2025-07-10 12:40', NULL, 2, NULL, NULL, 'late', 3, 2),
      -- July: late, fined for a bad review (not a late fine), exempt by reason
      ('o7', 'eleme', 'r1', 'delivered', 1000, '2025-07-10 13:00', '2025-07-10 13:30', '2025-07-10 13:40', 'merchant', 1, NULL, NULL, 'bad_review', 3, NULL),
      -- July: cancelled under an alert: not an order due a subsidy
      ('o8', 'eleme', 'r1', 'cancelled', 1000, '2025-07-10 14:00', '2025-07-10 14:30', NULL, NULL, 3, NULL, NULL, NULL, NULL, NULL)
    ) t(order_id, platform, rider_id, status, distance_m, accepted_at, promised_at, delivered_at, delay_reason,
        weather_alert_level, arrived_merchant_at, merchant_ready_at, penalty_reason, penalty, subsidy)`);
      const columns = await columnsOf(connection, 'delivery_orders');
      const { delivery } = await computeMetrics(connection, { delivery_orders: columns }, agreement);
      const byMonth = Object.fromEntries(
        delivery!.map((r) => [r.month, [r.late_exempt_penalised_share, r.alert_subsidy_share]]),
      );
      // June: late o1–o4, of which o1 fined although exempt: 1/4; alert orders at level ≥ 1: o2, subsidised.
      // July: late o6, o7, of which o6: 1/2; alert orders o6 (paid) and o7 (not), o8 cancelled: 1/2.
      expect(byMonth).toEqual({ '2025-06': [0.25, 1], '2025-07': [0.5, 0.5] });
      // Without the agreement, the library's standard: the weather reason exempts o2 and a wait over 5 minutes o3
      // (June 3/4), an alert exempts from level 3 only, so o6 is not exempt (July 0/2); a subsidy is due from
      // level 2 (o2 in June, o6 in July, both paid).
      const library = await computeMetrics(connection, { delivery_orders: columns });
      expect(
        Object.fromEntries(
          library.delivery!.map((r) => [r.month, [r.late_exempt_penalised_share, r.alert_subsidy_share]]),
        ),
      ).toEqual({ '2025-06': [0.75, 1], '2025-07': [0, 1] });
    });
  });

  it('counts delivered orders only: a cancelled order is in no figure', async () => {
    await withConnection(async (connection) => {
      // Four delivered orders of 2 km, promised in 10, 12, 14 and 16 minutes, one fined; and a cancelled order of
      // 9 km promised in 10 minutes (54 km/h), fined for cancelling.
      await connection.run(`CREATE TABLE delivery_orders AS SELECT * REPLACE (
        CAST(accepted_at AS TIMESTAMP) AS accepted_at, CAST(promised_at AS TIMESTAMP) AS promised_at,
        CAST(delivered_at AS TIMESTAMP) AS delivered_at, CAST(penalty AS DECIMAL(18, 4)) AS penalty)
      FROM (VALUES
        ('o1', 'eleme', 'r1', 'delivered', 2000, '2025-06-10 12:00', '2025-06-10 12:10', '2025-06-10 12:09', NULL, NULL),
        ('o2', 'eleme', 'r1', 'delivered', 2000, '2025-06-10 13:00', '2025-06-10 13:12', '2025-06-10 13:14', 'late', 2),
        ('o3', 'eleme', 'r2', 'delivered', 2000, '2025-06-10 14:00', '2025-06-10 14:14', '2025-06-10 14:10', NULL, NULL),
        ('o4', 'eleme', 'r2', 'delivered', 2000, '2025-06-10 15:00', '2025-06-10 15:16', '2025-06-10 15:15', NULL, NULL),
        ('o5', 'eleme', 'r3', 'cancelled', 9000, '2025-06-10 16:00', '2025-06-10 16:10', NULL, 'cancel', 5)
      ) t(order_id, platform, rider_id, status, distance_m, accepted_at, promised_at, delivered_at, penalty_reason, penalty)`);
      const columns = await columnsOf(connection, 'delivery_orders');
      const [june] = (await computeMetrics(connection, { delivery_orders: columns })).delivery!;
      expect(june).toMatchObject({
        orders: 4,
        riders: 2,
        late_rate: 0.25,
        penalty_rate: 0.25,
        penalty_total: '2.0000',
        // 5, 6, 7 and 8 minutes per km; 12, 10, 8.57 and 7.5 km/h (the cancelled order's 54 km/h is in none).
        allowed_min_per_km_p50: 6.5,
        implied_kmh_max: 12,
      });
    });
  });

  it('measures hourly pay per rider-day as the agreement in force counts it, placed by the first order of the day', async () => {
    const agreement = agreementWith(
      `  - id: c05
    title: hourly
    text: hourly
    rule: fd.min_hourly_pay
    params:
      min_hourly: [{ from: 2025-05-01, value: 24 }, { from: 2025-07-01, value: 25 }]
      include_subsidies: false
`,
    );
    await withConnection(async (connection) => {
      await connection.run(`CREATE TABLE delivery_orders AS SELECT * REPLACE (
        CAST(accepted_at AS TIMESTAMP) AS accepted_at, CAST(delivered_at AS TIMESTAMP) AS delivered_at,
        CAST(pay AS DECIMAL(18, 4)) AS pay, CAST(penalty AS DECIMAL(18, 4)) AS penalty,
        CAST(subsidy AS DECIMAL(18, 4)) AS subsidy), CAST(accepted_at AS TIMESTAMP) + INTERVAL 40 MINUTE AS promised_at,
        1000 AS distance_m
      FROM (VALUES
      -- r1 on 10 June: 10:00–10:45 and 11:00–11:30 worked (75 minutes), 30 − 2 paid: 22.40 an hour
      ('o1', 'eleme', 'r1', 'delivered', '浦东新区', '2025-06-10 10:00', '2025-06-10 10:30', 10, NULL, NULL),
      ('o2', 'eleme', 'r1', 'delivered', '徐汇区', '2025-06-10 10:15', '2025-06-10 10:45', 10, NULL, NULL),
      ('o3', 'eleme', 'r1', 'delivered', '徐汇区', '2025-06-10 11:00', '2025-06-10 11:30', 10, 2, NULL),
      ('o4', 'eleme', 'r1', 'cancelled', '徐汇区', '2025-06-10 12:00', '2025-06-10 12:30', 100, NULL, NULL),
      -- r2: an hour for 30 of which 6 subsidy, which this agreement does not count: 24.00, not below June's 24
      ('o5', 'eleme', 'r2', 'delivered', '浦东新区', '2025-06-10 09:00', '2025-06-10 10:00', 30, NULL, 6),
      -- r3: 50 minutes, fewer than the 60 measured
      ('o6', 'eleme', 'r3', 'delivered', '浦东新区', '2025-06-10 09:00', '2025-06-10 09:50', 50, NULL, NULL),
      -- r1 on 10 July: an hour for 24.50, below July's 25
      ('o7', 'eleme', 'r1', 'delivered', '浦东新区', '2025-07-10 10:00', '2025-07-10 11:00', 24.5, NULL, NULL),
      -- r4 on 11 July, in Jing'an: an order said to be delivered 300 years later, 1 yuan for it: far below
      ('o8', 'eleme', 'r4', 'delivered', '静安区', '2025-07-11 10:00', '2325-07-11 10:00', 1, NULL, NULL)
    ) t(order_id, platform, rider_id, status, district, accepted_at, delivered_at, pay, penalty, subsidy)`);
      const columns = await columnsOf(connection, 'delivery_orders');
      const { delivery } = await computeMetrics(connection, { delivery_orders: columns }, agreement);
      const hourly = delivery!.map((r) => [
        r.month,
        r.district,
        r.hourly_pay_p10,
        r.hourly_pay_p50,
        r.hourly_pay_p90,
        r.below_min_hourly_share,
      ]);
      expect(hourly).toEqual([
        // 22.40 and 24.00: p10 22.56, median 23.20, p90 23.84; one of two below.
        ['2025-06', '徐汇区', null, null, null, null],
        ['2025-06', '浦东新区', 22.56, 23.2, 23.84, 0.5],
        ['2025-07', '浦东新区', 24.5, 24.5, 24.5, 1],
        ['2025-07', '静安区', 0, 0, 0, 1],
      ]);
      // Without the agreement, the library's 25 an hour with subsidies counted: r2 earns 30 an hour.
      const library = await computeMetrics(connection, { delivery_orders: columns });
      expect(
        library.delivery!.map((r) => [r.month, r.district, r.hourly_pay_p50, r.below_min_hourly_share]),
      ).toEqual([
        ['2025-06', '徐汇区', null, null],
        ['2025-06', '浦东新区', 26.2, 0.5],
        ['2025-07', '浦东新区', 24.5, 1],
        ['2025-07', '静安区', 0, 1],
      ]);
    });
  });
});
