import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '@gigpact/datasets';
import { bootstrapP, type ContrastCell } from './contrasts';
import { duckRows, identifier, num } from './duck';
import { poissonWeightSql, replicateUniformSql } from './poisson-weight';
import { searchQuantiles, writeWindows } from './replicate-quantiles';

/**
 * How a statistic is made from unit rows. `ratio`: Σ num / Σ den over the group (a rate, a share or a mean).
 * `quantile`: the weighted inverse-distribution quantile of `value` at `q` — the smallest value whose cumulative
 * weight reaches q of the total — of the values themselves, the same definition and the same search for the
 * estimate and for every replicate.
 */
export type Estimator = { type: 'ratio' } | { type: 'quantile'; q: number };

export interface BootstrapSpec {
  /** A table with the group columns (never NULL), `cluster` (the worker), and `num`/`den` or `value`. */
  units: string;
  /**
   * The units table holds counted units (`countedUnitsSql`): each row stands for `n` units of one worker with
   * the same group columns and the sums of their `num` and `den`, or the same `value`.
   */
  counted?: boolean;
  groups: readonly string[];
  estimator: Estimator;
  replicates: number;
  seed: number;
  /** Name of the table the replicate estimates are written to: the groups, `rep`, `est`. */
  repsTable: string;
  /** Two-sided coverage of the percentile interval. */
  level?: number;
}

/**
 * Fewest workers a cell needs for an interval. Workers are what the bootstrap resamples: with one worker every
 * replicate repeats the same figure (or is empty), and the interval would be a point that only looks certain.
 */
export const minClustersForInterval = 2;

export interface Estimate {
  groups: Record<string, string>;
  estimate: number | null;
  lo: number | null;
  hi: number | null;
  se: number | null;
  clusters: number;
  units: number;
}

/**
 * Unit rows counted for the bootstrap, with `n`, the number of units a row stands for. For a ratio, one row per
 * worker and value of the given columns with the sums of `num` and `den`: a few thousand rows instead of one per
 * order. For a quantile, each unit's `value` on a row of its own: its values have many decimals, a worker seldom
 * repeats one, and counting ten million rows by value would cost more than the rows it saves. Every estimate and
 * replicate over it equals the one over the units themselves (`counted` in the spec).
 */
export function countedUnitsSql(units: string, columns: readonly string[], estimator: Estimator): string {
  const keys = [...columns.map(identifier), 'cluster'].join(', ');
  return estimator.type === 'ratio'
    ? `SELECT ${keys}, sum(num) AS num, sum(den) AS den, count(*) AS n FROM (${units}) GROUP BY ${keys}`
    : `SELECT ${keys}, value, 1 AS n FROM (${units}) WHERE value IS NOT NULL`;
}

/**
 * Estimates are rounded to 10 decimals: a parallel sum adds in varying order, and the same seed must give the
 * same digits.
 *
 * The cluster (worker) bootstrap, set-based in DuckDB: one weight per (worker, replicate) from a seeded hash,
 * every replicate's estimate per group in one grouped query, and the percentile interval of the replicates.
 * Resampling whole workers keeps the dependence between a worker's many orders (and across periods) in the
 * interval; the same seed gives the same interval.
 */
