import { decimalPlaces, decimalScale, parseDecimal } from '../decimal';
import { ExpressionEvaluator } from '../evaluate/expression';
import { walk } from '../ir/visitor';
import type { Node } from '../ir/node';
import { paramValuesOf, type ResolvedParam } from '../compile/params';
import type { SqlDialect } from './dialect';

/**
 * A number as a 64-bit integer count of 10^-scale units (scale 12: the decimals' own unit; scale 0: an
 * integer), with the largest absolute value it can take and the conditions under which that holds.
 */
export interface Fixed {
  readonly sql: string;
  readonly bound: bigint;
  /** Conditions on the row (SQL) under which `sql` is exact and within `bound`; empty values make them empty. */
  readonly guards: readonly string[];
}

/** What the fixed-point form reads from the expression emitter. */
export interface FixedPointContext {
  readonly dialect: SqlDialect;
  readonly params: ReadonlyMap<string, ResolvedParam>;
  /** Ordinary SQL of a node (timestamps, divisors). */
  emit(node: Node): string;
  bindInt(value: bigint): string;
  /** The value in force on the row's day, given each effective-dated value's SQL (as parameters are resolved). */
  onTheDay<T extends { from: string }>(
    values: readonly T[],
    valueSql: (entry: T) => string,
    /** The value before the first date (a dated default's initial value); null then without it. */
    initialSql?: () => string,
  ): string;
  /** The smallest value of a divisor that is a whole number from 1 to 1,000,000 on every day, else undefined. */
  smallestWholeNumber(node: Node): bigint | undefined;
  /** The fixed-point form (scale 12) of a named value, where its SQL has one (e.g. working minutes). */
  ref(name: string): Fixed | undefined;
}

const int64Max = 2n ** 63n - 1n;
/** The integer columns a fixed-point comparison takes as they are (beyond, the row compares in decimals). */
const intColumnLimit = 1_000_000n;
const pico = 10n ** BigInt(decimalScale);

/**
 * `node` as a count of 10^-scale units in 64-bit integers, exactly as the decimal SQL computes it (sums and
 * products by integers exact, quotients by a whole number truncated at 12 places toward zero, minutes
 * between two times truncated at 12 places), or undefined when some part has no such form or could leave
 * 64 bits. Scale 0 only for integer nodes.
 */
export function fixedPoint(node: Node, scale: 0 | 12, ctx: FixedPointContext): Fixed | undefined {
  if (node.type !== 'int' && (node.type !== 'decimal' || scale === 0)) return undefined;
  switch (node.kind) {
    case 'literal': {
      const value = scaledConstant(node.value, scale);
      return value === undefined ? undefined : within(ctx.bindInt(value), abs(value));
    }
    case 'param': {
      const param = ctx.params.get(node.name);
      if (!param || node.name === 'as_of') return undefined;
      const scaled = paramValuesOf(param).map((value) => scaledConstant(value, scale));
      if (scaled.some((value) => value === undefined)) return undefined;
      const values = scaled as bigint[];
      const bound = values.reduce((m, v) => (abs(v) > m ? abs(v) : m), 0n);
      if (param.kind === 'plain') return within(ctx.bindInt(values[0]!), bound);
      // paramValuesOf lists the initial value (if any) first, then the dated ones in order.
      const dated = param.values;
      const offset = param.initial === undefined ? 0 : 1;
      return within(
        ctx.onTheDay(
          dated,
          (entry) => ctx.bindInt(values[offset + dated.indexOf(entry)]!),
          offset ? () => ctx.bindInt(values[0]!) : undefined,
        ),
        bound,
      );
    }
    case 'column': {
      if (node.type !== 'int') return undefined;
      const value = `CAST(${ctx.dialect.quote(node.name)} AS BIGINT)`;
      const unit = scale === 12 ? pico : 1n;
      return within(unit === 1n ? value : `(${value} * ${unit})`, intColumnLimit * unit, [
        `${value} BETWEEN -${intColumnLimit} AND ${intColumnLimit}`,
      ]);
    }
    case 'unary': {
      if (node.op !== 'negate') return undefined;
      const operand = fixedPoint(node.operand, scale, ctx);
      return operand && within(`(- ${operand.sql})`, operand.bound, operand.guards);
    }
    case 'call': {
      if (node.fn !== 'minutes_between' || scale !== 12) return undefined;
      const [a = '', b = ''] = node.args.map((arg) => ctx.emit(arg));
      return minutesInFixedPoint(
        `(${ctx.dialect.epochMicros(b)} - ${ctx.dialect.epochMicros(a)})`,
        ctx.dialect,
      );
    }
    case 'ref':
      return scale === 12 && node.type === 'decimal' ? ctx.ref(node.name) : undefined;
    case 'binary':
      return binaryFixed(node, scale, ctx);
    default:
      return undefined;
  }
}

