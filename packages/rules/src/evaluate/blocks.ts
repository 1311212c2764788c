import { divide, formatDecimal, fromInteger } from '../decimal';
import type { RulePlan } from '../compile/plan';
import { formatTimestamp, microsPerMinute } from '../time';
import { ExpressionEvaluator, type EvalContext } from './expression';
import { rowContext, rowIdOf, type EvaluateOptions } from './evaluate-plan';
import { toDecimal, type TypedRow, type Value } from './values';

interface Timed {
  row: TypedRow;
  id: string;
  worker: string;
  start: bigint;
  end: bigint;
}

const minutes = (micros: bigint) => divide(fromInteger(micros), fromInteger(microsPerMinute))!;

/**
 * Work blocks, straight from the definition in rules.md: in start order, a row opens a new block when it starts
 * at least `gap` minutes after the latest end of the earlier rows in its block. `service_minutes` is the union
 * of the earlier rows' intervals in the block, cut at this row's start.
 */
export function evaluateBlocks(
  plan: RulePlan,
  rows: readonly TypedRow[],
  options: EvaluateOptions,
): { row: TypedRow; context: EvalContext; extra: [string, string | null][] }[] {
  const b = plan.blocks!;
  const timed: Timed[] = [];
  for (const row of rows) {
    const e = new ExpressionEvaluator(rowContext(plan, row, options));
    const start = e.evaluate(b.start) as bigint | null;
    const end = e.evaluate(b.end) as bigint | null;
    const worker = e.evaluate(b.partition);
    if (start === null || end === null || worker === null) continue;
    timed.push({ row, id: rowIdOf(plan, row), worker: String(worker), start, end });
  }
  timed.sort((x, y) =>
    x.worker !== y.worker
      ? x.worker < y.worker
        ? -1
        : 1
      : x.start !== y.start
        ? x.start < y.start
          ? -1
          : 1
        : x.id < y.id
          ? -1
          : 1,
  );
  const results: { row: TypedRow; context: EvalContext; extra: [string, string | null][] }[] = [];
  let block: Timed[] = [];
  for (const current of timed) {
    const context = rowContext(plan, current.row, options);
    const gapValue = new ExpressionEvaluator(context).evaluate(b.gap);
    const gap = toDecimal(gapValue, b.gap.type);
    const sameWorker = block.length > 0 && block[0]!.worker === current.worker;
    const latestEnd = sameWorker ? block.reduce((m, t) => (t.end > m ? t.end : m), block[0]!.end) : null;
    const opensBlock = latestEnd === null || (gap !== null && minutes(current.start - latestEnd) >= gap);
    if (opensBlock) block = [];
    const blockStart = block.length > 0 ? block[0]!.start : current.start;
    const service = unionCutAt(block, current.start);
    const refs = new Map<string, Value>([
      ['elapsed_minutes', minutes(current.start - blockStart)],
      ['service_minutes', minutes(service)],
    ]);
    block.push(current);
    const withRefs: EvalContext = { ...context, refs };
    if (new ExpressionEvaluator(withRefs).evaluate(plan.violation) !== true) continue;
    results.push({
      row: current.row,
      context: withRefs,
      extra: [
        ['elapsed_minutes', formatValue(refs.get('elapsed_minutes'))],
        ['service_minutes', formatValue(refs.get('service_minutes'))],
        ['block_start', formatTimestamp(blockStart)],
      ],
    });
  }
  return results;
}

function formatValue(v: Value | undefined): string | null {
  return v === null || v === undefined ? null : formatDecimal(v as bigint);
}

function unionCutAt(intervals: readonly Timed[], cut: bigint): bigint {
  const clipped = intervals
    .map((t) => ({ start: t.start, end: t.end < cut ? t.end : cut }))
    .filter((t) => t.end > t.start)
    .sort((x, y) => (x.start < y.start ? -1 : 1));
  let total = 0n;
  let reach: bigint | null = null;
  for (const { start, end } of clipped) {
    const from: bigint = reach === null || reach < start ? start : reach;
    if (end > from) total += end - from;
    if (reach === null || end > reach) reach = end;
  }
  return total;
}
