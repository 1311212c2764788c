import { loadAgreement } from '@gigpact/rules';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisData } from '../data/analysis-data';
import { deriveAlertLevels } from '../data/weather-levels';
import { evaluateAgreement } from '../metrics/evaluate';
import { duckRows, openDuck } from '../stats/duck';
import { simulatedDeliveriesAndRides, type SimulatedData } from '../testing/simulated-data';
import { inferDelivery } from './delivery';
import { inferRides } from './rides';

let simulated: SimulatedData;
let data: AnalysisData;

/**
 * Two simulated weeks. The simulator's promise is known: allowed minutes = ⌈(300 + 0.24 × metres + 60) / 60⌉
 * plus a whole 0–9 minutes, i.e. 4 minutes per km (15 km/h) on top of about 11 minutes. Ele.me fines late
 * orders in the first week only (its agreement takes effect on the 21st); Meituan and JD never do.
 */
beforeAll(async () => {
  simulated = await simulatedDeliveriesAndRides({
    days: 14,
    scale: 0.004,
    seed: 99,
    start: '2025-04-14',
    scenario: {
      name: 'test',
      platforms: {
        eleme: [{ rule: 'fd.no_late_money_penalty', rate: 0.3, until: '2025-04-21' }],
        didi: [{ rule: 'rh.commission_cap', rate: 0.2 }],
      },
    },
  });
  data = simulated.data;
}, 120_000);
afterAll(() => simulated?.close());

