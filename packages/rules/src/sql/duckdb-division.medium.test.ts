import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DuckDbDialect } from './duckdb';

// Real DuckDB: division by a whole number gives the exact quotient truncated at 12 places, in both branches.
const dialect = new DuckDbDialect();
const unit = 10n ** 12n;

/** x as text with 12 places, from its 12-place integer. */
const text = (raw: bigint) => {
  const sign = raw < 0n ? '-' : '';
  const abs = raw < 0n ? -raw : raw;
  return `${sign}${abs / unit}.${(abs % unit).toString().padStart(12, '0')}`;
};

/** Seeded 12-place values on both sides of the fast branch's bound, and its edges. */
function dividends(): bigint[] {
  let seed = 20251128n;
  const next = () => (seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n);
  const values = [0n, 1n, -1n, 999_999_999_999_999n, -999_999_999_999_999n, 1000n * unit, -1000n * unit];
  for (let i = 0; i < 400; i++) values.push((next() % (2_000n * unit)) - 1_000n * unit);
  // Between the bound and 10^6, where floating point alone would no longer be exact.
  for (let i = 0; i < 100; i++) values.push((next() % (2n * 10n ** 18n)) - 10n ** 18n);
  for (let i = 0; i < 50; i++) values.push((next() % 10n ** 25n) - 5n * 10n ** 24n);
  return values;
}

describe('DuckDB division by a whole number', () => {
  it('equals the exact truncated quotient below and above 1,000', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const xs = dividends();
    for (const k of [1n, 7n, 15n, 60n, 999_983n, 1_000_000n]) {
      const rows = xs.map((x) => `(CAST('${text(x)}' AS DECIMAL(38,12)))`).join(', ');
      const sql = `SELECT CAST(${dialect.divideByWholeNumber('x', `CAST('${k}' AS DECIMAL(26,0))`)} AS VARCHAR) AS q FROM (VALUES ${rows}) v(x)`;
      const got = (await (await db.run(sql)).getRowsJson()).map(([q]) => String(q));
      // Truncation toward zero, as BigInt division does.
      expect(got).toEqual(xs.map((x) => text(x / k)));
    }
    db.closeSync();
    instance.closeSync();
  });
});
