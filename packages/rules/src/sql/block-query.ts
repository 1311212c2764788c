import { rowFactNodes } from '../compile/facts';
import type { RulePlan } from '../compile/plan';
import type { Node } from '../ir/node';
import { walk } from '../ir/visitor';
import type { TimelineShare, WorkerTimeline } from './group-query';
import type { QueryContext } from './query-context';

const perMinute = '60000000';
/** A worker's rows in start order: the ordering of both passes. */
const ordered = 'PARTITION BY __bp ORDER BY __bs, __id';

/** The i-th block clause's passes as a group clause per worker and day can share them (see `sharesTimeline`). */
export function blockTimeline(i: number): WorkerTimeline {
  return { relation: `b${i}_3`, window: ordered, flag: '__in_g' };
}

/**
 * A block clause: a worker's rows in start order; the running latest end decides where a block begins
 * (a new one when the gap since it reaches the rest), and each row sees the time since its block began and
 * the union of the earlier rows' intervals in the block, cut at its start.
 *
 * Only the row's id, its day and the columns the clause reads are carried. Two passes over one ordering: the latest
 * earlier end (`__prev_end`), then, with the block starts known, the block number, the block's start (the latest
 * start of a block so far) and `__c`, the running union of the worker's earlier intervals. The service before a row
 * is `__c` less its value at the block's start, a third (per-block) pass: over every row when the verdict needs it,
 * else only over the block starts and the findings, for their traces.
 */