describe('algorithm inference on simulated data', () => {
  it('recovers the simulator’s 4 minutes per km (15 km/h) and its fixed part', async () => {
    const result = await inferDelivery(
      data,
      { platform: 'meituan', district: null },
      { seed: 1, minHourly: 25 },
    );
    expect(result.orders).toBeGreaterThan(1000);
    expect(result.timeFit.slope!).toBeGreaterThan(3.85);
    expect(result.timeFit.slope!).toBeLessThan(4.15);
    expect(result.timeFit.ridingKmh!).toBeGreaterThan(14.4);
    expect(result.timeFit.ridingKmh!).toBeLessThan(15.6);
    expect(result.timeFit.intercept!).toBeGreaterThan(10);
    expect(result.timeFit.intercept!).toBeLessThan(12);
    // The known 4 minutes per km (15 km/h) lies inside the 95 % intervals, which hold the fit itself.
    const { slopeInterval, ridingKmhInterval } = result.timeFit;
    expect(slopeInterval.lo!).toBeLessThanOrEqual(4);
    expect(slopeInterval.hi!).toBeGreaterThanOrEqual(4);
    expect(slopeInterval.lo!).toBeLessThanOrEqual(result.timeFit.slope!);
    expect(slopeInterval.hi!).toBeGreaterThanOrEqual(result.timeFit.slope!);
    expect(ridingKmhInterval.lo!).toBeLessThanOrEqual(15);
    expect(ridingKmhInterval.hi!).toBeGreaterThanOrEqual(15);
    expect(ridingKmhInterval.lo).toBeCloseTo(60 / slopeInterval.hi!, 12);
    expect(ridingKmhInterval.hi).toBeCloseTo(60 / slopeInterval.lo!, 12);
    expect(result.byMonth.map((m) => m.month)).toEqual(['2025-04']);
    expect(result.byMonth[0]!.slopeInterval.lo!).toBeLessThanOrEqual(4);
    expect(result.byMonth[0]!.slopeInterval.hi!).toBeGreaterThanOrEqual(4);
    expect(result.byMonth[0]!.ridingKmhInterval.lo!).toBeLessThan(result.byMonth[0]!.ridingKmhInterval.hi!);
    // The simulator ignores the hour: every busy hour's median residual is within a minute and a half of zero.
    const busy = result.hourEffect.filter((h) => h.orders >= 100);
    expect(busy.length).toBeGreaterThan(3);
    expect(busy.every((h) => Math.abs(h.minutes ?? 0) <= 1.5)).toBe(true);
    // Riders finish in 50–95 % of the promise, so the promise sits well above their median: not strict.
    expect(result.strictness.strict).toBe(false);
    expect(result.strictness.index!).toBeGreaterThan(1.5);
    expect(result.hourlyPay.median!).toBeGreaterThan(25);
    expect(result.scatter).toHaveLength(400);
  });

  it('recovers the simulator’s 2 CNY per km of pay, and 4 once 2 more are added', async () => {
    // The simulator pays each order 9 CNY, 2 CNY per km and up to 4 CNY more drawn at random (subsidies and fines
    // aside, which do not depend on the distance).
    const scope = { platform: 'meituan', district: null };
    const asPaid = await inferDelivery(data, scope, { seed: 1, minHourly: 25 });
    expect(asPaid.payFit.n).toBeGreaterThan(1000);
    expect(asPaid.payFit.perKmInterval.lo!).toBeGreaterThan(1.5);
    expect(asPaid.payFit.perKmInterval.lo!).toBeLessThanOrEqual(2);
    expect(asPaid.payFit.perKmInterval.hi!).toBeGreaterThanOrEqual(2);
    expect(asPaid.payFit.perKmInterval.hi!).toBeLessThan(2.5);
    // The same orders paid 2 CNY more per km: the interval holds 4 and no longer 2.
    const perKm = await openDuck();
    try {
      await perKm.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * REPLACE (CAST(pay + distance_m * 0.002 AS DECIMAL(18, 4)) AS pay)
         FROM ${simulated.parquet('delivery_orders')}`,
      );
      const rising = await inferDelivery({ ...data, duck: perKm }, scope, { seed: 1, minHourly: 25 });
      expect(rising.payFit.perKmInterval.lo!).toBeGreaterThan(2);
      expect(rising.payFit.perKmInterval.lo!).toBeLessThanOrEqual(4);
      expect(rising.payFit.perKmInterval.hi!).toBeGreaterThanOrEqual(4);
    } finally {
      perKm.close();
    }
  });

  it('flags promised times set from the fastest riders', async () => {
    // A strict platform: promise = the delivery time of the fastest tenth at that distance.
    const strict = await openDuck();
    try {
      await strict.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * REPLACE (
           CASE WHEN delivered_at IS NULL THEN promised_at
                ELSE accepted_at + to_seconds(CAST(epoch(delivered_at - accepted_at) * 0.7 AS BIGINT)) END AS promised_at)
         FROM ${simulated.parquet('delivery_orders')}`,
      );
      const result = await inferDelivery(
        { ...data, duck: strict },
        { platform: 'meituan', district: null },
        { seed: 1, minHourly: 25 },
      );
      expect(result.strictness.strict).toBe(true);
      expect(result.strictness.index!).toBeLessThan(0.5);
    } finally {
      strict.close();
    }
  });

  it('measures hourly pay over every delivered order, also those without a distance', async () => {
    // A few orders recorded with no distance (a pickup in the same building): they cannot inform the time
    // function, but the rider was still paid for them and worked on them.
    const zeroed = await openDuck();
    try {
      await zeroed.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * REPLACE (
           CASE WHEN hash(order_id) % 5 = 0 THEN 0 ELSE distance_m END AS distance_m)
         FROM ${simulated.parquet('delivery_orders')}`,
      );
      const scope = { platform: 'meituan', district: null };
      const all = await inferDelivery(data, scope, { seed: 1, minHourly: 25 });
      const some = await inferDelivery({ ...data, duck: zeroed }, scope, { seed: 1, minHourly: 25 });
      expect(some.orders).toBeLessThan(all.orders);
      expect(some.hourlyPay.median).toBe(all.hourlyPay.median);
      expect(some.hourlyPay.histogram).toEqual(all.hourlyPay.histogram);
    } finally {
      zeroed.close();
    }
  });

  it('reads the ride platform’s commission against the cap', async () => {
    const didi = await inferRides(data, { platform: 'didi', district: null }, { seed: 1, cap: 0.27 });
    const t3 = await inferRides(data, { platform: 't3', district: null }, { seed: 1, cap: 0.27 });
    expect(didi.trips).toBeGreaterThan(100);
    expect(didi.commission.shareAboveCap!).toBeGreaterThan(0.1);
    expect(t3.commission.shareAboveCap).toBe(0);
    expect(didi.commission.histogram.reduce((s, b) => s + b.count, 0)).toBe(didi.trips);
  });

  it('fits pay per minute from a driver’s own export, which has pay but no passenger fare', async () => {
    // As the uber-driver-rides adapter writes it: no passenger_paid column at all.
    const own = await openDuck();
    try {
      await own.connection.run(
        `CREATE VIEW ride_trips AS SELECT * EXCLUDE (passenger_paid)
         FROM ${simulated.parquet('ride_trips')}`,
      );
      const columns = data.columns.ride_trips!.filter((c) => c !== 'passenger_paid');
      const result = await inferRides(
        { duck: own, columns: { ride_trips: columns }, datasetIds: [], notices: [] },
        { platform: 't3', district: null },
        { seed: 1, cap: 0.27 },
      );
      const withFares = await inferRides(data, { platform: 't3', district: null }, { seed: 1, cap: 0.27 });
      expect(result.trips).toBe(withFares.trips);
      expect(result.payPerMinute).toEqual(withFares.payPerMinute);
      expect(result.payPerMinute.slope!).toBeGreaterThan(0);
      expect(result.payPerMinute.slopeInterval.lo!).toBeGreaterThan(0);
      expect(result.payPerMinute.slopeInterval.lo!).toBeLessThanOrEqual(result.payPerMinute.slope!);
      expect(result.payPerMinute.slopeInterval.hi!).toBeGreaterThanOrEqual(result.payPerMinute.slope!);
      expect(result.commission.mean).toBeNull();
      expect(result.commission.histogram.every((b) => b.count === 0)).toBe(true);
    } finally {
      own.close();
    }
  });
});

describe('the weather effect', () => {
  const scope = { platform: null, district: null };
  const options = { seed: 1, minHourly: 25 };

  it('is read from the orders’ alert levels, each order at its level', async () => {
    const result = await inferDelivery(data, scope, options);
    // Counted by hand: the fitted orders (delivered, with a distance and a promise) at each level.
    const counted = await duckRows<{ level: number; orders: number }>(
      data.duck.connection,
      `SELECT weather_alert_level AS level, count(*)::DOUBLE AS orders FROM delivery_orders
       WHERE status = 'delivered' AND distance_m > 0 AND promised_at > accepted_at GROUP BY 1 ORDER BY 1`,
    );
    expect(result.weatherData).toBe(true);
    expect(counted.length).toBeGreaterThan(1);
    expect(result.weatherEffect.map(({ level, orders }) => ({ level, orders }))).toEqual(counted);
    expect(result.weatherEffect.reduce((sum, w) => sum + w.orders, 0)).toBe(result.orders);
  });

  it('is none without weather data: no level-0 row, which would read as a period without alerts', async () => {
    // Orders exported without alert levels, and no weather alerts stored to derive them from.
    const bare = await openDuck();
    try {
      await bare.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * EXCLUDE (weather_alert_level) FROM ${simulated.parquet('delivery_orders')}`,
      );
      const columns = data.columns.delivery_orders!.filter((c) => c !== 'weather_alert_level');
      const result = await inferDelivery(
        {
          ...data,
          duck: bare,
          columns: await deriveAlertLevels(bare.connection, { delivery_orders: columns }),
        },
        scope,
        options,
      );
      expect(result.orders).toBeGreaterThan(1000);
      expect(result.weatherData).toBe(false);
      expect(result.weatherEffect).toEqual([]);
    } finally {
      bare.close();
    }
  });

  it('leaves out orders whose level is unknown, rather than counting them as without alerts', async () => {
    // Read beside exports with levels, JD's export without the column has none for its orders.
    const mixed = await openDuck();
    try {
      await mixed.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * REPLACE (
           CASE WHEN platform = 'jd' THEN NULL ELSE weather_alert_level END AS weather_alert_level)
         FROM ${simulated.parquet('delivery_orders')}`,
      );
      const all = await inferDelivery(data, scope, options);
      const result = await inferDelivery({ ...data, duck: mixed }, scope, options);
      const jd = await inferDelivery(data, { platform: 'jd', district: null }, options);
      expect(jd.orders).toBeGreaterThan(0);
      expect(result.orders).toBe(all.orders);
      expect(result.weatherEffect.reduce((sum, w) => sum + w.orders, 0)).toBe(all.orders - jd.orders);
      const levelZero = (r: typeof result) => r.weatherEffect.find((w) => w.level === 0)!.orders;
      expect(levelZero(result)).toBe(levelZero(all) - jd.weatherEffect.find((w) => w.level === 0)!.orders);
      // JD alone: no order with a level, so no weather data in that scope.
      const jdOnly = await inferDelivery(
        { ...data, duck: mixed },
        { platform: 'jd', district: null },
        options,
      );
      expect(jdOnly.weatherData).toBe(false);
      expect(jdOnly.weatherEffect).toEqual([]);
    } finally {
      mixed.close();
    }
  });

  it('is read from the weather alerts when the orders have no levels of their own', async () => {
    const bare = await openDuck();
    try {
      await bare.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * EXCLUDE (weather_alert_level) FROM ${simulated.parquet('delivery_orders')}`,
      );
      await bare.connection.run(
        `CREATE VIEW weather_alerts AS SELECT * FROM ${simulated.parquet('weather_alerts')}`,
      );
      const columns = await deriveAlertLevels(bare.connection, {
        delivery_orders: data.columns.delivery_orders!.filter((c) => c !== 'weather_alert_level'),
        weather_alerts: ['district', 'kind', 'level', 'starts_at', 'ends_at'],
      });
      const derived = await inferDelivery({ ...data, duck: bare, columns }, scope, options);
      const stored = await inferDelivery(data, scope, options);
      expect(derived.weatherData).toBe(true);
      expect(derived.weatherEffect).toEqual(stored.weatherEffect);
    } finally {
      bare.close();
    }
  });
});

