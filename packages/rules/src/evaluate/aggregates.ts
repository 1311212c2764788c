import { divide, fromInteger } from '../decimal';
import type { RulePlan } from '../compile/plan';
import type { AggregateNode } from '../ir/nodes/aggregate';
import { microsPerMinute } from '../time';
import { ExpressionEvaluator } from './expression';
import { rowContext, rowIdOf, type EvaluateOptions } from './evaluate-plan';
import { toDecimal, type TypedRow, type Value } from './values';

/** One aggregate over a group's rows, with SQL's meaning (nulls skipped; SUM of nothing is null). */
export function evaluateAggregate(
  plan: RulePlan,
  node: AggregateNode,
  rows: readonly TypedRow[],
  options: EvaluateOptions,
): Value {
  const argValues = (i: number, asDecimal = false): Value[] =>
    rows.map((row) => {
      const arg = node.args[i]!;
      const v = new ExpressionEvaluator(rowContext(plan, row, options)).evaluate(arg);
      return asDecimal ? toDecimal(v, arg.type) : v;
    });
  const present = (values: Value[]) => values.filter((v) => v !== null);
  switch (node.fn) {
    case 'sum': {
      const values = present(argValues(0)) as bigint[];
      return values.length === 0 ? null : values.reduce((a, b) => a + b, 0n);
    }
    case 'count':
      return BigInt(node.args.length === 0 ? rows.length : present(argValues(0)).length);
    case 'avg': {
      const values = present(argValues(0, true)) as bigint[];
      return values.length === 0
        ? null
        : divide(
            values.reduce((a, b) => a + b, 0n),
            fromInteger(BigInt(values.length)),
          );
    }
    case 'min':
    case 'max': {
      const values = present(argValues(0));
      if (values.length === 0) return null;
      return values.reduce((a, b) => ((node.fn === 'min' ? b! < a! : b! > a!) ? b : a));
    }
    case 'quantile': {
      // percentile_disc: the first value whose position reaches the fraction.
      const values = (present(argValues(0)) as bigint[]).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      const fraction = argValues(1, true)[0] as bigint | null;
      if (values.length === 0 || fraction === null) return null;
      const position = (fraction * BigInt(values.length) + 10n ** 12n - 1n) / 10n ** 12n;
      return values[Math.max(0, Number(position) - 1)] ?? null;
    }
    case 'share': {
      const hits = argValues(0).filter((v) => v === true).length;
      return rows.length === 0 ? null : divide(fromInteger(BigInt(hits)), fromInteger(BigInt(rows.length)));
    }
    case 'count_distinct':
      return BigInt(new Set(present(argValues(0)).map(String)).size);
    case 'working_minutes':
      return workingMinutes(plan, node, rows, options);
    default: {
      const unhandled: never = node.fn;
      throw new Error(`unknown aggregate ${String(unhandled)}`);
    }
  }
}

/** Length of the union of the rows' [start, end] intervals: overlapping orders count once. */
function workingMinutes(
  plan: RulePlan,
  node: AggregateNode,
  rows: readonly TypedRow[],
  options: EvaluateOptions,
): Value {
  const intervals = rows
    .map((row) => {
      const e = new ExpressionEvaluator(rowContext(plan, row, options));
      return {
        start: e.evaluate(node.args[0]!) as bigint | null,
        end: e.evaluate(node.args[1]!) as bigint | null,
        id: rowIdOf(plan, row),
      };
    })
    .filter((i): i is { start: bigint; end: bigint; id: string } => i.start !== null && i.end !== null)
    .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
  let total = 0n;
  let reach: bigint | null = null;
  for (const { start, end } of intervals) {
    const from: bigint = reach === null || reach < start ? start : reach;
    if (end > from) total += end - from;
    if (reach === null || end > reach) reach = end;
  }
  return divide(fromInteger(total), fromInteger(microsPerMinute));
}
