import { decimalPlaces, decimalScale } from '../decimal';
import { paramValuesOf, type ResolvedParam } from '../compile/params';
import type { Node } from '../ir/node';
import type { SqlDialect } from './dialect';

/**
 * A number computed at its own scale: money columns at the places canonical data stores them in, integers and
 * constants at theirs, sums at the larger scale, products at the sum of their factors' (no rounding), with
 * the most whole digits it can have. Where every scale stays within the rules' 12 places, the value is the
 * one the rules' decimals compute (they round only what has more places), without their 38-digit products
 * rounded back to 12 places, which cost tens of times a comparison of stored values.
 */
interface Scaled {
  /** Its SQL, emitted only once the whole comparison has a scaled form (emitting binds values). */
  readonly sql: () => string;
  readonly scale: number;
  readonly wholeDigits: number;
  /** Money columns read at their stored places, whose values must fit that type. */
  readonly columns: ReadonlySet<string>;
}

/** What the scaled form reads from the expression emitter. */
export interface StoredScaleContext {
  readonly dialect: SqlDialect;
  readonly params: ReadonlyMap<string, ResolvedParam>;
  /** Decimal places of a column as canonical data stores it (money: 4), where fixed. */
  readonly storedPlaces?: (column: string) => number | undefined;
  /** Ordinary SQL of a node (a condition, a constant). */
  emit(node: Node): string;
}

/** A decimal's 38 digits: no value of a scaled form may need more. */
const maxDigits = 38;
/** The digits of a decimal held in 64 bits. */
const storedDigits = 18;

/**
 * `left op right` (a comparison of numbers, either a decimal) at the scales of its parts, in the dialect's
 * stored decimal type for each money column (`SqlDialect.storedDecimal`), for the rows whose money values that
 * type holds exactly, and `inDecimals` for the others; undefined when some part has no scaled form (a
 * quotient, minutes, a group's measure), none reads a money column, or a scale or size would leave the rules'
 * decimals.
 */
export function comparedAtStoredScale(
  left: Node,
  op: string,
  right: Node,
  ctx: StoredScaleContext,
  inDecimals: () => string,
): string | undefined {
  if (left.type !== 'decimal' && right.type !== 'decimal') return undefined;
  const [a, b] = [scaled(left, ctx), scaled(right, ctx)];
  if (!a || !b) return undefined;
  const columns = [...new Set([...a.columns, ...b.columns])].sort();
  if (columns.length === 0) return undefined;
  const held = columns.map((name) => {
    const column = ctx.dialect.quote(name);
    return `(${column} IS NULL OR ${column} = ${storedValue(name, ctx)!})`;
  });
  return `(CASE WHEN ${held.join(' AND ')} THEN (${a.sql()} ${op} ${b.sql()}) ELSE ${inDecimals()} END)`;
}

/** A money column in its stored type, where the dialect has one. */
function storedValue(column: string, ctx: StoredScaleContext): string | undefined {
  const places = ctx.storedPlaces?.(column);
  const type = places === undefined ? undefined : ctx.dialect.storedDecimal(places);
  return type && `CAST(${ctx.dialect.quote(column)} AS ${type})`;
}

function scaled(node: Node, ctx: StoredScaleContext): Scaled | undefined {
  const form = scaledForm(node, ctx);
  return form && form.scale <= decimalScale && form.scale + form.wholeDigits <= maxDigits ? form : undefined;
}