/** The form, when its bound keeps it within 64 bits. */
function within(sql: string, bound: bigint, guards: readonly string[] = []): Fixed | undefined {
  return bound <= int64Max ? { sql, bound, guards } : undefined;
}

const abs = (v: bigint) => (v < 0n ? -v : v);

/**
 * Minutes in a number of microseconds (SQL) as a count of 10^-12 minutes, for spans within `days` either way
 * (366 by default): exactly the minutes' decimal (`SqlDialect.minutesFromMicros`). A smaller span leaves
 * room for larger factors (a day's or a month's working minutes times 60).
 */
export function minutesInFixedPoint(micros: string, dialect: SqlDialect, days = 366n): Fixed {
  const limit = days * 24n * 60n * 60n * 1_000_000n;
  return {
    sql: dialect.picoMinutes(micros),
    bound: (limit * 100_000n) / 6n,
    guards: [`abs(${micros}) <= ${limit}`],
  };
}

function binaryFixed(
  node: Extract<Node, { kind: 'binary' }>,
  scale: 0 | 12,
  ctx: FixedPointContext,
): Fixed | undefined {
  const fits = (sql: string, bound: bigint, ...parts: Fixed[]) =>
    within(sql, bound, [...new Set(parts.flatMap((p) => p.guards))]);
  switch (node.op) {
    case '+':
    case '-': {
      const [a, b] = [fixedPoint(node.left, scale, ctx), fixedPoint(node.right, scale, ctx)];
      return a && b && fits(`(${a.sql} ${node.op} ${b.sql})`, a.bound + b.bound, a, b);
    }
    case '*': {
      // Exact only with a whole factor (an integer, or a constant whose value is whole): a decimal times a
      // whole number keeps the decimal's places.
      const whole = (n: Node) => n.type === 'int' || wholeConstant(n, ctx) !== undefined;
      const [value, factor] = whole(node.right) ? [node.left, node.right] : [node.right, node.left];
      if (!whole(factor)) return undefined;
      const [a, k] = [fixedPoint(value, scale, ctx), factorOf(factor, ctx)];
      return a && k && fits(`(${a.sql} * ${k.sql})`, a.bound * k.bound, a, k);
    }
    case '/': {
      // Truncated at 12 places toward zero: the 12-place count divided by a whole number, in integers.
      const k = ctx.smallestWholeNumber(node.right);
      if (scale !== 12 || node.type !== 'decimal' || k === undefined) return undefined;
      const a = fixedPoint(node.left, 12, ctx);
      const divisor = ctx.dialect.cast(ctx.emit(node.right), 'int');
      return a && fits(ctx.dialect.integerQuotient(a.sql, divisor), a.bound / k, a);
    }
    default:
      return undefined;
  }
}

/** A constant as a count of 10^-scale units, when it has no more places than that. */
export function scaledConstant(value: unknown, scale: 0 | 12): bigint | undefined {
  if (typeof value !== 'bigint' && typeof value !== 'number' && typeof value !== 'string') return undefined;
  const text = String(value);
  if (!/^-?\d+(\.\d+)?$/.test(text) || decimalPlaces(text) > scale) return undefined;
  const scaled = parseDecimal(text);
  return scale === 12 ? scaled : scaled / pico;
}

/** An integer factor's form, or a whole constant's as an integer. */
function factorOf(node: Node, ctx: FixedPointContext): Fixed | undefined {
  if (node.type === 'int') return fixedPoint(node, 0, ctx);
  const value = wholeConstant(node, ctx);
  return value === undefined ? undefined : within(ctx.bindInt(value), abs(value));
}

/**
 * The value of a decimal made of literals and parameters of one value (e.g. `60 + allowance_minutes_per_hour`),
 * computed as the SQL computes it, when it is a whole number; undefined otherwise.
 */
function wholeConstant(node: Node, ctx: FixedPointContext): bigint | undefined {
  let constant = node.type === 'decimal';
  walk(node, (n) => {
    const plain = n.kind === 'param' && n.name !== 'as_of' && ctx.params.get(n.name)?.kind === 'plain';
    const arithmetic = n.kind === 'binary' && ['+', '-', '*', '/'].includes(n.op);
    const negation = n.kind === 'unary' && n.op === 'negate';
    if (!(n.kind === 'literal' || plain || arithmetic || negation)) constant = false;
  });
  if (!constant) return undefined;
  const value = new ExpressionEvaluator({ day: 0n, params: ctx.params, asOf: '1970-01-01' }).evaluate(node);
  if (typeof value !== 'bigint' || value % pico !== 0n) return undefined;
  return value / pico;
}
