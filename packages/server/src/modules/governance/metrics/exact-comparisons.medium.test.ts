import { compileAgreement, loadAgreement } from '@gigpact/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckRows, openDuck, type Duck } from '../stats/duck';
import { commissionAboveCap, commissionRateSql } from './commission-rate';
import { metricParamsOf } from './agreement-params';
import { metricDefinitions, optionalReader } from './definitions';
import { speedFloorBreachSql } from './speed-floor';

let duck: Duck;
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck.close());

const agreementWith = (industry: string, clause: string) =>
  loadAgreement(
    [
      'id: exact-test',
      'title: 边界测试协议',
      `industry: ${industry}`,
      'platform: eleme',
      'effective_from: 2025-05-01',
      'clauses:',
      `  - ${clause}`,
    ].join('\n'),
    'exact-test.yaml',
  );

/** The ids the agreement's one clause finds, by its compiled statement on DuckDB. */
async function clauseFinds(agreement: ReturnType<typeof loadAgreement>): Promise<string[]> {
  const query = compileAgreement(agreement, { dialect: 'duckdb', asOf: '2025-12-31' }).queries[0]!;
  const rows = await duckRows<{ finding_key: string }>(
    duck.connection,
    `SELECT finding_key FROM (${query.sql}) ORDER BY 1`,
    query.params as never,
  );
  return rows.map((r) => r.finding_key);
}

const idsWhere = async (table: string, id: string, condition: string) =>
  (
    await duckRows<{ id: string }>(
      duck.connection,
      `SELECT ${id} AS id FROM ${table} WHERE ${condition} ORDER BY 1`,
    )
  ).map((r) => r.id);