function scaledForm(node: Node, ctx: StoredScaleContext): Scaled | undefined {
  if (node.type !== 'int' && node.type !== 'decimal') return undefined;
  const none = new Set<string>();
  switch (node.kind) {
    case 'column': {
      if (node.type === 'int') return { sql: () => ctx.emit(node), scale: 0, wholeDigits: 19, columns: none };
      const places = ctx.storedPlaces?.(node.name);
      const sql = storedValue(node.name, ctx);
      return places === undefined || !sql
        ? undefined
        : {
            sql: () => sql,
            scale: places,
            wholeDigits: storedDigits - places,
            columns: new Set([node.name]),
          };
    }
    case 'literal':
    case 'param': {
      const values = constantValues(node, ctx);
      if (!values || values.some((v) => !/^-?\d+(\.\d+)?$/.test(v))) return undefined;
      const scale = Math.max(...values.map(decimalPlaces));
      const wholeDigits = Math.max(...values.map((v) => v.replace(/^-/, '').split('.')[0]!.length));
      return { sql: () => ctx.emit(node), scale, wholeDigits, columns: none };
    }
    case 'unary': {
      const operand = node.op === 'negate' ? scaled(node.operand, ctx) : undefined;
      return operand && { ...operand, sql: () => `(- ${operand.sql()})` };
    }
    case 'binary': {
      if (!['+', '-', '*'].includes(node.op)) return undefined;
      const [a, b] = [scaled(node.left, ctx), scaled(node.right, ctx)];
      if (!a || !b) return undefined;
      const columns = new Set([...a.columns, ...b.columns]);
      const [scale, wholeDigits] =
        node.op === '*'
          ? [a.scale + b.scale, a.wholeDigits + b.wholeDigits]
          : [Math.max(a.scale, b.scale), Math.max(a.wholeDigits, b.wholeDigits) + 1];
      // Stored decimals of 18 digits add and multiply in 64 bits, stopping with an overflow error where the
      // result needs more: such operands are widened first.
      const operand = (x: Scaled) =>
        scale + wholeDigits > storedDigits ? `CAST(${x.sql()} AS DECIMAL(${maxDigits},${x.scale}))` : x.sql();
      return { sql: () => `(${operand(a)} ${node.op} ${operand(b)})`, scale, wholeDigits, columns };
    }
    case 'conditional': {
      const [then, otherwise] = [scaled(node.then, ctx), scaled(node.otherwise, ctx)];
      if (!then || !otherwise) return undefined;
      return {
        sql: () =>
          `(CASE WHEN ${ctx.dialect.isTrue(ctx.emit(node.test))} THEN ${then.sql()} ELSE ${otherwise.sql()} END)`,
        ...widest(then, otherwise),
      };
    }
    case 'call': {
      const args = node.args.map((arg) => scaled(arg, ctx));
      if (args.some((arg) => !arg) || args.length === 0) return undefined;
      const [a, b] = args as Scaled[];
      if (node.fn === 'coalesce' && b)
        return { sql: () => `COALESCE(${a!.sql()}, ${b.sql()})`, ...widest(a!, b) };
      if (node.fn === 'abs' && !b) return { ...a!, sql: () => `abs(${a!.sql()})` };
      if ((node.fn === 'min_of' || node.fn === 'max_of') && b) {
        const pick = node.fn === 'min_of' ? '<=' : '>=';
        const sql = () => {
          const [x, y] = [a!.sql(), b.sql()];
          return `(CASE WHEN ${x} IS NULL THEN ${y} WHEN ${y} IS NULL THEN ${x} WHEN ${x} ${pick} ${y} THEN ${x} ELSE ${y} END)`;
        };
        return { sql, ...widest(a!, b) };
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The scale, size and columns of a value that is one of two. */
function widest(a: Scaled, b: Scaled): Omit<Scaled, 'sql'> {
  return {
    scale: Math.max(a.scale, b.scale),
    wholeDigits: Math.max(a.wholeDigits, b.wholeDigits),
    columns: new Set([...a.columns, ...b.columns]),
  };
}

/** Every value a literal or parameter takes (a dated parameter's on any day), as text; undefined for others. */
function constantValues(node: Node, ctx: StoredScaleContext): string[] | undefined {
  if (node.kind === 'literal') return node.value === null ? undefined : [String(node.value)];
  if (node.kind !== 'param' || node.name === 'as_of') return undefined;
  const param = ctx.params.get(node.name);
  if (!param) return undefined;
  const values = paramValuesOf(param);
  return values.every((v) => typeof v === 'number' || typeof v === 'string' || typeof v === 'bigint')
    ? values.map(String)
    : undefined;
}
