import type { DuckDBConnection } from '@duckdb/node-api';
import { duckRows, identifier } from './duck';
import { poissonWeightSql, replicateUniformSql } from './poisson-weight';

/**
 * Every bootstrap replicate's quantile of the values themselves, and the estimate's as replicate −1 (every worker
 * weighed 1): per group, the smallest value whose cumulative weight reaches q of the total, a row weighing its
 * worker's weight in the replicate times the units it stands for.
 *
 * One search over every value would weigh every (worker, value) pair in every replicate. The search goes instead
 * by keys, coarse to fine, each of which only grows with the value, so that ordering by all of them in turn orders
 * by the value and the search finds the same value:
 *   k0  whether the value is below its group's window (−1), in it (0) or above it (1);
 *   k1  which of `windowParts` equal parts of the window it falls in (counted on below and above it too);
 *   k2  which of `windowParts`² equal parts;
 *   k3  the value.
 * Each step finds the key where the weight before it and the cumulative weight inside reach q of the total, from
 * the counts of the rows inside the keys chosen before alone. The window (`writeWindows`) holds every replicate's
 * quantile but for rare draws, so a replicate weighs each worker's count below, inside and above it, then about
 * one (worker, value) pair per worker inside it, then a sixteenth of those, then a few; a replicate whose quantile
 * falls outside is searched the same way among the rows outside, only slower. The window decides how much each
 * replicate weighs, never which value it finds.
 */

/**
 * How far from q a group's window may reach, as shares of its rows, nearest first; the first reach of at least
 * `windowErrors` standard errors of the share of units at or below the quantile is taken, the last (1) being every
 * value.
 */
const windowReach = [0.0025, 0.005, 0.01, 0.02, 0.04, 0.08, 0.16, 0.32, 1];
const windowErrors = 4;
/** The window is cut in this many equal parts, and the part a replicate chose in as many again. */
const windowParts = 16;
/** k0 to k3. */
const searchKeys = 4;
/**
 * The quantiles that place the windows are taken from about this many rows at most: one in k, k the rows over this
 * rounded down, those whose hash of worker and value divides by k (the same rows give the same windows).
 */
const windowSample = 1_000_000;

const range = (n: number) => Array.from({ length: n }, (_, i) => i);
const of = (alias: string, columns: readonly string[]) => columns.map((c) => `${alias}.${c}`).join(', ');
/** Equal groups, an empty column (a unit without a district) matching an empty one. */
const sameGroup = (groups: readonly string[], a: string, b: string) =>
  groups.map((c) => `${a}.${c} IS NOT DISTINCT FROM ${b}.${c}`).join(' AND ');

/**
 * Writes `table`: each group's window of values, `lo` to `hi`, with its `clusters` (workers) and `units`, from
 * `rows` (the group columns, `cluster`, `value`, never empty, and `n`, the units a row stands for). The window lies
 * between the group's quantiles at the shares q ± reach (of its sampled rows, each once whatever its count: near
 * enough for a window), for the first reach of at least `windowErrors` standard errors of the share of units at or
 * below the quantile at q: as the workers' resampling moves that share, the square root of the sum over the
 * group's workers of (units at or below − q · units)², over its units, with the sample's own variance added,
 * q · (1 − q) over the rows sampled. With the last reach, or no row sampled, the window is every value.
 */
