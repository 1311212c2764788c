import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { duckRows, openDuck, type Duck } from '../stats/duck';
import { defaultMetricParams } from './agreement-params';
import { metricDefinitions, optionalReader } from './definitions';

let duck: Duck;
beforeAll(async () => {
  duck = await openDuck();
});
afterAll(() => duck.close());

describe('freight payment delay', () => {
  it('counts an advanced order from the advance, and an order neither paid nor advanced until the data ends', async () => {
    // o1: the driver paid after 2 days; o2: the platform advanced the freight after 1 day, the payment itself
    // still outstanding; o3: neither yet — still waiting when the data ends (o1's payment, 2 days on).
    await duck.connection.run(`CREATE OR REPLACE TABLE freight_orders AS SELECT * FROM (VALUES
      ('o1', 'huolala', 'd1', TIMESTAMP '2025-05-01 10:00', TIMESTAMP '2025-05-03 10:00', NULL::TIMESTAMP),
      ('o2', 'huolala', 'd2', TIMESTAMP '2025-05-01 10:00', NULL::TIMESTAMP, TIMESTAMP '2025-05-02 10:00'),
      ('o3', 'huolala', 'd3', TIMESTAMP '2025-05-01 10:00', NULL::TIMESTAMP, NULL::TIMESTAMP))
      t(order_id, platform, driver_id, completed_at, driver_paid_at, advanced_at)`);
    const metric = metricDefinitions.find((m) => m.key === 'freight_payment_delay_days')!;
    const columns = {
      freight_orders: ['order_id', 'platform', 'driver_id', 'completed_at', 'driver_paid_at', 'advanced_at'],
    };
    const rows = await duckRows<{ cluster: string; num: number }>(
      duck.connection,
      `SELECT cluster, num FROM (${metric.units(optionalReader(columns, 'freight_orders'), defaultMetricParams, 'TRUE')}) ORDER BY cluster`,
    );
    expect(rows).toEqual([
      { cluster: 'd1', num: 2 },
      { cluster: 'd2', num: 1 },
      { cluster: 'd3', num: 2 },
    ]);
  });
});
