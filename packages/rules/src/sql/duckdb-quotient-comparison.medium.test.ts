import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import type { ResolvedParam } from '../compile/params';
import type { Node } from '../ir/node';
import { binary, type BinaryOp } from '../ir/nodes/binary';
import { call } from '../ir/nodes/call';
import { column } from '../ir/nodes/column';
import { conditional } from '../ir/nodes/conditional';
import { literal } from '../ir/nodes/literal';
import { param } from '../ir/nodes/param';
import { unary } from '../ir/nodes/unary';
import { Bindings } from './bindings';
import { DuckDbDialect } from './duckdb';
import { ExpressionEmitter } from './expression';
import { Layers } from './layers';

// Real DuckDB: a comparison of a quotient whose divisor reads the row, decided in floating point where rounding
// cannot change it, answers as the comparison of the rules' truncated quotient does — at the bound, within
// 10^-12 of it (where truncation decides), for negative and zero divisors, empty values, negative bounds, and
// values of more places than money has.
const paid = column('paid', 'decimal');
const income = column('income', 'decimal');
const rate = column('rate', 'decimal');
const dec = (v: string) => literal('decimal', v);
const compare = (op: BinaryOp, l: Node, r: Node) => binary(op, l, r, 'bool');
const minus = (l: Node, r: Node) => binary('-', l, r, 'decimal');
const over = (l: Node, r: Node) => binary('/', l, r, 'decimal');
const commission = over(minus(paid, income), paid);
const cap = param('cap', 'decimal');
const params = new Map<string, ResolvedParam>([
  ['cap', { kind: 'plain', type: 'decimal', value: '0.27' }],
  ['zero', { kind: 'plain', type: 'decimal', value: '0' }],
  ['below', { kind: 'plain', type: 'decimal', value: '-0.5' }],
  ['tolerance', { kind: 'plain', type: 'decimal', value: '0.005' }],
  [
    'dated',
    {
      kind: 'dated',
      type: 'decimal',
      values: [
        { from: '2025-01-01', value: '0.27' },
        { from: '2025-06-01', value: '-0.000000000001' },
      ],
    },
  ],
]);

const verdicts: [string, Node][] = [
  ...(['>', '>=', '<', '<='] as const).flatMap((op): [string, Node][] => [
    [`commission ${op} cap`, compare(op, commission, cap)],
    [`cap ${op} commission`, compare(op, cap, commission)],
    [`commission ${op} 0`, compare(op, commission, param('zero', 'decimal'))],
    [`commission ${op} -0.5`, compare(op, commission, param('below', 'decimal'))],
    [`commission ${op} 10^-12`, compare(op, commission, dec('0.000000000001'))],
    [`commission ${op} dated`, compare(op, commission, param('dated', 'decimal'))],
    [`commission ${op} rate`, compare(op, commission, rate)],
    [`income / paid - rate ${op} 0`, compare(op, minus(over(income, paid), rate), dec('0'))],
    [`income / (paid - income) ${op} cap`, compare(op, over(income, minus(paid, income)), cap)],
    [
      `coalesce(income, 0) / (has(rate) ? paid : -paid) ${op} rate`,
      compare(
        op,
        over(
          call('coalesce', [income, dec('0')], 'decimal'),
          conditional(call('has', [rate], 'bool'), paid, unary('negate', paid, 'decimal'), 'decimal'),
        ),
        rate,
      ),
    ],
    [
      `-(income / paid) ${op} rate - 1`,
      compare(op, unary('negate', over(income, paid), 'decimal'), minus(rate, dec('1'))),
    ],
  ]),
  ...(['>', '>=', '<', '<='] as const).map((op): [string, Node] => [
    `abs(rate - commission) ${op} tolerance`,
    compare(op, call('abs', [minus(rate, commission)], 'decimal'), param('tolerance', 'decimal')),
  ]),
];

