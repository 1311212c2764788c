/**
 * Governance's worker-days (working minutes as the union of a day's orders, net pay, the longest block without
 * a rest, the day's platform and district; `workingDaysSql`, read by the before/after evaluation, the inference
 * and the sandbox) on simulated orders in DuckDB, against the same figures by windows partitioned by worker and
 * day, as an analyst writes them (and as governance computed them before): a running latest end, islands and
 * blocks numbered by running sums, then aggregated. Both must give the same days, minutes, blocks and places.
 * Printed as a ratio measured in one run, best of `--rounds` (2 unless told).
 * Usage: npx tsx packages/server/bench/working-days.bench.ts [--rows N] [--rounds N] [--threads N]
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { argument, ratio, say, seconds } from '../../rules/bench/support/measure';
import { simulatedOrdersView } from '../../rules/bench/support/simulated-orders';
import { workingDaysSql } from '../src/modules/governance/metrics/working-days';
import { Rounds } from './support/rounds';

const targetRows = argument('rows', 10_000_000);
const rounds = new Rounds(argument('rounds', 2));
const threads = argument('threads', 0);

/** The same figures by windows per worker and day (the formulation `workingDaysSql` replaced). */
function windowedWorkingDaysSql(orders: string, restMinutes = 20): string {
  return `WITH o AS (SELECT *, CAST(start_at AS DATE) AS day FROM (${orders}) WHERE end_at >= start_at),
  s AS (SELECT *, max(end_at) OVER (PARTITION BY worker, day, covered ORDER BY start_at, end_at
                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS prev_end FROM o),
  m AS (SELECT *,
          sum(CASE WHEN prev_end IS NULL OR start_at > prev_end THEN 1 ELSE 0 END)
            OVER (PARTITION BY worker, day, covered ORDER BY start_at, end_at ROWS UNBOUNDED PRECEDING) AS island,
          sum(CASE WHEN prev_end IS NULL OR start_at >= prev_end + INTERVAL ${restMinutes} MINUTE THEN 1 ELSE 0 END)
            OVER (PARTITION BY worker, day, covered ORDER BY start_at, end_at ROWS UNBOUNDED PRECEDING) AS block
        FROM s),
  islands AS (SELECT worker, day, covered, island, epoch(max(end_at) - min(start_at)) / 60 AS minutes FROM m GROUP BY ALL),
  blocks AS (SELECT worker, day, covered, block, epoch(max(start_at) - min(start_at)) / 60 AS span FROM m GROUP BY ALL)
  SELECT t.platform, t.district, t.worker, t.day, t.covered, t.net, i.minutes, b.longest_block
  FROM (SELECT worker, day, covered, arg_min(platform, (start_at, end_at, platform)) AS platform,
          arg_min(district, (start_at, end_at, district)) AS district, sum(net) AS net
        FROM m GROUP BY worker, day, covered) t
  JOIN (SELECT worker, day, covered, sum(minutes) AS minutes FROM islands GROUP BY ALL) i USING (worker, day, covered)
  JOIN (SELECT worker, day, covered, max(span) AS longest_block FROM blocks GROUP BY ALL) b USING (worker, day, covered)`;
}

const instance = await DuckDBInstance.create(':memory:', threads > 0 ? { threads: String(threads) } : {});
const db = await instance.connect();
const { file, rows } = await simulatedOrdersView(db, targetRows, say);
// As governance reads delivery orders: the covered arm is one platform's.
const orders = `SELECT platform, coalesce(district, '') AS district, rider_id AS worker, platform = 'eleme' AS covered,
    accepted_at AS start_at, delivered_at AS end_at, CAST(pay AS DOUBLE) - coalesce(CAST(penalty AS DOUBLE), 0) AS net
  FROM delivery_orders WHERE status = 'delivered' AND delivered_at IS NOT NULL`;
say(`${rows.toLocaleString()} simulated delivery orders (${file})`);
await db.run(`SELECT count(accepted_at) + count(delivered_at) + count(pay) FROM delivery_orders`);

await rounds.each(async (of) => {
  await rounds.timed(`worker-days, folded per day${of}`, 'folded', () =>
    db.run(`CREATE OR REPLACE TABLE folded AS ${workingDaysSql(orders)}`),
  );
  await rounds.timed(`worker-days, windows per worker and day${of}`, 'windowed', () =>
    db.run(`CREATE OR REPLACE TABLE windowed AS ${windowedWorkingDaysSql(orders)}`),
  );
});
// The same days with the same figures (minutes within a nanominute, net pay, a floating sum in any order, within a
// millionth).
const [check] = await (
  await db.run(`SELECT count(*) AS days,
      count(*) FILTER (WHERE f.worker IS NULL OR w.worker IS NULL OR abs(f.minutes - w.minutes) > 1e-9
        OR abs(f.longest_block - w.longest_block) > 1e-9 OR f.platform <> w.platform OR f.district <> w.district
        OR abs(f.net - w.net) > 1e-6) AS different
    FROM folded f FULL JOIN windowed w USING (worker, day, covered)`)
).getRowObjectsJson();
if (Number(check!.different) !== 0) throw new Error(`${check!.different} worker-days differ`);
const ours = rounds.best('folded');
const theirs = rounds.best('windowed');
say('');
say(`${Number(check!.days).toLocaleString()} worker-days, the same from both; best of ${rounds.count}:`);
say(`folded per day:                ${seconds(ours.wallMs)}, cpu ${seconds(ours.cpuMs)}`);
say(`windows per worker and day:    ${seconds(theirs.wallMs)}, cpu ${seconds(theirs.cpuMs)}`);
say(`ratio windows / folded:        ${ratio(theirs, ours)}`);
