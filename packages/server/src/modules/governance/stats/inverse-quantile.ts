import { identifier } from './duck';

/**
 * The inverse-distribution quantile of `value` at `q` per `group` — the smallest value whose cumulative count
 * reaches q of the group's count — found in two steps that give the same value as one ordering of every value:
 * the hundredth (`floor(value · 100)`, which only grows with the value) where the cumulative count reaches q,
 * from one count per hundredth; then the value inside it, ordering that hundredth's values alone after the count
 * below it. `units` is a query with the group column and `value` (empty values left out).
 */
export function inverseQuantileSql(units: string, group: string, q: number): string {
  if (!(q > 0 && q < 1)) throw new Error(`quantile out of range: ${q}`);
  identifier(group);
  const bin = (value: string) => `floor(${value} * 100)`;
  return `WITH v AS MATERIALIZED (SELECT ${group}, value FROM (${units}) WHERE value IS NOT NULL),
    bins AS (SELECT ${group}, ${bin('value')} AS bin, count(*) AS n FROM v GROUP BY ALL),
    reached AS (
      SELECT ${group}, min(bin) FILTER (WHERE cum >= ${q} * total) AS bin,
        arg_min(cum - n, bin) FILTER (WHERE cum >= ${q} * total) AS before, any_value(total) AS total
      FROM (SELECT *, sum(n) OVER (PARTITION BY ${group} ORDER BY bin ROWS UNBOUNDED PRECEDING) AS cum,
              sum(n) OVER (PARTITION BY ${group}) AS total FROM bins)
      GROUP BY ${group})
    SELECT ${group}, min(value) FILTER (WHERE before + cum >= ${q} * total) AS v
    FROM (SELECT v.${group}, v.value, r.before, r.total,
            count(*) OVER (PARTITION BY v.${group} ORDER BY v.value ROWS UNBOUNDED PRECEDING) AS cum
          FROM v JOIN reached r ON v.${group} = r.${group} AND ${bin('v.value')} = r.bin)
    GROUP BY ${group}`;
}
