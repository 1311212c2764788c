/**
 * Replicate weights of the Poisson bootstrap: every worker (cluster) gets, in every replicate, an independent
 * Poisson(1) count of copies of all of its rows. Drawn by inverting the Poisson(1) distribution function at a
 * uniform number made from a hash of (seed, worker, replicate), so a replicate is the same on every run and on
 * every machine with the same engine, and the draw needs no loop and no shared state (it distributes).
 */

/** P(K ≤ k) for K ~ Poisson(1), k = 0 … 9. */
export function poissonOneCdf(maxK = 9): number[] {
  const cdf: number[] = [];
  let term = Math.exp(-1);
  let total = 0;
  for (let k = 0; k <= maxK; k += 1) {
    total += term;
    cdf.push(total);
    term /= k + 1;
  }
  return cdf;
}

/** The Poisson(1) quantile at u ∈ [0, 1): the smallest k with P(K ≤ k) > u (capped at 10). */
export function poissonOneQuantile(u: number): number {
  const cdf = poissonOneCdf();
  const k = cdf.findIndex((p) => u < p);
  return k === -1 ? cdf.length : k;
}

/** A uniform number in [0, 1) from a hash of its arguments (DuckDB's `hash`, 64-bit). */
export function uniformSql(...parts: string[]): string {
  return `((hash(${parts.join(', ')}) % 1000000007) / 1000000007.0)`;
}

/**
 * The uniform number a worker's weight in a replicate is drawn from (`poissonWeightSql`), for a seed: the same in
 * every query that draws it, the replicate taken as a 64-bit integer whatever its column's type.
 */
export function replicateUniformSql(seed: number, cluster: string, rep: string): string {
  return uniformSql(`${Math.trunc(seed)}::BIGINT`, cluster, `CAST(${rep} AS BIGINT)`);
}

/** SQL for the Poisson(1) weight given a uniform number column `u` (same thresholds as `poissonOneQuantile`). */
export function poissonWeightSql(u: string): string {
  const cdf = poissonOneCdf();
  const arms = cdf.map((p, k) => `WHEN ${u} < ${p.toPrecision(17)} THEN ${k}`).join(' ');
  return `CASE ${arms} ELSE ${cdf.length} END`;
}
