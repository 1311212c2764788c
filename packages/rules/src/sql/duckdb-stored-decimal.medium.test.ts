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

// Real DuckDB: a money column compared with a constant in the type canonical data stores it in, and money
// computed from money columns, integers and constants compared at its own scale, answer as the comparison of the
// rules' decimals does, for money stored so and for values of another type that it would not hold exactly
// (which compare in decimals).
class DecimalsOnly extends DuckDbDialect {
  override storedDecimal(): undefined {
    return undefined;
  }
}

const penalty = column('penalty', 'decimal');
const subsidy = column('subsidy', 'decimal');
const dec = (v: string) => literal('decimal', v);
const int = (v: bigint) => literal('int', v);
const compare = (op: BinaryOp, l: Node, r: Node) => binary(op, l, r, 'bool');
const orZero = (n: Node, fallback: Node) => call('coalesce', [n, fallback], 'decimal');
const times = (l: Node, r: Node) => binary('*', l, r, 'decimal');
const minus = (l: Node, r: Node) => binary('-', l, r, 'decimal');
const params = new Map<string, ResolvedParam>([
  ['threshold', { kind: 'plain', type: 'decimal', value: '2.25' }],
  ['fine', { kind: 'plain', type: 'decimal', value: '0.00001' }],
]);

const verdicts: [string, Node, boolean][] = [
  ['penalty > 0', compare('>', penalty, int(0n)), true],
  ['0 < penalty', compare('<', int(0n), penalty), true],
  ['penalty >= 0.5', compare('>=', penalty, dec('0.5')), true],
  ['penalty != threshold', compare('!=', penalty, param('threshold', 'decimal')), true],
  ['coalesce(subsidy, 0) == 0', compare('==', orZero(subsidy, int(0n)), int(0n)), true],
  ['coalesce(subsidy, 1.5) <= 1.5', compare('<=', orZero(subsidy, dec('1.5')), dec('1.5')), true],
  // A constant of more places than money has, or too large for 18 digits, compares at the larger scale.
  ['penalty > fine', compare('>', penalty, param('fine', 'decimal')), true],
  ['penalty < 10^14', compare('<', penalty, dec('100000000000000')), true],
  ['penalty < 99999999999999.9999', compare('<', penalty, dec('99999999999999.9999')), true],
  // Money computed from money columns, integers and constants compares at its own scale.
  ['penalty > subsidy', compare('>', penalty, subsidy), true],
  [
    'subsidy < threshold * penalty',
    compare('<', subsidy, times(param('threshold', 'decimal'), penalty)),
    true,
  ],
  ['penalty * 3 - subsidy >= 1.5', compare('>=', minus(times(penalty, int(3n)), subsidy), dec('1.5')), true],
  [
    '(has(subsidy) ? penalty - subsidy : -penalty) < threshold',
    compare(
      '<',
      conditional(
        call('has', [subsidy], 'bool'),
        minus(penalty, subsidy),
        unary('negate', penalty, 'decimal'),
        'decimal',
      ),
      param('threshold', 'decimal'),
    ),
    true,
  ],
  [
    'min_of(penalty, subsidy) > 0.4999',
    compare('>', call('min_of', [penalty, subsidy], 'decimal'), dec('0.4999')),
    true,
  ],
  [
    'abs(penalty - subsidy) == 0.5',
    compare('==', call('abs', [minus(penalty, subsidy)], 'decimal'), dec('0.5')),
    true,
  ],
  // Beyond 12 places, or a quotient, compares in the rules' decimals.
  [
    'penalty > subsidy * fine * fine',
    compare('>', penalty, times(subsidy, times(param('fine', 'decimal'), param('fine', 'decimal')))),
    false,
  ],
  ['penalty / 3 > subsidy', compare('>', binary('/', penalty, int(3n), 'decimal'), subsidy), false],
];

/** Money as canonical data stores it, and the same columns of 12 places holding values money cannot. */
async function tables(db: DuckDBConnection) {
  const values = ['0', '0.0001', '-0.0001', '0.5', '0.4999', '2.25', '1.5', '99999999999999.9999', 'NULL'];
  const pairs = values.flatMap((p) => values.map((s) => `(${p}, ${s})`)).join(', ');
  await db.run(
    `CREATE TABLE money AS SELECT CAST(p AS DECIMAL(18,4)) AS penalty, CAST(s AS DECIMAL(18,4)) AS subsidy FROM (VALUES ${pairs}) v(p, s)`,
  );
  const finer = [...values, '0.00001', '-0.00001', '1.50001', '2.24999'];
  const finerPairs = finer.flatMap((p) => finer.map((s) => `(${p}, ${s})`)).join(', ');
  await db.run(
    `CREATE TABLE finer AS SELECT CAST(p AS DECIMAL(38,12)) AS penalty, CAST(s AS DECIMAL(38,12)) AS subsidy FROM (VALUES ${finerPairs}) v(p, s)`,
  );
}

function emit(dialect: DuckDbDialect, node: Node) {
  const bindings = new Bindings(dialect);
  const sql = new ExpressionEmitter(dialect, bindings, {
    day: "DATE '2025-07-01'",
    refs: new Map(),
    params,
    asOf: '2025-12-31',
    storedPlaces: (name) => (name === 'penalty' || name === 'subsidy' ? 4 : undefined),
  }).emit(node);
  return { sql, values: bindings.values };
}

async function answers(db: DuckDBConnection, table: string, { sql, values }: ReturnType<typeof emit>) {
  const result = await db.run(
    `SELECT CAST(${sql} AS VARCHAR) FROM ${table} ORDER BY penalty, subsidy`,
    values as never,
  );
  return (await result.getRowsJson()).map(([v]) => v);
}

describe('DuckDB comparisons of money with constants in its stored type', () => {
  it('answer as the decimal comparisons do, for money and for values of more places', async () => {
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    await tables(db);
    for (const [name, verdict, inStoredType] of verdicts) {
      const stored = emit(new DuckDbDialect(), verdict);
      const decimals = emit(new DecimalsOnly(), verdict);
      expect(stored.sql.includes('DECIMAL(18,4)'), name).toBe(inStoredType);
      expect(decimals.sql, name).not.toContain('DECIMAL(18,4)');
      for (const table of ['money', 'finer']) {
        const got = await answers(db, table, stored);
        expect(got, `${name} over ${table}`).toEqual(await answers(db, table, decimals));
        if (name === 'penalty < 10^14') continue; // true of every value money holds
        // Both answers occur (and the empty one, without a value in place of it).
        const answered =
          verdict.kind === 'binary' &&
          [verdict.left, verdict.right].some((n) => n.kind === 'call' && n.fn === 'coalesce');
        expect(new Set(got), `${name} over ${table}`).toEqual(
          new Set(answered ? ['true', 'false'] : ['true', 'false', null]),
        );
      }
    }
    db.closeSync();
    instance.closeSync();
  });
});