describe('a time function that changes mid-period', () => {
  const scope = { platform: null, district: null };
  const options = { seed: 1, minHourly: 25 };
  /**
   * The two weeks' orders spread over April to September, each moved by whole months drawn from its id; from
   * August (month 5) the platform promises 60 ÷ 18 minutes per km (18 km/h) instead of 4 (15 km/h), every order
   * 0.04 s per metre sooner. Half of the orders, drawn from their id, are under a yellow alert, which the promise
   * ignores; four in five of them fall before the change and two thirds of the others after it: against a fit
   * pooling both speeds, the old, longer promises would read as a weather effect.
   */
  const changed = (parquet: string) => `
    WITH alerted AS (
      SELECT * REPLACE (CASE WHEN hash(order_id, 2) % 2 = 0 THEN 2 ELSE 0 END AS weather_alert_level)
      FROM ${parquet}),
    moved AS (
      SELECT *, CAST(CASE
          WHEN weather_alert_level = 0 THEN 3 + hash(order_id) % 3
          WHEN hash(order_id, 1) % 5 = 0 THEN 4 + hash(order_id) % 2
          ELSE hash(order_id) % 4 END AS INTEGER) AS shift
      FROM alerted)
    SELECT * EXCLUDE (shift) REPLACE (
      created_at + to_months(shift) AS created_at, accepted_at + to_months(shift) AS accepted_at,
      arrived_merchant_at + to_months(shift) AS arrived_merchant_at,
      merchant_ready_at + to_months(shift) AS merchant_ready_at, picked_up_at + to_months(shift) AS picked_up_at,
      delivered_at + to_months(shift) AS delivered_at,
      promised_at + to_months(shift) - to_milliseconds(CASE WHEN shift >= 4 THEN distance_m * 40 ELSE 0 END)
        AS promised_at)
    FROM moved`;
  const open = async (rows: (parquet: string) => string) => {
    const duck = await openDuck();
    await duck.connection.run(`CREATE VIEW delivery_orders AS ${rows(simulated.parquet('delivery_orders'))}`);
    return duck;
  };

  it('fits the headline over the months since the change, and says when and from what speed', async () => {
    const duck = await open(changed);
    try {
      const result = await inferDelivery({ ...data, duck }, scope, options);
      expect(result.byMonth.map((m) => m.month)).toEqual([
        '2025-04',
        '2025-05',
        '2025-06',
        '2025-07',
        '2025-08',
        '2025-09',
      ]);
      const { change, ...period } = result.timeFitPeriod;
      expect(change).not.toBeNull();
      expect(change!.month).toBe('2025-08');
      expect(change!.previousFrom).toBe('2025-04');
      expect(change!.kmhBefore!).toBeGreaterThan(14.5);
      expect(change!.kmhBefore!).toBeLessThan(15.5);
      expect(change!.kmhAfter).toBe(result.timeFit.ridingKmh);
      // The headline is the new speed, inside its interval.
      expect(result.timeFit.ridingKmh!).toBeGreaterThan(17.4);
      expect(result.timeFit.ridingKmh!).toBeLessThan(18.6);
      expect(result.timeFit.ridingKmhInterval.lo!).toBeLessThanOrEqual(18);
      expect(result.timeFit.ridingKmhInterval.hi!).toBeGreaterThanOrEqual(18);
      const [since] = await duckRows<{ n: number }>(
        duck.connection,
        `SELECT count(*)::DOUBLE AS n FROM delivery_orders WHERE status = 'delivered' AND distance_m > 0
           AND promised_at > accepted_at AND accepted_at >= '2025-08-01'`,
      );
      expect(period).toEqual({ from: '2025-08', to: '2025-09', orders: since!.n });
      expect(period.orders).toBeLessThan(result.orders);
      // The pay function month by month: the same 2 CNY per km in each, so no change of pay.
      expect(result.payFitPeriod).toMatchObject({ from: '2025-04', to: '2025-09', change: null });
      expect(result.payByMonth.map((m) => m.month)).toEqual(result.byMonth.map((m) => m.month));
      for (const m of result.payByMonth) {
        expect(Math.abs(m.perKm! - 2)).toBeLessThan(0.25);
        expect(m.perKmInterval.lo!).toBeLessThanOrEqual(m.perKm!);
        expect(m.perKmInterval.hi!).toBeGreaterThanOrEqual(m.perKm!);
      }
    } finally {
      duck.close();
    }
  });

  it('fits pay over the months since pay per km was cut, and says when and from what rate', async () => {
    // From July every order is paid 0.5 CNY less per km: 1.5 instead of 2.
    const cut = (parquet: string) => `SELECT * REPLACE (CAST(pay - CASE WHEN accepted_at >= '2025-07-01'
        THEN distance_m * 0.0005 ELSE 0 END AS DECIMAL(18, 4)) AS pay) FROM (${changed(parquet)})`;
    const duck = await open(cut);
    try {
      const result = await inferDelivery({ ...data, duck }, scope, options);
      const { change, ...period } = result.payFitPeriod;
      expect(change).toMatchObject({ month: '2025-07', previousFrom: '2025-04' });
      expect(Math.abs(change!.perKmBefore! - 2)).toBeLessThan(0.2);
      expect(change!.perKmAfter).toBe(result.payFit.perKm);
      expect(result.payFit.perKmInterval.lo!).toBeLessThanOrEqual(1.5);
      expect(result.payFit.perKmInterval.hi!).toBeGreaterThanOrEqual(1.5);
      expect(result.payFit.perKmInterval.hi!).toBeLessThan(1.8);
      const [since] = await duckRows<{ n: number }>(
        duck.connection,
        `SELECT count(*)::DOUBLE AS n FROM delivery_orders WHERE status = 'delivered' AND distance_m > 0
           AND promised_at > accepted_at AND accepted_at >= '2025-07-01'`,
      );
      expect(period).toEqual({ from: '2025-07', to: '2025-09', orders: since!.n });
      // The time function's change is read on its own: still August.
      expect(result.timeFitPeriod.change!.month).toBe('2025-08');
    } finally {
      duck.close();
    }
  });

  it('fits every month where the speed held, and says that it found no change', async () => {
    const result = await inferDelivery(data, scope, options);
    expect(result.timeFitPeriod).toEqual({
      from: '2025-04',
      to: '2025-04',
      orders: result.orders,
      change: null,
    });
    expect(result.payByMonth).toHaveLength(1);
    expect(result.payByMonth[0]!.n).toBe(result.payFit.n);
    expect(result.payFitPeriod).toEqual({
      from: '2025-04',
      to: '2025-04',
      orders: result.orders,
      change: null,
    });
  });

  it('reads the hour and weather effects against the fit of the months since the change', async () => {
    const duck = await open(changed);
    const since = await open(
      (parquet) => `SELECT * FROM (${changed(parquet)}) WHERE accepted_at >= '2025-08-01'`,
    );
    try {
      const result = await inferDelivery({ ...data, duck }, scope, options);
      // The same as those months read alone: the orders before the change do not move them.
      const alone = await inferDelivery({ ...data, duck: since }, scope, options);
      expect(alone.timeFitPeriod.change).toBeNull();
      expect(result.timeFit).toEqual(alone.timeFit);
      expect(result.weatherEffect).toEqual(alone.weatherEffect);
      expect(result.hourEffect).toEqual(alone.hourEffect);
      // The promise ignores the alert: the two levels' median residuals are close.
      const [calm, yellow] = result.weatherEffect;
      expect(result.weatherEffect.map((w) => w.level)).toEqual([0, 2]);
      expect(yellow!.orders).toBeGreaterThan(500);
      expect(Math.abs(yellow!.minutes! - calm!.minutes!)).toBeLessThan(0.5);
    } finally {
      duck.close();
      since.close();
    }
  });
});

