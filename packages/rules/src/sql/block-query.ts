import { rowFactNodes } from '../compile/facts';
import type { RulePlan } from '../compile/plan';
import type { QueryContext } from './query-context';

const perMinute = '60000000';

/**
 * A block clause: a worker's rows in start order; the running latest end decides where a block begins
 * (a new one when the gap since it reaches the rest), and each row sees the time since its block began and
 * the union of the earlier rows' intervals in the block, cut at its start.
 */
export function buildBlockCtes(
  ctx: QueryContext,
  plan: RulePlan,
  i: number,
): { ctes: string[]; select: string } {
  const d = ctx.dialect;
  const b = plan.blocks!;
  const rowLayers = ctx.layers('b');
  const e = ctx.emitter(plan, rowLayers);
  const [partition, start, end] = [e.emit(b.partition), e.emit(b.start), e.emit(b.end)];
  const scope = ctx.scope(plan, e);
  const ordered = 'PARTITION BY __bp ORDER BY __bs, __id';
  const gapLayers = ctx.layers('c');
  const ge = ctx.emitter(plan, gapLayers);
  const gapSoFar = ge.minutes(`(${d.epochMicros('__bs')} - ${d.epochMicros('__prev_end')})`);
  const gap = b.gap.type === 'int' ? d.cast(ge.emit(b.gap), 'decimal') : ge.emit(b.gap);
  const from = `(CASE WHEN __prev_end IS NULL OR __prev_end < __bs THEN __bs ELSE __prev_end END)`;
  const ctes = [
    `b${i}_0 AS (SELECT *, ${partition} AS __bp, ${start} AS __bs, ${end} AS __be FROM ${rowLayers.wrap('src')} __b WHERE ${scope} AND ${start} IS NOT NULL AND ${end} IS NOT NULL)`,
    `b${i}_1 AS (SELECT *, MAX(__be) OVER (${ordered} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS __prev_end FROM b${i}_0)`,
    `b${i}_2 AS (SELECT *, SUM(CASE WHEN __prev_end IS NULL OR ${gapSoFar} >= ${gap} THEN 1 ELSE 0 END) OVER (${ordered} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS __block, CASE WHEN __be > ${from} THEN ${d.epochMicros('__be')} - ${d.epochMicros(from)} ELSE 0 END AS __contrib FROM ${gapLayers.wrap(`b${i}_1`)} __c)`,
    `b${i} AS (SELECT *, MIN(__bs) OVER (PARTITION BY __bp, __block) AS __block_start, COALESCE(SUM(__contrib) OVER (PARTITION BY __bp, __block ORDER BY __bs, __id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS __service_before FROM b${i}_2)`,
  ];
  const layers = ctx.layers('f');
  const minutes = (micros: string) => d.minutesFromMicros(micros) ?? layers.divide(micros, perMinute);
  const overlap = `(CASE WHEN __prev_end > __bs THEN ${d.epochMicros('__prev_end')} - ${d.epochMicros('__bs')} ELSE 0 END)`;
  const refs = new Map([
    ['elapsed_minutes', minutes(`(${d.epochMicros('__bs')} - ${d.epochMicros('__block_start')})`)],
    ['service_minutes', minutes(`(__service_before - ${overlap})`)],
  ]);
  const select = ctx.finding(plan, {
    base: `b${i}`,
    key: '__id',
    evidence: d.listOf(['__id']),
    values: [...rowFactNodes(plan), ...refs, ['block_start', '__block_start']],
    where: plan.violation,
    refs,
    layers,
  });
  return { ctes, select };
}