export async function writeWindows(
  connection: DuckDBConnection,
  table: string,
  rows: string,
  groups: readonly string[],
  q: number,
): Promise<void> {
  const gl = groups.join(', ');
  const [count] = await duckRows<{ n: number }>(connection, `SELECT count(*)::BIGINT AS n FROM ${rows}`);
  const every = Math.max(1, Math.floor(Number(count!.n) / windowSample));
  const shares = [
    ...windowReach.map((r) => Math.max(0, q - r)),
    q,
    ...windowReach.map((r) => Math.min(1, q + r)),
  ];
  const middle = windowReach.length + 1;
  const last = windowReach.length;
  const reach = windowReach.map((r, j) => `WHEN ${windowErrors} * se <= ${r} THEN ${j + 1}`).join(' ');
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${identifier(table)} AS
    WITH grid AS (
      SELECT ${gl}, quantile_disc(value, [${shares.join(', ')}]) AS cuts, count(*) AS sampled
      FROM ${rows} WHERE hash(cluster, value) % ${every} = 0 GROUP BY ALL),
    workers AS (
      SELECT ${of('c', groups)}, c.cluster, any_value(g.cuts) AS cuts, any_value(g.sampled) AS sampled,
        min(c.value) AS least, max(c.value) AS greatest,
        CAST(sum(CASE WHEN c.value <= g.cuts[${middle}] THEN c.n ELSE 0 END) AS BIGINT) AS below,
        CAST(sum(c.n) AS BIGINT) AS n
      FROM ${rows} c LEFT JOIN grid g ON ${sameGroup(groups, 'c', 'g')}
      GROUP BY ALL),
    spread AS (
      SELECT ${gl}, any_value(cuts) AS cuts, min(least) AS least, max(greatest) AS greatest,
        sqrt(power(sqrt(sum(power(below - ${q} * n, 2))) / sum(n), 2)
             + ${every > 1 ? `${q * (1 - q)} / any_value(sampled)` : '0'}) AS se,
        count(*) AS clusters, sum(n) AS units
      FROM workers GROUP BY ALL)
    SELECT ${gl}, CASE WHEN cuts IS NULL OR j = ${last} THEN least ELSE cuts[j] END AS lo,
      CASE WHEN cuts IS NULL OR j = ${last} THEN greatest ELSE cuts[${middle} + j] END AS hi, clusters, units
    FROM (SELECT *, CASE ${reach} ELSE ${last} END AS j FROM spread)`);
}

export interface QuantileSearch {
  /** A table or a parenthesised query: the group columns, `cluster`, `value` (never empty) and `n`. */
  rows: string;
  /** A table of each group's window: the group columns, `lo` and `hi` (`writeWindows`). */
  window: string;
  /** The bootstrap's weights (`cluster`, `rep`, `w`): every worker in every replicate, drawn with `seed`. */
  weights: string;
  seed: number;
  groups: readonly string[];
  q: number;
  /** Prefix of the tables written; the result is `<prefix>_found`: the group columns, `rep` and `est`. */
  prefix: string;
}

/** Writes `<prefix>_found`, every replicate's quantile per group and the estimate's as replicate −1. */
export async function searchQuantiles(connection: DuckDBConnection, search: QuantileSearch): Promise<void> {
  const { rows, window, weights, seed, groups, q } = search;
  const prefix = identifier(search.prefix);
  const gl = groups.join(', ');
  const part = (parts: number) =>
    `CASE WHEN w.hi > w.lo THEN floor((c.value - w.lo) * ${parts} / (w.hi - w.lo)) ELSE 0 END`;
  const keyed = `SELECT ${of('c', groups)}, c.cluster, c.n,
      CASE WHEN c.value < w.lo THEN -1 WHEN c.value > w.hi THEN 1 ELSE 0 END AS k0,
      ${part(windowParts)} AS k1, ${part(windowParts * windowParts)} AS k2, c.value AS k3
    FROM ${rows} c JOIN ${window} w ON ${sameGroup(groups, 'c', 'w')}`;
  const inside = 'c.value >= w.lo AND c.value <= w.hi';
  const reached = (before: string) => `${before}cum >= ${q} * total`;
  // The first step: each worker's count below, inside and above the window, weighed in every replicate.
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${prefix}_step0 AS
     SELECT ${gl}, rep, min(k) FILTER (WHERE ${reached('')}) AS c0,
       arg_min(cum - w, k) FILTER (WHERE ${reached('')}) AS before, any_value(total) AS total
     FROM (SELECT *, sum(w) OVER (PARTITION BY ${gl}, rep ORDER BY k ROWS UNBOUNDED PRECEDING) AS cum,
             sum(w) OVER (PARTITION BY ${gl}, rep) AS total
           FROM (SELECT ${of('x', groups)}, w.rep, x.k, CAST(sum(w.w * x.n) AS BIGINT) AS w
                 FROM (SELECT ${gl}, cluster, k0 AS k, CAST(sum(n) AS BIGINT) AS n FROM (${keyed}) GROUP BY ALL) x
                   JOIN (SELECT cluster, rep, w FROM ${weights} WHERE w > 0
                         UNION ALL SELECT cluster, -1, 1 FROM ${weights} WHERE rep = 0) w USING (cluster)
                 GROUP BY ALL))
     GROUP BY ALL`,
  );
  // The rows the later steps search: those inside the windows, and, in a group where a replicate's quantile fell
  // outside its window, the rows outside it too.
  await connection.run(`CREATE OR REPLACE TEMP TABLE ${prefix}_keyed AS ${keyed} WHERE ${inside}`);
  const [outside] = await duckRows<{ n: number }>(
    connection,
    `SELECT count(*)::INTEGER AS n FROM ${prefix}_step0 WHERE c0 <> 0`,
  );
  if (outside!.n > 0)
    await connection.run(
      `INSERT INTO ${prefix}_keyed ${keyed}
         SEMI JOIN (SELECT DISTINCT ${gl} FROM ${prefix}_step0 WHERE c0 <> 0) s ON ${sameGroup(groups, 'c', 's')}
       WHERE NOT (${inside})`,
    );
  for (const i of range(searchKeys).slice(1)) {
    const chosen = range(i).map((j) => `c${j}`);
    const on = (a: string, b: string) =>
      [sameGroup(groups, a, b), ...range(i).map((j) => `${a}.k${j} = ${b}.c${j}`)].join(' AND ');
    const previous = `${prefix}_step${i - 1}`;
    // The (worker, key) pairs inside the keys any replicate chose, their counts summed; each replicate's own,
    // weighed. A pair's weight is computed from the seed, the worker and the replicate, the same figure as the
    // weights table, rather than joined from it: a join of millions of rows on two keys costs more than the rest.
    const coarser = range(i).map((j) => `x.k${j}`);
    const pairs = `SELECT ${of('x', groups)}, x.cluster, ${coarser.join(', ')}, x.k${i} AS k,
        CAST(sum(x.n) AS BIGINT) AS n
      FROM ${prefix}_keyed x SEMI JOIN (SELECT DISTINCT ${[...groups, ...chosen].join(', ')} FROM ${previous}) s
        ON ${on('x', 's')}
      GROUP BY ALL`;
    const u = replicateUniformSql(seed, 'x.cluster', 's.rep');
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${prefix}_step${i} AS
       SELECT ${[gl, 'rep', ...chosen].join(', ')}, min(k) FILTER (WHERE ${reached('before + ')}) AS c${i},
         arg_min(before + cum - w, k) FILTER (WHERE ${reached('before + ')}) AS before, any_value(total) AS total
       FROM (SELECT *, sum(w) OVER (PARTITION BY ${gl}, rep ORDER BY k ROWS UNBOUNDED PRECEDING) AS cum
             FROM (SELECT ${[gl, 'rep', ...chosen].join(', ')}, k, CAST(sum(w * n) AS BIGINT) AS w,
                     any_value(before) AS before, any_value(total) AS total
                   FROM (SELECT *, CASE WHEN rep < 0 THEN 1 ELSE ${poissonWeightSql('u')} END AS w
                         FROM (SELECT ${of('s', groups)}, s.rep, ${of('s', chosen)}, s.before, s.total, x.k, x.n,
                                 ${u} AS u
                               FROM ${previous} s JOIN (${pairs}) x ON ${on('x', 's')}))
                   WHERE w > 0
                   GROUP BY ALL))
       GROUP BY ALL`,
    );
  }
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${prefix}_found AS
     SELECT ${gl}, rep, c${searchKeys - 1} AS est FROM ${prefix}_step${searchKeys - 1}`,
  );
}
