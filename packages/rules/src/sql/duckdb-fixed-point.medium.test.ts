import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { ResolvedParam } from '../compile/params';
import type { Node } from '../ir/node';
import { binary, type BinaryOp } from '../ir/nodes/binary';
import { call } from '../ir/nodes/call';
import { column } from '../ir/nodes/column';
import { literal } from '../ir/nodes/literal';
import { param } from '../ir/nodes/param';
import { ref } from '../ir/nodes/ref';
import { unary } from '../ir/nodes/unary';
import { Bindings } from './bindings';
import { DuckDbDialect } from './duckdb';
import { ExpressionEmitter } from './expression';
import { minutesInFixedPoint } from './fixed-point';

// Real DuckDB: comparisons of decimals made in 64-bit integers answer as the comparisons of the decimals do, for
// rows within the integer form's bounds and beyond them (where the decimals take over), at the edges.
class DecimalsOnly extends DuckDbDialect {
  override readonly comparesInFixedPoint: boolean = false;
}

const distance = column('distance_m', 'int');
const minutes = call(
  'minutes_between',
  [column('accepted_at', 'timestamp'), column('promised_at', 'timestamp')],
  'decimal',
);
const int = (v: bigint) => literal('int', v);
const dec = (v: string) => literal('decimal', v);
const arith = (op: BinaryOp, l: Node, r: Node) =>
  binary(op, l, r, l.type === 'int' && r.type === 'int' && op !== '/' ? 'int' : 'decimal');
const compare = (op: BinaryOp, l: Node, r: Node) => binary(op, l, r, 'bool');

const params = new Map<string, ResolvedParam>([
  ['max_speed_kmh', { kind: 'plain', type: 'decimal', value: 15 }],
  ['handover_minutes', { kind: 'plain', type: 'decimal', value: '5.5' }],
  ['allowance', { kind: 'plain', type: 'decimal', value: '0' }],
  ['half_allowance', { kind: 'plain', type: 'decimal', value: '0.5' }],
  [
    'divisor',
    {
      kind: 'dated',
      type: 'decimal',
      values: [
        { from: '2025-01-01', value: 7 },
        { from: '2025-07-01', value: 12 },
      ],
    },
  ],
]);

/** The delivery-time rule's comparison and others with negatives, non-terminating quotients, dated divisors. */
const required = arith(
  '+',
  arith('*', arith('/', arith('/', distance, int(1000n)), param('max_speed_kmh', 'decimal')), int(60n)),
  param('handover_minutes', 'decimal'),
);
const verdicts: [string, Node][] = [
  ['eta <', compare('<', minutes, required)],
  ['eta >=', compare('>=', minutes, required)],
  ['negated /7 ==', compare('==', arith('-', minutes, arith('/', distance, int(7n))), dec('0.5'))],
  [
    'dated divisor >= its truncated quotient',
    compare(
      '>=',
      arith('/', unary('negate', distance, 'int'), param('divisor', 'decimal')),
      dec('-3.333333333333'),
    ),
  ],
  ['int product <=', compare('<=', arith('/', arith('*', distance, int(3n)), int(4n)), dec('750.75'))],
  ['!=', compare('!=', minutes, arith('/', distance, param('max_speed_kmh', 'decimal')))],
];

/** Distances at and around the bound of the integer form and beyond 64 bits once scaled, spans likewise. */
const distances = [
  0n,
  1n,
  -1n,
  7n,
  1001n,
  1000n,
  999_999n,
  1_000_000n,
  -1_000_000n,
  1_000_001n,
  10_000_000n,
  -9_000_000_000_000n,
  4000n,
  40n,
  2500n,
  1250n,
];
const minute = 60_000_000n;
const spans = [
  0n,
  1n,
  -1n,
  90_000_000n,
  5n * minute,
  21n * minute,
  21n * minute + 1n,
  21n * minute - 1n,
  9n * minute + minute / 2n,
  366n * 1440n * minute,
  366n * 1440n * minute + 1n,
  -400n * 1440n * minute,
  7n * 1440n * minute,
];
const days = ['2025-06-30', '2025-07-01', '2024-12-31'];

/** Working minutes as a group measure has them: a sum of microseconds, `worked_us`. */
const worked = ref('worked', 'decimal');

