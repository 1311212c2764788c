import type { Node } from '../ir/node';
import type { BinaryNode } from '../ir/nodes/binary';
import { walk } from '../ir/visitor';

/** What a quotient's comparison reads from the expression emitter. */
export interface QuotientComparisonContext {
  /** A number's exact SQL (a decimal or an integer). */
  emit(node: Node): string;
  /** A value the rest reads several times, computed once (its column). */
  column(sql: string): string;
  /** The comparison as the rules' decimals make it, its quotients computed only for the rows where `where` holds. */
  inDecimalsWhere(node: BinaryNode, where: string): string;
}

const comparisons = new Set(['<', '<=', '>', '>=', '==', '!=']);
const sqlComparison = (op: string) => (op === '==' ? '=' : op === '!=' ? '<>' : op);

/**
 * A side of a comparison in floating point: its SQL, the SQL of the absolute values it is made of (for the
 * bound on its rounding error), and for its quotient, the condition that its exact divisor is not zero.
 */
interface InDouble {
  readonly sql: string;
  readonly sizes: readonly string[];
  /** Where the side holds the quotient: the condition that the quotient's exact divisor is not zero. */
  readonly divisorNotZero?: string;
}

/**
 * A comparison of sums, differences and absolute values of which one term is a quotient whose divisor reads the
 * row, as in `(gross - income) / gross > cap` or `abs(shown - rate) > tolerance`, decided in floating point
 * wherever floating point cannot be wrong, and in the rules' decimals elsewhere, the quotient computed for those
 * rows alone.
 *
 * Each value the sides are made of is converted exactly-rounded from its decimal or integer (relative error
 * under 2.3·10^-16), and each sum, difference and quotient adds a rounding of its own: the two sides' floating
 * difference is within 10^-14 of the sum of those values' sizes (with the dividend's and divisor's scaled by
 * the divisor) of the exact one, for the few operations of a rule. The rules' quotient is truncated at 12
 * places, which moves a side by less than 10^-12. So where the floating difference exceeds 10^-11 plus 10^-13
 * of the sizes, it has the exact comparison's sign, and the comparison is decided; where it does not (at or
 * near the bound), where a divisor may be zero, or the floating values are not finite, the row compares in
 * decimals. Undefined when the comparison has not that form, or the divisor is a constant (whose quotients
 * have faster forms: `fixed-point.ts`).
 */
export function quotientCompared(node: BinaryNode, ctx: QuotientComparisonContext): string | undefined {
  if (!comparisons.has(node.op) || (node.left.type !== 'decimal' && node.right.type !== 'decimal'))
    return undefined;
  let quotients = 0;
  walk(node, (n) => {
    if (n.kind === 'binary' && n.op === '/') quotients++;
  });
  if (quotients !== 1) return undefined;
  const [left, right] = [inDouble(node.left, ctx), inDouble(node.right, ctx)];
  if (!left || !right) return undefined;
  const divisorNotZero = left.divisorNotZero ?? right.divisorNotZero;
  if (divisorNotZero === undefined) return undefined;
  const difference = `(${left.sql} - ${right.sql})`;
  const margin = `(1e-11 + 1e-13 * (${[...left.sizes, ...right.sizes].join(' + ')}))`;
  const decided = `(${divisorNotZero} AND isfinite(${difference}) AND isfinite(${margin}) AND abs(${difference}) > ${margin})`;
  const empty = `(${left.sql} IS NULL OR ${right.sql} IS NULL)`;
  const compared = `(${left.sql} ${sqlComparison(node.op)} ${right.sql})`;
  // 0 empty, 1 false, 2 true, 3 undecided in floating point: computed once, read by the decimals' divisions.
  const state = ctx.column(
    `CASE WHEN ${empty} THEN 0 WHEN ${decided} THEN (CASE WHEN ${compared} THEN 2 ELSE 1 END) ELSE 3 END`,
  );
  const rest = ctx.inDecimalsWhere(node, `${state} = 3`);
  return `(CASE ${state} WHEN 2 THEN TRUE WHEN 1 THEN FALSE WHEN 0 THEN NULL ELSE ${rest} END)`;
}

