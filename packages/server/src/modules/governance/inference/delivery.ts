import { belowHourlyMinimumSql } from '../../audits/engine/exact-bounds';
import type { AnalysisData } from '../data/analysis-data';
import { optionalReader } from '../metrics/definitions';
import { scopedUnits, type AnalysisScope } from '../metrics/scope';
import { workingDaysSql } from '../metrics/working-days';
import { duckRows, num } from '../stats/duck';
import { histogram, tenThousandths, type Bin } from './histogram';
import {
  fitCurrentAlgorithm,
  fitCurrentPay,
  type PayFitPeriod,
  type TimeFitPeriod,
} from './current-algorithm';
import { overallStrictness, strictnessIndex } from './strictness';
import type { PayFit, TimeFit } from './time-fit';

export interface DeliveryInference {
  orders: number;
  /** The time function now in force: fitted over `timeFitPeriod`. */
  timeFit: TimeFit;
  /**
   * The months of the time fit and of the hour and weather effects: since the latest change of the riding speed
   * between months (`regime.ts`), or every month where it held.
   */
  timeFitPeriod: TimeFitPeriod;
  byMonth: (TimeFit & { month: string })[];
  hourEffect: { hour: number; minutes: number | null; orders: number }[];
  /** Over the orders of the time fit's months with an alert level; empty without weather data. */
  weatherEffect: { level: number; minutes: number | null; orders: number }[];
  /** Whether any order of the time fit's months has an alert level (its own, or derived from the weather alerts). */
  weatherData: boolean;
  scatter: { km: number; minutes: number }[];
  speedHistogram: Bin[];
  strictness: {
    bands: {
      km: number;
      orders: number;
      promised: number;
      actualP10: number;
      actualP50: number;
      index: number | null;
    }[];
    index: number | null;
    strict: boolean;
  };
  /** The pay rule now in force: fitted over `payFitPeriod`. */
  payFit: PayFit;
  /** The months of the pay fit: since the latest change of pay per km between months, or every month. */
  payFitPeriod: PayFitPeriod;
  payByMonth: (PayFit & { month: string })[];
  hourlyPay: { histogram: Bin[]; median: number | null; shareBelow: number | null; minHourly: number };
}

/** Money in exact decimals, so that a rider-day's net pay is the exact sum of its orders'. */
const money = (value: string) => `CAST(${value} AS DECIMAL(38, 4))`;

/**
 * The platform's delivery-time function estimated from outcomes: allowed minutes = a + b × km by Theil–Sen (per
 * month, and over the months since the latest change of speed between them; each b with its 95 % interval), then
 * the median residual of that fit over its months by hour of day and by weather alert level (additive effects;
 * orders without a level left out, and no effect at all without weather data), the implied riding speed 60 / b,
 * where promised times sit against actual delivery times, and the pay function (pay against distance, per month
 * and over the months since the latest change of pay per km; hourly pay per worker-day against the minimum).
 */
