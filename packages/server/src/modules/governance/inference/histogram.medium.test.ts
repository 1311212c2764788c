import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../data/analysis-data';
import { duckRows, openDuck, type Duck } from '../stats/duck';
import { inferDelivery } from './delivery';
import { histogram } from './histogram';
import { inferRides } from './rides';

let duck: Duck;
let data: AnalysisData;

const columnsOf = async (view: string) =>
  (await duckRows<{ column_name: string }>(duck.connection, `DESCRIBE ${view}`)).map((r) => r.column_name);

/**
 * Orders, rider-days and trips exactly on a bin's lower edge, where a quotient in floating point lands one bin
 * lower: 150 m promised in 3 minutes is 3 km/h (2.9999999999999996); 27.50 CNY for 66 minutes is 25 CNY an hour
 * (24.999999999999996); a trip charged 14.90 of 74.50 (T3's `t3-T8-4-0-6`) is 0.20 (0.19999999999999998), and
 * one charged 2.97 of 11.00 is exactly the 27 % cap (0.2700000000000001).
 */
beforeAll(async () => {
  duck = await openDuck();
  await duck.connection.run(`CREATE TABLE delivery_orders AS
    SELECT order_id, 'eleme' AS platform, '青浦区' AS district, rider_id, 'delivered' AS status, distance_m,
      TIMESTAMP '2025-05-06 08:00' AS accepted_at,
      TIMESTAMP '2025-05-06 08:00' + to_seconds(promised_s) AS promised_at,
      TIMESTAMP '2025-05-06 08:00' + to_minutes(worked_min) AS delivered_at,
      CAST(pay AS DECIMAL(18, 4)) AS pay, CAST(0 AS DECIMAL(18, 4)) AS penalty
    FROM (VALUES ('o1', 'r1', 150, 180, 66, 27.50), ('o2', 'r2', 1000, 240, 60, 30.00), ('o3', 'r3', 3000, 900, 61, 20.00))
      v(order_id, rider_id, distance_m, promised_s, worked_min, pay)`);
  await duck.connection.run(`CREATE TABLE ride_trips AS
    SELECT trip_id, 't3' AS platform, '青浦区' AS district, 'd1' AS driver_id,
      TIMESTAMP '2025-05-06 08:00' AS pickup_at, TIMESTAMP '2025-05-06 08:20' AS dropoff_at,
      CAST(paid AS DECIMAL(18, 4)) AS passenger_paid, CAST(income AS DECIMAL(18, 4)) AS driver_income,
      CAST(0 AS DECIMAL(18, 4)) AS refund
    FROM (VALUES ('t3-T8-4-0-6', 74.50, 59.60), ('t3-cap', 11.00, 8.03), ('t3-low', 40.00, 36.00))
      v(trip_id, paid, income)`);
  data = {
    duck,
    columns: {
      delivery_orders: await columnsOf('delivery_orders'),
      ride_trips: await columnsOf('ride_trips'),
    },
    datasetIds: [],
    notices: [],
  };
});
afterAll(() => duck.close());

const binOf = (bins: { from: number; count: number }[], from: number) => bins.find((b) => b.from === from)!;

describe('histograms of the inference, decided exactly at a bin’s edge', () => {
  it('puts an exact fraction on an edge in the bin that starts there, below and above the range in the edge bins', async () => {
    expect(Math.floor((74.5 - 59.6) / 74.5 / 0.01)).toBe(19);
    const bins = await histogram(
      duck.connection,
      `SELECT * FROM (VALUES (149000, 745000), (-5, 100), (90, 100), (1, 0), (NULL, 3)) v(num, den)`,
      { min: 0, max: 0.5, width: 0.01 },
    );
    expect(bins).toHaveLength(50);
    expect(bins[20]).toEqual({ from: 0.2, count: 1 });
    expect(bins[19]!.count).toBe(0);
    expect(bins[0]!.count).toBe(1);
    expect(bins[49]).toEqual({ from: 0.49, count: 1 });
    expect(bins.reduce((s, b) => s + b.count, 0)).toBe(3);
  });

  it('bins edges of several places (2.5) and a range that does not start at zero', async () => {
    const bins = await histogram(
      duck.connection,
      `SELECT * FROM (VALUES (25, 1), (249999, 10000), (75, 10)) v(num, den)`,
      { min: 5, max: 30, width: 2.5 },
    );
    expect(bins.map((b) => b.from)).toEqual([5, 7.5, 10, 12.5, 15, 17.5, 20, 22.5, 25, 27.5]);
    expect(binOf(bins, 25).count).toBe(1);
    expect(binOf(bins, 22.5).count).toBe(1);
    expect(binOf(bins, 7.5).count).toBe(1);
  });

  it('counts T3’s trip charged exactly 20 % in [0.20, 0.21) and a trip charged exactly the cap as not above it', async () => {
    const rides = await inferRides(data, { platform: 't3', district: null }, { seed: 1, cap: 0.27 });
    const bins = rides.commission.histogram;
    expect(binOf(bins, 0.2).count).toBe(1);
    expect(binOf(bins, 0.19).count).toBe(0);
    expect(binOf(bins, 0.27).count).toBe(1);
    expect(binOf(bins, 0.1).count).toBe(1);
    expect(rides.commission.shareAboveCap).toBe(0);
    expect(rides.byMonth).toEqual([
      expect.objectContaining({ month: '2025-05', shareAboveCap: 0, trips: 3 }),
    ]);
  });

  it('puts an order promised at exactly 3 km/h in [3, 4) and a rider-day paid exactly 25 CNY an hour in [25, 27.5), not below the minimum', async () => {
    const delivery = await inferDelivery(
      data,
      { platform: 'eleme', district: null },
      { seed: 1, minHourly: 25 },
    );
    expect(binOf(delivery.speedHistogram, 3).count).toBe(1);
    expect(binOf(delivery.speedHistogram, 2).count).toBe(0);
    expect(binOf(delivery.speedHistogram, 15).count).toBe(1);
    expect(binOf(delivery.speedHistogram, 12).count).toBe(1);
    const hourly = delivery.hourlyPay.histogram;
    expect(binOf(hourly, 25).count).toBe(1);
    expect(binOf(hourly, 22.5).count).toBe(0);
    expect(binOf(hourly, 30).count).toBe(1);
    expect(binOf(hourly, 17.5).count).toBe(1);
    // 19.67 CNY an hour (20 CNY for 61 minutes) is the one day below 25.
    expect(delivery.hourlyPay.shareBelow).toBeCloseTo(1 / 3, 12);
  });
});