/** `node` in floating point when it is made of sums, differences, absolute values and one quotient at most. */
function inDouble(node: Node, ctx: QuotientComparisonContext): InDouble | undefined {
  if (node.type !== 'decimal' && node.type !== 'int') return undefined;
  if (node.kind === 'binary' && (node.op === '+' || node.op === '-')) {
    const [a, b] = [inDouble(node.left, ctx), inDouble(node.right, ctx)];
    return a && b && joined(`(${a.sql} ${node.op} ${b.sql})`, a, b);
  }
  if (node.kind === 'unary' && node.op === 'negate') {
    const a = inDouble(node.operand, ctx);
    return a && { ...a, sql: `(- ${a.sql})` };
  }
  if (node.kind === 'call' && node.fn === 'abs' && node.args.length === 1) {
    const a = inDouble(node.args[0]!, ctx);
    return a && { ...a, sql: `abs(${a.sql})` };
  }
  if (node.kind === 'binary' && node.op === '/') {
    const [x, y] = [inDouble(node.left, ctx), inDouble(node.right, ctx)];
    // The comparison holds one quotient: its dividend and divisor hold none.
    if (!x || !y || !readsRow(node.right)) return undefined;
    const quotient = `(${x.sql} / ${y.sql})`;
    const [xSizes, ySizes] = [x.sizes.join(' + '), y.sizes.join(' + ')];
    // The dividend's error over the divisor, and the quotient's share of the divisor's error.
    const size = `((${xSizes}) + abs(${quotient}) * (${ySizes})) / abs(${y.sql})`;
    // Exact values have at most 12 places: a floating divisor larger than its own error bound is not zero.
    return {
      sql: quotient,
      sizes: [size, `abs(${quotient})`],
      divisorNotZero: `abs(${y.sql}) > 1e-13 * (${ySizes})`,
    };
  }
  if (node.kind === 'call' && node.fn === 'coalesce') {
    const args = node.args.map((arg) => inDouble(arg, ctx));
    // One value of several is taken: a quotient among them would leave its own error out of the sizes.
    if (args.some((a) => !a || a.divisorNotZero)) return undefined;
    const sql = `COALESCE(${args.map((a) => a!.sql).join(', ')})`;
    return { sql, sizes: [`abs(${sql})`] };
  }
  if (node.kind === 'conditional') {
    const [then, otherwise] = [inDouble(node.then, ctx), inDouble(node.otherwise, ctx)];
    if (!then || !otherwise || then.divisorNotZero || otherwise.divisorNotZero) return undefined;
    const sql = `(CASE WHEN (${ctx.emit(node.test)}) IS TRUE THEN ${then.sql} ELSE ${otherwise.sql} END)`;
    return { sql, sizes: [`abs(${sql})`] };
  }
  let plain = true;
  walk(node, (n) => {
    if (n.kind === 'binary' && n.op === '/') plain = false;
    if (n.kind === 'aggregate') plain = false;
  });
  if (!plain) return undefined;
  const sql =
    node.kind === 'column'
      ? `CAST("${node.name.replace(/"/g, '""')}" AS DOUBLE)`
      : `CAST(${ctx.emit(node)} AS DOUBLE)`;
  return { sql, sizes: [`abs(${sql})`] };
}

function joined(sql: string, a: InDouble, b: InDouble): InDouble {
  return { sql, sizes: [...a.sizes, ...b.sizes], divisorNotZero: a.divisorNotZero ?? b.divisorNotZero };
}

function readsRow(node: Node): boolean {
  let reads = false;
  walk(node, (n) => {
    if (n.kind === 'column' || n.kind === 'ref') reads = true;
  });
  return reads;
}
