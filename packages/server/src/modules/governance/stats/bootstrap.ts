import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlString } from '@gigpact/datasets';
import type { ContrastCell } from './contrasts';
import { duckRows, identifier, num } from './duck';
import { poissonWeightSql, uniformSql } from './poisson-weight';

/**
 * How a statistic is made from unit rows. `ratio`: Σ num / Σ den over the group (a rate, a share or a mean).
 * `quantile`: the weighted inverse-distribution quantile of `value` at `q` — the smallest value whose cumulative
 * weight reaches q of the total — the same definition for the estimate and for every replicate. The replicates
 * take the values to 0.1; with `exactPoints` the estimate is the quantile of the values themselves.
 */
export type Estimator = { type: 'ratio' } | { type: 'quantile'; q: number };

export interface BootstrapSpec {
  /** A table with the group columns (never NULL), `cluster` (the worker), and `num`/`den` or `value`. */
  units: string;
  /**
   * The units table holds counted units (`countedUnitsSql`): each row stands for `n` units of one worker with
   * the same group columns and the sums of their `num` and `den`, or their `value` to 0.1.
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
  /**
   * For a quantile: a query of the group columns and `exact`, each group's quantile of the values themselves
   * (`exactQuantilesSql`). The estimate is then `exact`, and every replicate moves by the estimate's difference
   * from the same quantile of the values to 0.1, so that its interval and contrasts are about the exact figure:
   * without it a median of 7.8247 minutes per km reads 7.8, and a change of 0.05 reads 0.1 or nothing.
   */
  exactPoints?: string;
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

/** The quantiles' values are taken to 0.1 (of a minute per km, a km/h, a yuan per hour). */
const valueTo01 = 'round(value, 1)';

/**
 * Unit rows counted for the bootstrap: one row per worker and value of the given columns, with the sums of `num`
 * and `den` (ratio) or the value to 0.1 (quantile), and `n`, the number of units it stands for. Every estimate
 * and replicate over it equals the one over the units themselves (`counted` in the spec), and a table of a few
 * thousand rows takes the place of one per order.
 */
export function countedUnitsSql(units: string, columns: readonly string[], estimator: Estimator): string {
  const keys = [...columns.map(identifier), 'cluster'].join(', ');
  return estimator.type === 'ratio'
    ? `SELECT ${keys}, sum(num) AS num, sum(den) AS den, count(*) AS n FROM (${units}) GROUP BY ${keys}`
    : `SELECT ${keys}, ${valueTo01} AS value, count(*) AS n FROM (${units}) WHERE value IS NOT NULL GROUP BY ${keys}, ${valueTo01}`;
}

/**
 * Each group's quantile at `q` of the values themselves, for every grouping at once (one pass over the units):
 * the group columns, `grouping` (the grouping's columns joined by commas) and `exact`, the smallest value whose
 * cumulative count reaches q of the total (`quantile_disc`). The `exactPoints` of a bootstrap read the rows of
 * its grouping (`exactPointsOf`).
 */
export function exactQuantilesSql(
  units: string,
  groupings: readonly (readonly string[])[],
  q: number,
): string {
  const columns = [...new Set(groupings.flat())];
  const all = columns.map(identifier).join(', ');
  const sets = groupings.map((set) => `(${set.map(identifier).join(', ')})`).join(', ');
  // GROUPING(...) has a bit per column, set where the row's grouping leaves the column out.
  const named = groupings
    .map((set) => {
      const bits = columns.reduce(
        (id, c, i) => (set.includes(c) ? id : id | (1 << (columns.length - 1 - i))),
        0,
      );
      return `WHEN ${bits} THEN '${set.join(',')}'`;
    })
    .join(' ');
  return `SELECT ${all}, CASE GROUPING(${all}) ${named} END AS grouping, quantile_disc(value, ${q}) AS exact
    FROM (${units}) WHERE value IS NOT NULL GROUP BY GROUPING SETS (${sets})`;
}

/** The rows of one grouping of an `exactQuantilesSql` table, as a bootstrap's `exactPoints`. */
export function exactPointsOf(table: string, groups: readonly string[]): string {
  return `SELECT ${groups.map(identifier).join(', ')}, exact FROM ${identifier(table)} WHERE grouping = '${groups.join(',')}'`;
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
  const u = uniformSql(`${Math.trunc(spec.seed)}::BIGINT`, 'cluster', 'rep');
  // How many units a row of the units table stands for, and its value to 0.1. Counts and weighed counts are kept
  // in 64 bits: DuckDB sums integers into 128, and every product and running sum after would follow (7 % of the
  // median metrics' time at 10 million orders).
  const unitsOfRow = spec.counted ? 'CAST(sum(n) AS BIGINT)' : 'count(*)';
  const rounded = spec.counted ? 'value' : valueTo01;
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
    // Values are taken to 0.1 (of a minute per km, a km/h, a yuan per hour): the weights of equal values are
    // summed first, so each replicate sorts the distinct values rather than every row. Each replicate's quantile
    // is then found in two steps, the same value as one search over every value: the whole unit (`bin`, the
    // value's integer part) where the cumulative weight reaches q of the total, from each worker's count per
    // unit; then the value within that unit, from the counts of its values alone, after the weight of the units
    // below it. Both steps together weigh far fewer (worker, value) pairs for every replicate than the one search
    // (at 10 million orders a quarter for the units, and the chosen unit's alone after).
    const same = g.map((c) => `x.${c} = b.${c}`).join(' AND ');
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${reps}_counted AS
       SELECT ${gl}, cluster, ${rounded} AS value, floor(${rounded}) AS bin, ${unitsOfRow} AS n
       FROM ${units} WHERE value IS NOT NULL GROUP BY ALL`,
    );
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${reps} AS
       WITH binned AS (SELECT ${gl}, cluster, bin, CAST(sum(n) AS BIGINT) AS n FROM ${reps}_counted GROUP BY ALL),
       bins AS (
         SELECT ${g.map((c) => `x.${c}`).join(', ')}, w.rep, x.bin, CAST(sum(w.w * x.n) AS BIGINT) AS w
         FROM binned x JOIN ${weights} w USING (cluster) WHERE w.w > 0 GROUP BY ALL),
       reached AS (
         SELECT ${gl}, rep, min(bin) FILTER (WHERE cum >= ${q} * total) AS bin,
           arg_min(cum - w, bin) FILTER (WHERE cum >= ${q} * total) AS before, any_value(total) AS total
         FROM (SELECT *, sum(w) OVER (PARTITION BY ${gl}, rep ORDER BY bin ROWS UNBOUNDED PRECEDING) AS cum,
                 sum(w) OVER (PARTITION BY ${gl}, rep) AS total FROM bins)
         GROUP BY ALL),
       inside AS (
         SELECT ${g.map((c) => `b.${c}`).join(', ')}, b.rep, x.value, CAST(sum(w.w * x.n) AS BIGINT) AS w, any_value(b.before) AS before,
           any_value(b.total) AS total
         FROM reached b JOIN ${reps}_counted x ON ${same} AND x.bin = b.bin
           JOIN ${weights} w ON w.cluster = x.cluster AND w.rep = b.rep
         WHERE w.w > 0 GROUP BY ALL)
       SELECT ${gl}, rep, min(value) FILTER (WHERE before + cum >= ${q} * total) AS est
       FROM (SELECT *, sum(w) OVER (PARTITION BY ${gl}, rep ORDER BY value ROWS UNBOUNDED PRECEDING) AS cum FROM inside)
       GROUP BY ALL`,
    );
    // The estimate from the same counted values: the group's units and workers, and the one search.
    point = `SELECT ${gl}, min(value) FILTER (WHERE cum >= ${q} * total) AS estimate,
               any_value(clusters) AS clusters, any_value(total) AS units
             FROM (SELECT *, sum(n) OVER (PARTITION BY ${gl} ORDER BY value ROWS UNBOUNDED PRECEDING) AS cum,
                     sum(n) OVER (PARTITION BY ${gl}) AS total
                   FROM (SELECT ${gl}, value, sum(n) AS n, any_value(c) AS clusters
                         FROM (SELECT *, count(DISTINCT cluster) OVER (PARTITION BY ${gl}) AS c FROM ${reps}_counted)
                         GROUP BY ALL))
             GROUP BY ALL`;
  }
  if (spec.exactPoints && spec.estimator.type === 'quantile') {
    // The replicates moved by the exact estimate's difference from the one to 0.1; the estimate the exact one. A
    // group whose column is empty (a unit without a district) is matched too.
    const sameGroup = (a: string, b: string) =>
      g.map((c) => `${a}.${c} IS NOT DISTINCT FROM ${b}.${c}`).join(' AND ');
    await connection.run(
      `CREATE OR REPLACE TEMP TABLE ${reps} AS
       SELECT ${g.map((c) => `r.${c}`).join(', ')}, r.rep, round(r.est + (x.exact - b.estimate), 10) AS est
       FROM ${reps} r JOIN (${point}) b ON ${sameGroup('r', 'b')} JOIN (${spec.exactPoints}) x ON ${sameGroup('r', 'x')}`,
    );
    point = `SELECT b.* REPLACE (x.exact AS estimate)
             FROM (${point}) b LEFT JOIN (${spec.exactPoints}) x ON ${sameGroup('b', 'x')}`;
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
            avg((v > 0)::INT) AS above, avg((v < 0)::INT) AS below
     FROM (SELECT rep, ${terms} AS v FROM ${reps} GROUP BY rep) WHERE v IS NOT NULL`,
  );
  const above = num(row?.above);
  const below = num(row?.below);
  // Rounded as the estimates are: a sum of exact quantiles in floating point carries noise in its last digits.
  if (estimate !== null) estimate = Number(estimate.toFixed(10));
  if (estimate === null || !spread) return { estimate, lo: null, hi: null, p: null };
  return {
    estimate,
    lo: num(row?.lo),
    hi: num(row?.hi),
    p:
      above === null || below === null
        ? null
        : estimate === 0
          ? 1
          : Math.min(1, 2 * (estimate > 0 ? 1 - above : 1 - below)),
  };
}
