import type { DuckDBConnection } from '@duckdb/node-api';
import { duckRows, num } from '../stats/duck';

export interface Bin {
  /** Lower edge of the bin (inclusive). */
  from: number;
  count: number;
}

/** Numbers of a few decimal places as integers over the least power of ten that makes them whole: 2.5 → 25 / 10. */
function overPowerOfTen(values: readonly number[]): { scale: number; whole: bigint[] } {
  const whole = (scale: number) => values.every((v) => Math.abs(Math.round(v * scale) - v * scale) < 1e-9);
  let scale = 1;
  while (!whole(scale)) {
    scale *= 10;
    if (scale > 1e6) throw new Error(`histogram edges of more than 6 places: ${values.join(', ')}`);
  }
  return { scale, whole: values.map((v) => BigInt(Math.round(v * scale))) };
}

/**
 * Counts of values in bins of `width` from `min` to `max` (values outside go to the edge bins). Each value is an
 * exact fraction, `num / den` of whole numbers with `den` > 0 (`values` selects the two columns), and its bin is
 * found by integer division against edges written as integers over a power of ten: a value exactly on an edge
 * falls in the bin that starts there. A quotient in floating point would put some of those one bin lower — a trip
 * charged 14.90 of 74.50 reads 0.19999999999999998, not 0.20. Rows with no value or no positive denominator are
 * not counted.
 */
export async function histogram(
  connection: DuckDBConnection,
  values: string,
  range: { min: number; max: number; width: number },
): Promise<Bin[]> {
  const { scale, whole } = overPowerOfTen([range.min, range.max, range.width]);
  const [min, max, width] = whole as [bigint, bigint, bigint];
  if (width <= 0n || max - min < width) throw new Error('a histogram needs at least one bin');
  const last = (max - min) / width - 1n;
  // bin = ⌊(num / den − min / scale) / (width / scale)⌋ = ⌊(num × scale − min × den) / (width × den)⌋; `//` of
  // integers truncates, which is the floor for the non-negative part, and anything below `min` is the first bin.
  const rows = await duckRows(
    connection,
    `SELECT CASE WHEN above < 0 THEN 0 ELSE least(${last}, above // (${width} * den)) END AS bin, count(*) AS n
     FROM (SELECT CAST(num AS HUGEINT) * ${scale} - ${min} * CAST(den AS HUGEINT) AS above, CAST(den AS HUGEINT) AS den
       FROM (${values}) WHERE num IS NOT NULL AND den > 0)
     GROUP BY bin ORDER BY bin`,
  );
  const counts = new Map(rows.map((r) => [num(r.bin) ?? 0, num(r.n) ?? 0]));
  return Array.from({ length: Number(last) + 1 }, (_, i) => ({
    from: Math.round(((Number(min) + i * Number(width)) / scale) * 1e6) / 1e6,
    count: counts.get(i) ?? 0,
  }));
}

/** Money in ten-thousandths of a yuan, as a whole number: the data's money has four places (DECIMAL(18, 4)). */
export const tenThousandths = (money: string) => `CAST(CAST(${money} AS DECIMAL(38, 4)) * 10000 AS HUGEINT)`;