function emit(dialect: DuckDbDialect, node: Node) {
  const bindings = new Bindings(dialect);
  const sql = new ExpressionEmitter(dialect, bindings, {
    day: '__day',
    refs: new Map([['worked', dialect.minutesFromMicros('worked_us')]]),
    fixedRefs: dialect.comparesInFixedPoint
      ? new Map([['worked', minutesInFixedPoint('worked_us', dialect, 31n)]])
      : undefined,
    params,
    asOf: '2025-12-31',
  }).emit(node);
  return { sql, values: bindings.values };
}

/** The rows of every distance, span and day, and the span as a measure's microseconds. */
async function rowsTable(db: DuckDBConnection) {
  const rows: string[] = [];
  for (const d of [...distances, null])
    for (const s of [...spans, null])
      for (const day of days)
        rows.push(
          `(${d === null ? 'NULL' : `CAST('${d}' AS BIGINT)`}, TIMESTAMP '${day} 12:00:00', ${
            s === null ? 'NULL' : `TIMESTAMP '${day} 12:00:00' + to_microseconds(CAST('${s}' AS BIGINT))`
          }, DATE '${day}', ${s === null ? 'NULL' : `CAST('${s}' AS HUGEINT)`})`,
        );
  await db.run(
    `CREATE TABLE t AS SELECT * FROM (VALUES ${rows.join(', ')}) v(distance_m, accepted_at, promised_at, __day, worked_us)`,
  );
}

async function answers(db: DuckDBConnection, { sql, values }: { sql: string; values: readonly unknown[] }) {
  const result = await db.run(
    `SELECT CAST(${sql} AS VARCHAR) FROM t ORDER BY distance_m, promised_at, __day`,
    values as never,
  );
  return (await result.getRowsJson()).map(([v]) => v);
}

describe('DuckDB comparisons of decimals in 64-bit integers', () => {
  it('answer as the decimal comparisons do, within the bounds and beyond them', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await rowsTable(db);
    for (const [name, verdict] of verdicts) {
      const fixed = emit(new DuckDbDialect(), verdict);
      const decimals = emit(new DecimalsOnly(), verdict);
      // The integer form is in use, guarded by the bounds.
      expect(fixed.sql, name).toMatch(/BETWEEN -1000000 AND 1000000/);
      expect(decimals.sql, name).not.toMatch(/BETWEEN/);
      const got = await answers(db, fixed);
      expect(got, name).toEqual(await answers(db, decimals));
      // Both answers occur, and the empty one, so that the rows test each side of every edge.
      expect(new Set(got), name).toEqual(new Set(['true', 'false', null]));
    }
    db.closeSync();
    instance.closeSync();
  });
});

describe('DuckDB quotients by whole numbers in 64-bit integers', () => {
  it('equal the decimal quotients, of minutes, measures and whole constant factors, within the bounds and beyond', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await rowsTable(db);
    const paid = (allowance: string) =>
      arith('/', arith('*', worked, arith('+', int(60n), param(allowance, 'decimal'))), int(60n));
    const values: [string, Node, boolean][] = [
      // Working minutes paid with an allowance of whole minutes: the quotient in integers.
      ['paid minutes', paid('allowance'), true],
      // Half a minute of allowance is not a whole factor: the quotient stays in decimals.
      ['paid minutes, half a minute of allowance', paid('half_allowance'), false],
      ['minutes over 7', arith('/', minutes, int(7n)), true],
      [
        'metres over a speed',
        arith('/', arith('/', distance, int(1000n)), param('max_speed_kmh', 'decimal')),
        true,
      ],
    ];
    for (const [name, value, inIntegers] of values) {
      const fixed = emit(new DuckDbDialect(), value);
      const decimals = emit(new DecimalsOnly(), value);
      expect(/<= \d{13}|BETWEEN/.test(fixed.sql), name).toBe(inIntegers);
      const got = await answers(db, fixed);
      expect(got, name).toEqual(await answers(db, decimals));
      expect(new Set(got).size, name).toBeGreaterThan(10);
    }
    // And the measure compared: working minutes at least an hour and a half.
    const compared = compare('>=', worked, dec('90.5'));
    const fixed = emit(new DuckDbDialect(), compared);
    expect(fixed.sql).toMatch(/^\(CASE WHEN abs\(worked_us\) <= \d+ THEN \(\(CAST\(worked_us AS BIGINT\)/);
    expect(await answers(db, fixed)).toEqual(await answers(db, emit(new DecimalsOnly(), compared)));
    db.closeSync();
    instance.closeSync();
  });
});