export async function inferDelivery(
  data: AnalysisData,
  scope: AnalysisScope,
  options: { seed: number; minHourly: number },
): Promise<DeliveryInference> {
  const c = data.duck.connection;
  const opt = optionalReader(data.columns, 'delivery_orders');
  // Levels come from the export or from the weather alerts (`deriveAlertLevels`); without either the orders have
  // none, and an unknown level (a dataset without the column, an order without a district) is not level 0.
  const levelled = (data.columns.delivery_orders ?? []).includes('weather_alert_level');
  await c.run(
    `CREATE OR REPLACE TEMP TABLE inf_orders AS ${scopedUnits(
      `SELECT order_id AS id, platform, coalesce(${opt('district', 'NULL')}, '') AS district, rider_id,
         accepted_at, delivered_at, distance_m, distance_m / 1000.0 AS km,
         epoch(promised_at - accepted_at) / 60 AS allowed,
         epoch_us(promised_at) - epoch_us(accepted_at) AS allowed_us,
         epoch(delivered_at - accepted_at) / 60 AS actual,
         strftime(accepted_at, '%Y-%m') AS month, hour(accepted_at) AS hour,
         CAST(${opt('weather_alert_level', 'NULL')} AS INTEGER) AS alert,
         CAST(pay AS DOUBLE) AS pay
       FROM delivery_orders WHERE status = 'delivered' AND distance_m > 0 AND promised_at > accepted_at`,
      scope,
    )}`,
  );
  const [count] = await duckRows(c, `SELECT count(*) AS n FROM inf_orders`);
  const current = await fitCurrentAlgorithm(c, { seed: options.seed });
  const a = current.timeFit.intercept ?? 0;
  const b = current.timeFit.slope ?? 0;
  // Against the fit of the same months: a change of speed before them does not read as an hour or weather effect.
  const residual = `allowed - (${a} + ${b} * km)`;
  const hours = await duckRows(
    c,
    `SELECT hour, quantile_cont(${residual}, 0.5) AS m, count(*) AS n FROM inf_current GROUP BY hour ORDER BY hour`,
  );
  const levels = levelled
    ? await duckRows(
        c,
        `SELECT alert, quantile_cont(${residual}, 0.5) AS m, count(*) AS n FROM inf_current
         WHERE alert IS NOT NULL GROUP BY alert ORDER BY alert`,
      )
    : [];
  const scatter = await duckRows(
    c,
    `SELECT round(km, 3) AS km, round(allowed, 2) AS minutes FROM inf_orders
     ORDER BY hash(${Math.trunc(options.seed)}::BIGINT, id), id LIMIT 400`,
  );
  // km/h = (metres / 1,000) / (µs / 3.6·10⁹) = metres × 3.6·10⁶ / µs, binned without a rounded quotient.
  const speedHistogram = await histogram(
    c,
    `SELECT CAST(distance_m AS HUGEINT) * 3600000 AS num, allowed_us AS den FROM inf_orders`,
    { min: 0, max: 40, width: 1 },
  );
  const bands = await duckRows(
    c,
    `SELECT floor(km) + 0.5 AS km, count(*) AS n, quantile_cont(allowed, 0.5) AS promised,
       quantile_cont(actual, 0.1) AS p10, quantile_cont(actual, 0.5) AS p50
     FROM inf_orders WHERE delivered_at IS NOT NULL GROUP BY floor(km) HAVING count(*) >= 20 ORDER BY 1`,
  );
  const strictBands = bands.map((r) => {
    const promised = num(r.promised) ?? 0;
    const actualP10 = num(r.p10) ?? 0;
    const actualP50 = num(r.p50) ?? 0;
    return {
      km: num(r.km) ?? 0,
      orders: num(r.n) ?? 0,
      promised,
      actualP10,
      actualP50,
      index: strictnessIndex(promised, actualP10, actualP50),
    };
  });
  const pay = await fitCurrentPay(c, { seed: options.seed });
  // Every delivered order of a rider's day counts towards its pay and working time, including those the time
  // fit cannot use (no distance, no promise): hourly pay is the same figure the evaluation measures.
  const days = workingDaysSql(
    scopedUnits(
      `SELECT platform, coalesce(${opt('district', 'NULL')}, '') AS district, rider_id AS worker, TRUE AS covered,
         accepted_at AS start_at, delivered_at AS end_at,
         ${money('pay')} - coalesce(${money(opt('penalty', '0'))}, 0) AS net
       FROM delivery_orders WHERE status = 'delivered' AND delivered_at IS NOT NULL`,
      scope,
    ),
  );
  // A day's net pay is the exact sum of its orders' and its time is in µs, so that the histogram and the share
  // below the minimum decide a day paid exactly on an edge or exactly the minimum as it is.
  await c.run(
    `CREATE OR REPLACE TEMP TABLE inf_days AS
     SELECT net, micros, CAST(net AS DOUBLE) / (micros / 3600000000) AS value FROM (${days})
     WHERE micros >= 3600000000`,
  );
  const [hourly] = await duckRows(
    c,
    `SELECT quantile_cont(value, 0.5) AS m,
       avg((${belowHourlyMinimumSql('net', 'micros', String(options.minHourly), '0')})::INT) AS below
     FROM inf_days`,
  );
  // CNY/h = net / (µs / 3.6·10⁹) = net in ten-thousandths of a yuan × 360,000 / µs.
  const hourlyValues = `SELECT ${tenThousandths('net')} * 360000 AS num, micros AS den FROM inf_days`;
  const hourlyHistogram = await histogram(c, hourlyValues, { min: 0, max: 100, width: 2.5 });
  return {
    orders: num(count?.n) ?? 0,
    ...current,
    hourEffect: hours.map((r) => ({ hour: num(r.hour) ?? 0, minutes: num(r.m), orders: num(r.n) ?? 0 })),
    weatherEffect: levels.map((r) => ({
      level: num(r.alert) ?? 0,
      minutes: num(r.m),
      orders: num(r.n) ?? 0,
    })),
    weatherData: levels.length > 0,
    scatter: scatter.map((r) => ({ km: num(r.km) ?? 0, minutes: num(r.minutes) ?? 0 })),
    speedHistogram,
    strictness: { bands: strictBands, ...overallStrictness(strictBands) },
    ...pay,
    hourlyPay: {
      histogram: hourlyHistogram,
      median: num(hourly?.m),
      shareBelow: num(hourly?.below),
      minHourly: options.minHourly,
    },
  };
}
