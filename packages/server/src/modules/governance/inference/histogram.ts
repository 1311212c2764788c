import type { DuckDBConnection } from '@duckdb/node-api';
import { duckRows, num } from '../stats/duck';

export interface Bin {
  /** Lower edge of the bin (inclusive). */
  from: number;
  count: number;
}

/** Counts of `value` in bins of `width` between `min` and `max` (values outside go to the edge bins). */
export async function histogram(
  connection: DuckDBConnection,
  values: string,
  range: { min: number; max: number; width: number },
): Promise<Bin[]> {
  const { min, max, width } = range;
  const last = Math.floor((max - min) / width) - 1;
  const rows = await duckRows(
    connection,
    `SELECT greatest(0, least(${last}, CAST(floor((value - ${min}) / ${width}) AS INTEGER))) AS bin, count(*) AS n
     FROM (${values}) WHERE value IS NOT NULL AND isfinite(value) GROUP BY bin ORDER BY bin`,
  );
  const counts = new Map(rows.map((r) => [num(r.bin) ?? 0, num(r.n) ?? 0]));
  return Array.from({ length: last + 1 }, (_, i) => ({
    from: Math.round((min + i * width) * 1e6) / 1e6,
    count: counts.get(i) ?? 0,
  }));
}