describe('weather alert levels of orders exported without them', () => {
  it('come from the weather alerts of the order’s district when it was placed, as the data had them', async () => {
    const bare = await openDuck();
    try {
      await bare.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * EXCLUDE (weather_alert_level) FROM ${simulated.parquet('delivery_orders')}`,
      );
      await bare.connection.run(
        `CREATE VIEW weather_alerts AS SELECT * FROM ${simulated.parquet('weather_alerts')}`,
      );
      const columns = await deriveAlertLevels(bare.connection, {
        delivery_orders: data.columns.delivery_orders!.filter((c) => c !== 'weather_alert_level'),
        weather_alerts: ['district', 'kind', 'level', 'starts_at', 'ends_at'],
      });
      expect(columns.delivery_orders).toContain('weather_alert_level');
      const [row] = await duckRows<{ n: number; alerted: number; differ: number }>(
        bare.connection,
        `SELECT count(*)::DOUBLE AS n, count(*) FILTER (WHERE d.weather_alert_level >= 2)::DOUBLE AS alerted,
           count(*) FILTER (WHERE d.weather_alert_level IS DISTINCT FROM s.weather_alert_level)::DOUBLE AS differ
         FROM delivery_orders d JOIN ${simulated.parquet('delivery_orders')} s USING (platform, order_id)`,
      );
      expect(row!.n).toBeGreaterThan(1000);
      expect(row!.alerted).toBeGreaterThan(0);
      expect(row!.differ).toBe(0);
    } finally {
      bare.close();
    }
  });
});

describe('before/after evaluation on simulated data', () => {
  it('finds the drop in Ele.me’s late fines against Meituan and JD, with intervals that exclude zero', async () => {
    const agreement = loadAgreement(
      [
        'id: eleme-test',
        'title: 测试协议',
        'industry: food_delivery',
        'platform: eleme',
        'effective_from: 2025-04-21',
        'clauses:',
        '  - { id: c1, title: 不罚款, text: 不罚款, rule: fd.no_late_money_penalty }',
      ].join('\n'),
      'eleme-test.yaml',
    );
    const result = await evaluateAgreement(
      data,
      agreement,
      { platform: null, district: null },
      { replicates: 200, seed: 42, metrics: ['late_money_penalty_rate', 'late_rate'], breakdowns: true },
    );
    expect(result.control).toBe('platforms');
    const fines = result.metrics.find((m) => m.key === 'late_money_penalty_rate')!;
    const cell = (arm: string, period: string) =>
      fines.cells.find((c) => c.arm === arm && c.period === period)!;
    expect(cell('control', 'before').estimate).toBe(0);
    expect(cell('control', 'after').estimate).toBe(0);
    expect(cell('treated', 'after').estimate).toBe(0);
    expect(cell('treated', 'before').estimate!).toBeGreaterThan(0.5);
    expect(fines.did!.estimate!).toBeCloseTo(-cell('treated', 'before').estimate!, 12);
    expect(fines.did!.hi!).toBeLessThan(0);
    expect(fines.byMonth!.length).toBeGreaterThan(0);
    expect(fines.byPlatform!.map((e) => e.groups.platform)).toContain('jd');
    // Reproducible: the same seed gives the same interval.
    const again = await evaluateAgreement(
      data,
      agreement,
      { platform: null, district: null },
      { replicates: 200, seed: 42, metrics: ['late_money_penalty_rate'] },
    );
    expect(again.metrics[0]!.did).toEqual(fines.did);
  });

  it('ends the after period with an agreement that has ended', async () => {
    const agreement = loadAgreement(
      [
        'id: eleme-short',
        'title: 测试协议',
        'industry: food_delivery',
        'platform: eleme',
        'effective_from: 2025-04-21',
        'effective_to: 2025-04-23',
        'clauses:',
        '  - { id: c1, title: 不罚款, text: 不罚款, rule: fd.no_late_money_penalty }',
      ].join('\n'),
      'eleme-short.yaml',
    );
    const result = await evaluateAgreement(
      data,
      agreement,
      { platform: null, district: null },
      { replicates: 50, seed: 1, metrics: ['late_rate'] },
    );
    // Counted by hand: Ele.me's delivered orders accepted 21–23 April.
    const [own] = await duckRows<{ n: number }>(
      data.duck.connection,
      `SELECT count(*)::DOUBLE AS n FROM delivery_orders WHERE platform = 'eleme' AND status = 'delivered'
         AND delivered_at IS NOT NULL AND CAST(accepted_at AS DATE) BETWEEN '2025-04-21' AND '2025-04-23'`,
    );
    const after = result.metrics[0]!.cells.find((c) => c.arm === 'treated' && c.period === 'after')!;
    expect(own!.n).toBeGreaterThan(0);
    expect(after.units).toBe(own!.n);
  });

  it('does not count orders of a platform whose export lacks the fee flag as orders hiding the fee', async () => {
    // JD's export has no fee_shown_before_accept (empty when read beside the others); Meituan shows every fee.
    const mixed = await openDuck();
    try {
      await mixed.connection.run(
        `CREATE VIEW delivery_orders AS SELECT * REPLACE (
           CASE WHEN platform = 'jd' THEN NULL ELSE fee_shown_before_accept END AS fee_shown_before_accept)
         FROM ${simulated.parquet('delivery_orders')}`,
      );
      const agreement = loadAgreement(
        [
          'id: eleme-fee',
          'title: 测试协议',
          'industry: food_delivery',
          'platform: eleme',
          'effective_from: 2025-04-21',
          'clauses:',
          '  - { id: c1, title: 费用展示, text: 费用展示, rule: fd.fee_shown_before_accept }',
        ].join('\n'),
        'eleme-fee.yaml',
      );
      const result = await evaluateAgreement(
        { ...data, duck: mixed },
        agreement,
        { platform: null, district: null },
        { replicates: 50, seed: 1, metrics: ['fee_shown_share'] },
      );
      const control = result.metrics[0]!.cells.filter((c) => c.arm === 'control');
      expect(control).toHaveLength(2);
      for (const cell of control) expect(cell.estimate).toBe(1);
    } finally {
      mixed.close();
    }
  });
});
