import type { AnalysisData } from '../data/analysis-data';
import { commissionAboveCap, commissionRateSql } from '../metrics/commission-rate';
import { optionalReader } from '../metrics/definitions';
import { scopedUnits, type AnalysisScope } from '../metrics/scope';
import { duckRows, num } from '../stats/duck';
import { theilSen, type SlopeInterval } from '../stats/theil-sen';
import { histogram, tenThousandths, type Bin } from './histogram';

export interface RideInference {
  trips: number;
  commission: { histogram: Bin[]; mean: number | null; shareAboveCap: number | null; cap: number };
  /** Driver income against billed minutes: CNY per minute (with Sen's 95 % interval) and the fixed part. */
  payPerMinute: { intercept: number | null; slope: number | null; slopeInterval: SlopeInterval; n: number };
  byMonth: { month: string; mean: number | null; shareAboveCap: number | null; trips: number }[];
}

/**
 * The ride platform's take and pay function from trips: commission distribution against the cap (trips with a
 * passenger fare; its bins and the share above the cap decided exactly, as `rh.commission_cap` decides), pay per
 * minute (every trip: a driver's own export has pay but no fare).
 */
export async function inferRides(
  data: AnalysisData,
  scope: AnalysisScope,
  options: { seed: number; cap: number },
): Promise<RideInference> {
  const c = data.duck.connection;
  const opt = optionalReader(data.columns, 'ride_trips');
  const paid = `CAST(${opt('passenger_paid', 'NULL')} AS DOUBLE)`;
  const fare = tenThousandths(opt('passenger_paid', 'NULL'));
  const taken = tenThousandths(
    `${opt('passenger_paid', 'NULL')} - driver_income - coalesce(${opt('refund', '0')}, 0)`,
  );
  await c.run(
    `CREATE OR REPLACE TEMP TABLE inf_trips AS ${scopedUnits(
      `SELECT trip_id AS id, platform, coalesce(${opt('district', 'NULL')}, '') AS district,
         strftime(pickup_at, '%Y-%m') AS month, epoch(dropoff_at - pickup_at) / 60 AS minutes,
         CAST(driver_income AS DOUBLE) AS income,
         CASE WHEN ${paid} > 0 THEN ${commissionRateSql(opt)} END AS rate,
         ${taken} AS taken, ${fare} AS fare,
         ${commissionAboveCap(opt, String(options.cap))} AS above_cap
       FROM ride_trips`,
      scope,
    )}`,
  );
  const [totals] = await duckRows(
    c,
    `SELECT count(*) AS n, avg(rate) AS mean, avg(above_cap::INT) AS above FROM inf_trips`,
  );
  const months = await duckRows(
    c,
    `SELECT month, count(*) AS n, avg(rate) AS mean, avg(above_cap::INT) AS above
     FROM inf_trips GROUP BY month ORDER BY month`,
  );
  const [pay] = await theilSen(c, `SELECT 'all' AS grp, id, minutes AS x, income AS y FROM inf_trips`, {
    seed: options.seed,
    interval: true,
  });
  const rateBins = { min: 0, max: 0.5, width: 0.01 };
  return {
    trips: num(totals?.n) ?? 0,
    commission: {
      // The rate's bin from (paid − income − refund) / paid in ten-thousandths of a yuan, exactly: a trip charged
      // 14.90 of 74.50 is in [0.20, 0.21).
      histogram: await histogram(c, 'SELECT taken AS num, fare AS den FROM inf_trips', rateBins),
      mean: num(totals?.mean),
      shareAboveCap: num(totals?.above),
      cap: options.cap,
    },
    payPerMinute: {
      intercept: pay?.intercept ?? null,
      slope: pay?.slope ?? null,
      slopeInterval: pay?.interval ?? { lo: null, hi: null },
      n: pay?.n ?? 0,
    },
    byMonth: months.map((m) => ({
      month: String(m.month),
      mean: num(m.mean),
      shareAboveCap: num(m.above),
      trips: num(m.n) ?? 0,
    })),
  };
}