/** Trips whose quotient meets the bounds exactly, misses them by less than 10^-12, or cannot be taken. */
async function tables(db: DuckDBConnection) {
  const trips = [
    ['100', '73'],
    ['100', '73.0001'],
    ['100', '72.9999'],
    // (p - i) / p = 0.27 + 10^-18: truncated to 0.27, so not above it, though the quotient is.
    ['99999999999999.9999', '72999999999999.9999'],
    ['99999999999999.9999', '73000000000000.0000'],
    ['3', '2.19'],
    ['3', '2.1899'],
    ['7', '5.11'],
    ['-100', '-73'],
    ['-100', '-127'],
    ['100', '150'],
    ['100', '150.0001'],
    ['100', '160'],
    ['0.0001', '0'],
    ['0', '1'],
    ['0', '0'],
    ['NULL', '1'],
    ['100', 'NULL'],
    ['1', '1.000000000001'],
    ['0.3', '0.1'],
    ['0.1', '0.3'],
    ['200', '100'],
  ];
  const rates = ['0.27', '0.275', '0.265', '0.269999', '-0.3', '0', '1000', 'NULL'];
  const rows = trips.flatMap(([p, i]) => rates.map((r) => `(${p}, ${i}, ${r})`)).join(', ');
  await db.run(
    `CREATE TABLE stored AS SELECT TRY_CAST(p AS DECIMAL(18,4)) AS paid, TRY_CAST(i AS DECIMAL(18,4)) AS income, CAST(r AS DECIMAL(18,6)) AS rate FROM (VALUES ${rows}) v(p, i, r)`,
  );
  const finer = [...rates, '0.2700005', '0.0000001'];
  const finerRows = trips.flatMap(([p, i]) => finer.map((r) => `(${p}, ${i}, ${r})`)).join(', ');
  await db.run(
    `CREATE TABLE finer AS SELECT CAST(p AS DECIMAL(38,12)) AS paid, CAST(i AS DECIMAL(38,12)) AS income, CAST(r AS DECIMAL(38,12)) AS rate FROM (VALUES ${finerRows}) v(p, i, r)`,
  );
}

/** The verdict's SQL, with its divisions and values as columns below it (as audits compile it) or inline. */
function emit(node: Node, inDouble: boolean, layered = false) {
  const dialect = new DuckDbDialect();
  const bindings = new Bindings(dialect);
  const layers = new Layers(dialect, 't');
  const sql = new ExpressionEmitter(
    dialect,
    bindings,
    {
      day: 'day',
      refs: new Map(),
      params,
      asOf: '2025-12-31',
      storedPlaces: (name) => (name === 'rate' ? 6 : 4),
      ...(layered
        ? {
            divide: (a: string, b: string) => layers.divide(a, b),
            divideWhere: (a: string, b: string, where: string) => layers.divide(a, b, where),
            column: (value: string) => layers.column(value),
          }
        : {}),
    },
    inDouble,
  ).emit(node);
  return { sql, values: bindings.values, from: (table: string) => layers.wrap(table) };
}

async function answers(db: DuckDBConnection, table: string, emitted: ReturnType<typeof emit>) {
  const days = `(SELECT *, d AS day FROM ${table}, (VALUES (DATE '2025-03-01'), (DATE '2025-07-01')) days(d))`;
  const result = await db.run(
    `SELECT CAST(${emitted.sql} AS VARCHAR) FROM ${emitted.from(days)} t ORDER BY ALL`,
    emitted.values as never,
  );
  return (await result.getRowsJson()).map(([v]) => v);
}

describe('DuckDB comparisons of a quotient without dividing', () => {
  it('answer as the comparison of the truncated quotient does, for stored values and finer ones', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await tables(db);
    for (const [name, verdict] of verdicts) {
      const decided = emit(verdict, true);
      const divided = emit(verdict, false);
      expect(decided.sql, name).not.toContain('floor(');
      expect(decided.sql, name).not.toBe(divided.sql);
      for (const table of ['stored', 'finer']) {
        const got = await answers(db, table, decided);
        expect(got, `${name} over ${table}`).toEqual(await answers(db, table, divided));
        expect(new Set(got), `${name} over ${table}`).toEqual(new Set(['true', 'false', null]));
        // As audits compile it: the floating verdict and the divisions for undecided rows as columns.
        expect(await answers(db, table, emit(verdict, true, true)), `${name} over ${table}, layered`).toEqual(
          got,
        );
      }
    }
    db.closeSync();
    instance.closeSync();
  });

  it('leaves quotients by a constant to their own forms', () => {
    const byThree = compare('>', over(paid, dec('3')), income);
    expect(emit(byThree, true).sql).toBe(emit(byThree, false).sql);
  });
});