describe('metrics that decide as a clause does', () => {
  it('counts an order promised exactly at the speed floor as no breach, one microsecond less as one, as the clause finds', async () => {
    for (const [speed, handover] of [
      ['15', '5'],
      ['12.5', '4.5'],
    ] as const) {
      // Distances of every 25 m up to 50 km, each promised 1 µs before, exactly at and 1 µs after its floor.
      await duck.connection.run(`CREATE OR REPLACE TABLE delivery_orders AS
        SELECT 'o' || d || '_' || (offset_us + 1) AS order_id, 'eleme' AS platform, 'r1' AS rider_id,
          'delivered' AS status, d AS distance_m, TIMESTAMP '2025-06-01 08:00' AS accepted_at,
          TIMESTAMP '2025-06-01 08:00' + to_microseconds(
            CAST(d::DECIMAL(38, 0) * 3600000000 / (${speed} * 1000) + ${handover} * 60000000 AS BIGINT) + offset_us) AS promised_at,
          TIMESTAMP '2025-06-01 08:30' AS delivered_at
        FROM range(25, 50001, 25) r(d), (VALUES (-1), (0), (1)) o(offset_us)`);
      const clause = await clauseFinds(
        agreementWith(
          'food_delivery',
          `{ id: c1, title: 限速, text: 限速, rule: fd.eta_speed_floor, params: { max_speed_kmh: ${speed}, handover_minutes: ${handover} } }`,
        ),
      );
      const metric = await idsWhere('delivery_orders', 'order_id', speedFloorBreachSql(speed, handover));
      expect(metric).toEqual(clause);
      expect(metric).toEqual(
        await idsWhere('delivery_orders', 'order_id', `order_id LIKE '%\\_0' ESCAPE '\\'`),
      );
      // The quotient in floating point would count some orders promised exactly at the floor.
      const floating = await idsWhere(
        'delivery_orders',
        'order_id',
        `epoch(promised_at - accepted_at) / 60 < distance_m / 1000.0 / ${speed} * 60 + ${handover}`,
      );
      if (speed === '15') expect(floating.length).toBeGreaterThan(clause.length);
    }
  });

  it('counts a trip charged exactly the cap as not above it, a fen more as above, as the clause finds', async () => {
    // Fares from 1.00 to 200.00 CNY by the fen, the driver paid 73 % rounded to the fen: rates at, below and above 27 %.
    await duck.connection.run(`CREATE OR REPLACE TABLE ride_trips AS
      SELECT 't' || k AS trip_id, 'eleme' AS platform, 'd1' AS driver_id,
        TIMESTAMP '2025-06-01 08:00' AS pickup_at, TIMESTAMP '2025-06-01 08:20' AS dropoff_at,
        CAST(k / 100 AS DECIMAL(18, 4)) AS passenger_paid, CAST(round(k * 0.73) / 100 AS DECIMAL(18, 4)) AS driver_income,
        CAST(0 AS DECIMAL(18, 4)) AS refund, CAST(0 AS DECIMAL(18, 4)) AS platform_coupon
      FROM range(100, 20001) r(k)`);
    const clause = await clauseFinds(
      agreementWith('ride_hailing', '{ id: c1, title: 抽成上限, text: 抽成上限, rule: rh.commission_cap }'),
    );
    const opt = (column: string) => column;
    const metric = await idsWhere('ride_trips', 'trip_id', commissionAboveCap(opt, '0.27'));
    expect(metric.length).toBeGreaterThan(1000);
    expect(metric).toEqual(clause);
    // The rate's quotient in floating point would put trips charged exactly 27 % above it (2.97 of 11.00).
    const floating = await idsWhere('ride_trips', 'trip_id', `${commissionRateSql(opt)} > 0.27`);
    expect(floating).toContain('t1100');
    expect(clause).not.toContain('t1100');
    // Exactly 27 % (a fare of whole yuan) is not above the cap.
    expect(metric).not.toContain('t10000');
  });

  it('counts the platform’s coupon as paid where the agreement’s cap clause does, as the clause finds', async () => {
    // Passengers pay 10.00 CNY less a coupon of k fen the platform funds; the driver gets 7.00.
    await duck.connection.run(`CREATE OR REPLACE TABLE ride_trips AS
      SELECT 't' || k AS trip_id, 'eleme' AS platform, 'd1' AS driver_id,
        TIMESTAMP '2025-06-01 08:00' AS pickup_at, TIMESTAMP '2025-06-01 08:20' AS dropoff_at,
        CAST((1000 - k) / 100 AS DECIMAL(18, 4)) AS passenger_paid, CAST(7 AS DECIMAL(18, 4)) AS driver_income,
        CAST(0 AS DECIMAL(18, 4)) AS refund, CAST(k / 100 AS DECIMAL(18, 4)) AS platform_coupon
      FROM range(0, 100) r(k)`);
    const agreement = agreementWith(
      'ride_hailing',
      '{ id: c1, title: 抽成上限, text: 抽成上限, rule: rh.commission_cap, params: { coupon_counts_as_paid: true } }',
    );
    const clause = await clauseFinds(agreement);
    const params = metricParamsOf(agreement);
    const day = 'CAST(pickup_at AS DATE)';
    const opt = (column: string) => column;
    const above = await idsWhere(
      'ride_trips',
      'trip_id',
      commissionAboveCap(opt, params.commissionCap(day), params.couponCountsAsPaid(day)),
    );
    const withoutCoupon = await idsWhere(
      'ride_trips',
      'trip_id',
      commissionAboveCap(opt, params.commissionCap(day)),
    );
    // Counted with its coupon every fare is 10.00 and 30 % is taken: all above; without it, fewer are.
    expect(clause).toHaveLength(100);
    expect(above).toEqual(clause);
    expect(withoutCoupon.length).toBeLessThan(100);
  });

  it('counts a worker-day paid exactly the hourly minimum as not below it, a fen less as below, as the clause finds', async () => {
    // Riders working k minutes (60 to 600) in two orders, paid 25 CNY an hour rounded to the fen — 0.10 for the
    // first order, the rest for the second — and twins paid a fen less.
    await duck.connection.run(`CREATE OR REPLACE TABLE delivery_orders AS
      SELECT 'o' || k || '_' || less || '_' || part AS order_id, 'eleme' AS platform, 'r' || k || '_' || less AS rider_id,
        'delivered' AS status, '青浦区' AS district, TIMESTAMP '2025-06-02 08:00' + to_minutes(part * (k // 2)) AS accepted_at,
        TIMESTAMP '2025-06-02 08:00' + to_minutes(CASE WHEN part = 0 THEN k // 2 ELSE k END) AS delivered_at,
        CAST(CASE WHEN part = 0 THEN 0.10 ELSE round(k * 25 / 60.0, 2) - 0.10 - less * 0.01 END AS DECIMAL(18, 4)) AS pay,
        CAST(0 AS DECIMAL(18, 4)) AS penalty, CAST(0 AS DECIMAL(18, 4)) AS subsidy
      FROM range(60, 601) r(k), (VALUES (0), (1)) l(less), (VALUES (0), (1)) p(part)`);
    const agreement = agreementWith(
      'food_delivery',
      '{ id: c1, title: 小时收入, text: 小时收入, rule: fd.min_hourly_pay, params: { min_hourly: 25 } }',
    );
    const clause = await clauseFinds(agreement);
    const columns = (
      await duckRows<{ column_name: string }>(duck.connection, 'DESCRIBE delivery_orders')
    ).map((r) => r.column_name);
    const below = metricDefinitions.find((m) => m.key === 'below_min_hourly_share')!;
    const units = below.units(
      optionalReader({ delivery_orders: columns }, 'delivery_orders'),
      metricParamsOf(agreement),
      'TRUE',
    );
    const metric = (
      await duckRows<{ id: string }>(
        duck.connection,
        `SELECT cluster || '|' || CAST(day AS VARCHAR) AS id FROM (${units}) WHERE num = 1 ORDER BY 1`,
      )
    ).map((r) => r.id);
    expect(metric.length).toBeGreaterThan(500);
    expect(metric).toEqual(clause);
    // A day paid exactly the minimum (90 minutes, 37.50) is not below it; a fen less is.
    expect(metric).not.toContain('r90_0|2025-06-02');
    expect(metric).toContain('r90_1|2025-06-02');
  });
});
