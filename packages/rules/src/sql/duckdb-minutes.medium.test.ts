import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { DuckDbDialect } from './duckdb';

// Real DuckDB: minutes compared with a constant in 64-bit counts of 10^-12 minutes give the same answer as the
// comparison of the two decimals, at the edges (a span of exactly the constant, one microsecond either side).
const dialect = new DuckDbDialect();
const ops = ['<', '<=', '>', '>=', '==', '!='] as const;
const sqlOp = (op: string) => (op === '==' ? '=' : op === '!=' ? '<>' : op);

/** Constants as a rule writes them: whole minutes, halves, thirds cut at 12 places, negatives, large. */
const constants: [string, 'int' | 'decimal'][] = [
  ['0', 'int'],
  ['20', 'int'],
  ['-15', 'int'],
  ['240', 'int'],
  ['7.5', 'decimal'],
  ['0.333333333333', 'decimal'],
  ['-2.25', 'decimal'],
  ['12.000000000001', 'decimal'],
  ['525600', 'decimal'],
];

/** Microsecond spans at and around each constant, and seeded ones. */
function spans(): bigint[] {
  let seed = 20251129n;
  const next = () => (seed = (seed * 6364136223846793005n + 1442695040888963407n) % 2n ** 64n);
  const values = [0n, 1n, -1n, 59_999_999n, 60_000_000n, 60_000_001n];
  for (const [k] of constants) {
    const micros = BigInt(Math.trunc(Number(k) * 60_000_000));
    values.push(micros - 1n, micros, micros + 1n);
  }
  for (let i = 0; i < 300; i++) values.push((next() % 2_000_000_000_000n) - 1_000_000_000_000n);
  return values;
}

describe('DuckDB minutes compared with a constant', () => {
  it('answers as the decimal comparison does, for every operator and edge', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    const rows = spans()
      .map((m) => `(CAST('${m}' AS BIGINT))`)
      .join(', ');
    for (const [k, type] of constants) {
      const constant = type === 'int' ? `CAST('${k}' AS BIGINT)` : dialect.castBoundDecimal(`'${k}'`, 12);
      const decimal = type === 'int' ? dialect.intAsDecimal(constant) : constant;
      const columns = ops.map(
        (op) =>
          `${dialect.compareMinutes('m', sqlOp(op), constant, type)} IS NOT DISTINCT FROM (${dialect.minutesFromMicros('m')} ${sqlOp(op)} ${decimal}) AS "${op}"`,
      );
      const sql = `SELECT count(*) FILTER (WHERE NOT (${ops.map((op) => `"${op}"`).join(' AND ')})) AS differ, count(*) AS n FROM (SELECT ${columns.join(', ')} FROM (VALUES ${rows}) v(m))`;
      const [[differ, n]] = (await (await db.run(sql)).getRowsJson()) as [[string, string]];
      expect({ k, differ: Number(differ) }).toEqual({ k, differ: 0 });
      expect(Number(n)).toBeGreaterThan(300);
    }
    // And the answers are not all one way: the edges fall on both sides.
    const edge = `SELECT list(${dialect.compareMinutes('m', '>=', "CAST('7.5' AS DECIMAL(38,12))", 'decimal')} ORDER BY m) FROM (VALUES (449999999), (450000000)) v(m)`;
    expect((await (await db.run(edge)).getRowsJson())[0]![0]).toEqual([false, true]);
    db.closeSync();
    instance.closeSync();
  });
});
