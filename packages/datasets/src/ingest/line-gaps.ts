/**
 * SQL of `(adj, nth)` for the distinct line numbers in `linesSql`, the lines a reader leaves out (a CSV file's
 * rejected records; an NDJSON file's blank and set-aside lines): a row the reader gives at number `r`, counted from
 * where those lines are counted, is on line `r + nth` of the greatest `adj ≤ r` (ASOF join), on `r` when there is
 * none.
 */
export function lineGapsSql(linesSql: string): string {
  // Consecutive left-out lines share one `adj`: the last of them counts them all (an ASOF join would pick any).
  return `SELECT adj, max(nth) AS nth FROM (
      SELECT line - (row_number() OVER (ORDER BY line) - 1) AS adj, row_number() OVER (ORDER BY line) AS nth
      FROM (${linesSql}))
    GROUP BY adj`;
}