export function buildBlockCtes(
  ctx: QueryContext,
  plan: RulePlan,
  i: number,
  share?: TimelineShare,
): { ctes: string[]; select: string } {
  const d = ctx.dialect;
  const b = plan.blocks!;
  const rowLayers = ctx.layers('b');
  const e = ctx.emitter(plan, rowLayers);
  const [partition, start, end] = [e.emit(b.partition), e.emit(b.start), e.emit(b.end)];
  const scope = ctx.scope(plan, e);
  const gapLayers = ctx.layers('c');
  const ge = ctx.emitter(plan, gapLayers);
  const gapSoFar = ge.minutes(`(${d.epochMicros('__bs')} - ${d.epochMicros('__prev_end')})`);
  const gap = b.gap.type === 'int' ? d.intAsDecimal(ge.emit(b.gap)) : ge.emit(b.gap);
  const from = `(CASE WHEN __prev_end IS NULL OR __prev_end < __bs THEN __bs ELSE __prev_end END)`;
  const upTo = (frameEnd: string) => `OVER (${ordered} ROWS BETWEEN UNBOUNDED PRECEDING AND ${frameEnd})`;
  const verdictNeedsService = [plan.violation, ...(plan.amount ? [plan.amount] : [])].some((n) =>
    reads(n, 'service_minutes'),
  );
  // Findings and summary from one evaluation: the relation both read is computed once and stored.
  const stored = (readTwice: boolean) =>
    readTwice && ctx.mode === 'both' && d.supportsMaterializedCte ? 'MATERIALIZED ' : '';
  const inBlock = `${scope} AND ${start} IS NOT NULL AND ${end} IS NOT NULL`;
  // Only what the clause reads travels through the sorts and the stored relation; a group clause sharing
  // the pass adds its flagged rows, their columns and its running windows, and block values skip its rows.
  const carried = [
    ...new Set([
      '__id',
      '__day',
      ...plan.columnsRead.map((c) => d.quote(c)),
      ...(share
        ? [...share.read, ...share.columns, `(${inBlock}) AS __in_b`, `${share.scope} AS ${share.flag}`]
        : []),
    ]),
  ].join(', ');
  const own = (sql: string) => (share ? `(__in_b AND ${sql})` : sql);
  const latestEnd = share ? 'MAX(CASE WHEN __in_b THEN __be END)' : 'MAX(__be)';
  const sharedWindows = share ? share.windows.map((w) => `, ${w}`).join('') : '';
  const ctes = [
    `b${i}_0 AS (SELECT ${carried}, ${partition} AS __bp, ${start} AS __bs, ${end} AS __be FROM ${rowLayers.wrap('src')} __b WHERE ${share ? `(${inBlock}) OR ${share.scope}` : inBlock})`,
    `b${i}_1 AS (SELECT *, ${latestEnd} ${upTo('1 PRECEDING')} AS __prev_end${sharedWindows} FROM b${i}_0)`,
    `b${i}_2 AS (SELECT *, ${own(`(__prev_end IS NULL OR ${gapSoFar} >= ${gap})`)} AS __new, CASE WHEN ${own(`__be > ${from}`)} THEN ${d.epochMicros('__be')} - ${d.epochMicros(from)} ELSE 0 END AS __contrib FROM ${gapLayers.wrap(`b${i}_1`)} __c)`,
    `b${i}_3 AS ${share && d.supportsMaterializedCte ? 'MATERIALIZED ' : stored(!verdictNeedsService)}(SELECT *, SUM(CASE WHEN __new THEN 1 ELSE 0 END) ${upTo('CURRENT ROW')} AS __block, MAX(CASE WHEN __new THEN __bs END) ${upTo('CURRENT ROW')} AS __block_start, COALESCE(SUM(__contrib) ${upTo('1 PRECEDING')}, 0) AS __c FROM b${i}_2)`,
  ];
  const blockRows = share ? `(SELECT * FROM b${i}_3 WHERE __in_b)` : `b${i}_3`;
  const fromBlockRows = share ? `${blockRows} __r` : blockRows;
  const minutesOf = (layers: ReturnType<QueryContext['layers']>) => (micros: string) =>
    d.minutesFromMicros(micros) ?? layers.divide(micros, perMinute);
  const overlap = `(CASE WHEN __prev_end > __bs THEN ${d.epochMicros('__prev_end')} - ${d.epochMicros('__bs')} ELSE 0 END)`;
  const refsWith = (layers: ReturnType<QueryContext['layers']>) => {
    const minutes = minutesOf(layers);
    return new Map([
      ['elapsed_minutes', minutes(`(${d.epochMicros('__bs')} - ${d.epochMicros('__block_start')})`)],
      ['service_minutes', minutes(`(__service_before - ${overlap})`)],
    ]);
  };
  const service = `__c - MIN(__c) OVER (PARTITION BY __bp, __block) AS __service_before`;
  let base: string;
  let summaryBase: string | undefined;
  if (verdictNeedsService) {
    ctes.push(`b${i} AS ${stored(true)}(SELECT *, ${service} FROM ${fromBlockRows})`);
    base = `b${i}`;
  } else if (ctx.mode === 'summary') base = `(SELECT *, NULL AS __service_before FROM ${fromBlockRows})`;
  else {
    summaryBase = `(SELECT *, NULL AS __service_before FROM ${fromBlockRows})`;
    // The service before a finding needs only its block's start beside it.
    const candidateLayers = ctx.layers('p');
    const pe = ctx.emitter(plan, candidateLayers, { refs: refsWith(candidateLayers) });
    const candidates = `(SELECT * FROM ${candidateLayers.wrap(blockRows)} __p WHERE __new OR ${d.isTrue(pe.emit(plan.violation))})`;
    ctes.push(`b${i} AS (SELECT *, ${service} FROM ${candidates} __q)`);
    base = `b${i}`;
  }
  const layers = ctx.layers('f');
  const refs = refsWith(layers);
  const select = ctx.finding(plan, {
    base,
    key: '__id',
    evidence: d.listOf(['__id']),
    values: [...rowFactNodes(plan), ...refs, ['block_start', '__block_start']],
    where: plan.violation,
    refs,
    layers,
    summaryBase,
  });
  return { ctes, select };
}

function reads(node: Node, name: string): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.kind === 'ref' && n.name === name) found = true;
  });
  return found;
}