export async function bootstrap(connection: DuckDBConnection, spec: BootstrapSpec): Promise<Estimate[]> {
  if (spec.groups.length === 0) throw new Error('a bootstrap needs at least one group column');
  const g = spec.groups.map(identifier);
  const gl = g.join(', ');
  const units = identifier(spec.units);
  const reps = identifier(spec.repsTable);
  const weights = `${reps}_w`;
  const level = spec.level ?? 0.95;
  const replicates = Math.max(1, Math.trunc(spec.replicates));
  const u = replicateUniformSql(spec.seed, 'cluster', 'rep');
  // How many units a row of the units table stands for. Counts and weighed counts are kept in 64 bits: DuckDB sums
  // integers into 128, and every product and running sum after would follow.
  const unitsOfRow = spec.counted ? 'CAST(sum(n) AS BIGINT)' : 'count(*)';
  await connection.run(
    `CREATE OR REPLACE TEMP TABLE ${weights} AS
     SELECT cluster, rep, ${poissonWeightSql('u')} AS w
     FROM (SELECT cluster, rep, ${u} AS u
           FROM (SELECT DISTINCT cluster FROM ${units}) c CROSS JOIN range(${replicates}) r(rep))`,
  );
  let point: string;
  if (spec.estimator.type === 'ratio') {
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${reps}_cl AS
       SELECT ${gl}, cluster, sum(num) AS num, sum(den) AS den, ${unitsOfRow} AS n FROM ${units} GROUP BY ALL`,
    );
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${reps} AS
       SELECT ${g.map((c) => `c.${c}`).join(', ')}, w.rep,
         round(sum(w.w * c.num) / nullif(sum(w.w * c.den), 0), 10) AS est
       FROM ${reps}_cl c JOIN ${weights} w USING (cluster) GROUP BY ALL`,
    );
    point = `SELECT ${gl}, round(sum(num) / nullif(sum(den), 0), 10) AS estimate, count(*) AS clusters, sum(n) AS units
             FROM ${reps}_cl GROUP BY ALL`;
  } else {
    const q = spec.estimator.q;
    if (!(q > 0 && q < 1)) throw new Error(`quantile out of range: ${q}`);
    // Each group's window (with its workers and units), then every replicate's quantile and the estimate's
    // (`replicate-quantiles.ts`).
    const rows = `(SELECT ${gl}, cluster, value, ${spec.counted ? 'CAST(n AS BIGINT)' : '1::BIGINT'} AS n
                   FROM ${units} WHERE value IS NOT NULL)`;
    await writeWindows(connection, `${reps}_window`, rows, g, q);
    await searchQuantiles(connection, {
      rows,
      window: `${reps}_window`,
      weights,
      seed: spec.seed,
      groups: g,
      q,
      prefix: reps,
    });
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${reps} AS SELECT * FROM ${reps}_found WHERE rep >= 0`,
    );
    // A group whose column is empty (a unit without a district) is matched too.
    point = `SELECT ${g.map((c) => `w.${c}`).join(', ')}, e.est AS estimate, w.clusters, w.units
             FROM ${reps}_window w LEFT JOIN (SELECT * FROM ${reps}_found WHERE rep = -1) e
               ON ${g.map((c) => `w.${c} IS NOT DISTINCT FROM e.${c}`).join(' AND ')}`;
  }
  const tail = (1 - level) / 2;
  const rows = await duckRows(
    connection,
    `SELECT p.*, r.lo, r.hi, r.se FROM (${point}) p LEFT JOIN (
       SELECT ${gl}, quantile_cont(est, ${tail}) AS lo, quantile_cont(est, ${1 - tail}) AS hi,
              round(stddev_samp(est), 10) AS se
       FROM ${reps} GROUP BY ALL) r USING (${gl})
     ORDER BY ${gl}`,
  );
  return rows.map((row) => {
    const clusters = num(row.clusters) ?? 0;
    const spread = clusters >= minClustersForInterval;
    return {
      groups: Object.fromEntries(g.map((c) => [c, String(row[c])])),
      estimate: num(row.estimate),
      lo: spread ? num(row.lo) : null,
      hi: spread ? num(row.hi) : null,
      se: spread ? num(row.se) : null,
      clusters,
      units: num(row.units) ?? 0,
    };
  });
}

export interface Contrast {
  estimate: number | null;
  lo: number | null;
  hi: number | null;
  /**
   * Share of replicates at zero or on the other side of it from the estimate, doubled: a bootstrap p-value
   * (1 when the estimate is zero).
   */
  p: number | null;
}

/**
 * A linear contrast of group estimates — `Σ weight × estimate(cell)` — with its interval from the same
 * replicates (so the workers drawn together stay together). Before/after is `after − before`; the
 * difference-in-differences is `(T_after − T_before) − (C_after − C_before)`. No interval and no p-value when
 * a cell has too few workers for one.
 */
export async function contrast(
  connection: DuckDBConnection,
  repsTable: string,
  cells: readonly ContrastCell[],
  points: readonly Estimate[],
  level = 0.95,
): Promise<Contrast> {
  const reps = identifier(repsTable);
  const match = (where: Record<string, string>) =>
    Object.entries(where)
      .map(([k, v]) => `${identifier(k)} = ${sqlString(v)}`)
      .join(' AND ');
  let estimate: number | null = 0;
  let spread = true;
  for (const cell of cells) {
    const found = points.find((p) => Object.entries(cell.where).every(([k, v]) => p.groups[k] === v));
    if (!found || found.estimate === null) estimate = null;
    else if (estimate !== null) estimate += cell.weight * found.estimate;
    if (!found || found.clusters < minClustersForInterval) spread = false;
  }
  const terms = cells.map((c) => `${c.weight} * max(est) FILTER (WHERE ${match(c.where)})`).join(' + ');
  const tail = (1 - level) / 2;
  const [row] = await duckRows(
    connection,
    `SELECT quantile_cont(v, ${tail}) AS lo, quantile_cont(v, ${1 - tail}) AS hi,
            count(*) AS n, count(*) FILTER (WHERE v <= 0) AS "atOrBelow", count(*) FILTER (WHERE v >= 0) AS "atOrAbove"
     FROM (SELECT rep, ${terms} AS v FROM ${reps} GROUP BY rep) WHERE v IS NOT NULL`,
  );
  // Rounded as the estimates are: a sum of exact quantiles in floating point carries noise in its last digits.
  if (estimate !== null) estimate = Number(estimate.toFixed(10));
  if (estimate === null || !spread) return { estimate, lo: null, hi: null, p: null };
  const n = num(row?.n) ?? 0;
  const beyond = num(estimate > 0 ? row?.atOrBelow : row?.atOrAbove) ?? 0;
  return {
    estimate,
    lo: num(row?.lo),
    hi: num(row?.hi),
    p: n === 0 ? null : bootstrapP(estimate, beyond, n),
  };
}
