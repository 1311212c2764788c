import { columnsReadPastFilter, rowFactNodes } from '../compile/facts';
import type { RulePlan } from '../compile/plan';
import type { Node } from '../ir/node';
import { walk } from '../ir/visitor';
import { minutesInFixedPoint } from './fixed-point';
import type { TimelineShare, WorkerTimeline } from './group-query';
import type { QueryContext } from './query-context';

const perMinute = '60000000';
/** A worker's rows in start order: the ordering of every pass. */
const order = '__bp, __bs, __id';
const ordered = `PARTITION BY __bp ORDER BY ${order}`;
/**
 * The order of the one sort: workers by the hash of their id (`__bh`), then each worker's rows by start, rows
 * without a start last (as the partitioned windows have them). A key of fixed-size values only is what keeps
 * the sort fast (with the ids in it, the sort of 10 million orders takes two to three times as long), and it
 * is enough: the clauses' results do not depend on the order of a worker's rows that start at the same time
 * (the union of intervals and the blocks' starts are the same either way), and the pass stops with
 * `workerHashCollision` when two workers' ids hash alike, whose rows could interleave. The exact order adds the
 * worker's id after its hash and the row's id after its start (`CompileOptions.exactWorkerOrder`).
 */
const sortOrder = (exact: boolean) =>
  exact ? '__bh, __bp NULLS LAST, __bs NULLS LAST, __id NULLS LAST' : '__bh, __bs NULLS LAST';

/** The error a worker timeline sorted by hash stops with when two workers' ids hash alike. */
export const workerHashCollision = 'worker ids hash alike in a worker timeline';

/** The i-th block clause's pass as a group clause per worker and day can share it (see `sharesTimeline`). */
export function blockTimeline(i: number): WorkerTimeline {
  return { relation: `b${i}_3`, flag: '__in_g' };
}

/**
 * A block clause: a worker's rows in start order; the running latest end decides where a block begins
 * (a new one when the gap since it reaches the rest), and each row sees the time since its block began and
 * the union of the earlier rows' intervals in the block, cut at its start.
 *
 * Only the row's id, its day and the columns the clause reads are carried. The latest earlier end
 * (`__prev_end`) is known first; then, with the block starts known, the block's start and `__c`, the running
 * union of the earlier intervals; the service before a row is `__c` less its value at the block's start.
 * Where the dialect streams a worker timeline, the rows are sorted once and read in order (`streamedPasses`);
 * elsewhere each step is a partitioned window (`partitionedPasses`).
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
  const gapMicros = `(${d.epochMicros('__bs')} - ${d.epochMicros('__prev_end')})`;
  const gap = ge.emit(b.gap);
  const restTaken =
    ge.compareMinutes(gapMicros, '>=', b.gap) ??
    `${ge.minutes(gapMicros)} >= ${b.gap.type === 'int' ? d.intAsDecimal(gap) : gap}`;
  const from = `(CASE WHEN __prev_end IS NULL OR __prev_end < __bs THEN __bs ELSE __prev_end END)`;
  const inBlock = `${scope} AND ${start} IS NOT NULL AND ${end} IS NOT NULL`;
  // Only what the clause reads past its filter (which `__in_b` holds) travels through the sorts and the stored
  // relation; a group clause sharing the pass adds its flagged rows and the columns it reads past its filter
  // (its day, the day of the start, is taken after the sort), and block values skip its rows. A column that
  // is the worker, start or end itself travels once, as `__bp`, `__bs` or `__be`, and takes its name back
  // after the first sort.
  const ordering = new Map([
    [partition, '__bp'],
    [start, '__bs'],
    [end, '__be'],
  ]);
  const read = [
    ...new Set([
      '__id',
      '__day',
      ...columnsReadPastFilter(plan).map((c) => d.quote(c)),
      ...(share ? [...share.read, `(${inBlock}) AS __in_b`, `${share.scope} AS ${share.flag}`] : []),
    ]),
  ];
  const carried = read.filter((c) => !ordering.has(c)).join(', ');
  const renamed = (worker: boolean) =>
    read
      .filter((c) => ordering.has(c) && (worker || c !== partition))
      .map((c) => `, ${ordering.get(c)} AS ${c}`)
      .join('');
  const workerRead = read.includes(partition) ? partition : undefined;
  if (share && !d.streamsWorkerTimeline) throw new Error(`${d.name} does not stream a worker timeline`);
  const own = (sql: string) => (share ? `(__in_b AND ${sql})` : sql);
  // A sharing group exists only where the timeline streams, whose passes hold the service before each row:
  // the clause's base is then the pass's block rows, and its one pass can be folded into the group's.
  const folds = share?.fold !== undefined;
  const rows = `FROM ${rowLayers.wrap('src')} __b WHERE ${share ? `(${inBlock}) OR ${share.scope}` : inBlock}`;
  const steps: BlockSteps = {
    source: (byWorkerHash = false) =>
      `SELECT ${carried}, ${byWorkerHash ? `${d.workerHash(partition)} AS __bh` : `${partition} AS __bp`}, ${start} AS __bs, ${end} AS __be ${rows}`,
    workers: () => `SELECT DISTINCT ${d.workerHash(partition)} AS __dh, ${partition} AS __dw ${rows}`,
    workerRead,
    named: renamed(true),
    namedBesidesWorker: renamed(false),
    blockValue: (sql: string) => (share ? `CASE WHEN __in_b THEN ${sql} END` : sql),
    starts: (prior: string) =>
      `SELECT *, ${own(`(__prev_end IS NULL OR ${restTaken})`)} AS __new, CASE WHEN ${own(`__be > ${from}`)} THEN ${d.epochMicros('__be')} - ${d.epochMicros(from)} ELSE 0 END AS __contrib FROM ${gapLayers.wrap(prior)} __c`,
    // Stored when read twice; not when the clause's one pass is folded into the sharing group's aggregate,
    // its only reader.
    stored:
      (share !== undefined || ctx.mode === 'both') && !folds && d.supportsMaterializedCte
        ? 'MATERIALIZED '
        : '',
  };
  const verdictNeedsService = [plan.violation, ...(plan.amount ? [plan.amount] : [])].some((n) =>
    reads(n, 'service_minutes'),
  );
  const passes = d.streamsWorkerTimeline
    ? streamedPasses(ctx, steps, i, share)
    : partitionedPasses(ctx, steps, i, verdictNeedsService);
  const blockRows = share ? `(SELECT * FROM b${i}_3 WHERE __in_b)` : `b${i}_3`;
  const minutesOf = (layers: ReturnType<QueryContext['layers']>) => (micros: string) =>
    d.minutesFromMicros(micros) ?? layers.divide(micros, perMinute);
  const overlap = `(CASE WHEN __prev_end > __bs THEN ${d.epochMicros('__prev_end')} - ${d.epochMicros('__bs')} ELSE 0 END)`;
  const spans = new Map([
    ['elapsed_minutes', `(${d.epochMicros('__bs')} - ${d.epochMicros('__block_start')})`],
    ['service_minutes', `(__service_before - ${overlap})`],
  ]);
  const refsWith = (layers: ReturnType<QueryContext['layers']>) => {
    const minutes = minutesOf(layers);
    return new Map([...spans].map(([name, micros]) => [name, minutes(micros)]));
  };
  // Where the dialect compares in fixed point, the same minutes as 64-bit counts of 10^-12.
  const fixedRefs = d.comparesInFixedPoint
    ? new Map([...spans].map(([name, micros]) => [name, minutesInFixedPoint(micros, d)]))
    : undefined;
  const ctes = passes.ctes;
  let base: string;
  let summaryBase: string | undefined;
  if (passes.service) base = blockRows;
  else if (verdictNeedsService) {
    ctes.push(
      `b${i} AS ${steps.stored}(SELECT *, ${serviceWindow} FROM ${share ? `${blockRows} __r` : blockRows})`,
    );
    base = `b${i}`;
  } else if (ctx.mode === 'summary') base = `(SELECT *, NULL AS __service_before FROM ${blockRows} __r)`;
  else {
    summaryBase = `(SELECT *, NULL AS __service_before FROM ${blockRows} __r)`;
    // The service before a finding needs only its block's start beside it.
    const candidateLayers = ctx.layers('p');
    const pe = ctx.emitter(plan, candidateLayers, { refs: refsWith(candidateLayers) });
    const candidates = `(SELECT * FROM ${candidateLayers.wrap(blockRows)} __p WHERE __new OR ${d.isTrue(pe.emit(plan.violation))})`;
    ctes.push(`b${i} AS (SELECT *, ${serviceWindow} FROM ${candidates} __q)`);
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
    fixedRefs,
    layers,
    summaryBase,
    fold: folds ? (verdict, verdictLayers) => share!.fold!(verdict, verdictLayers, '__in_b') : undefined,
  });
  return { ctes, select };
}

/** What both ways of passing over a worker's rows share: their rows, where blocks start, and storage. */
interface BlockSteps {
  /**
   * The block's rows (and a sharing group's): id, day, the columns read, `__bp`, `__bs`, `__be`; by worker hash,
   * the hash of the worker's id (`__bh`) in place of the id (`__bp`).
   */
  readonly source: (byWorkerHash?: boolean) => string;
  /**
   * The workers of those rows: the hash of the id (`__dh`) and the id (`__dw`); built only where the timeline
   * streams, as only those dialects hash a worker's id.
   */
  readonly workers: () => string;
  /** The worker's column where the clauses read it past their filter (e.g. `"rider_id"`). */
  readonly workerRead?: string;
  /** `, __bp AS "rider_id"` and the like: the columns read that travel as the ordering's own. */
  readonly named: string;
  /** The same but the worker's. */
  readonly namedBesidesWorker: string;
  /** A value of block rows only, null for a sharing group's rows. */
  readonly blockValue: (sql: string) => string;
  /** From rows with `__prev_end`: `__new` (a block starts here) and `__contrib` (time added to the union). */
  readonly starts: (prior: string) => string;
  /** `MATERIALIZED ` when the passes' result is read more than once. */
  readonly stored: string;
}

/** The passes' CTEs, the last one `b{i}_3`; `service` when it already holds `__service_before`. */
interface Passes {
  readonly ctes: string[];
  readonly service: boolean;
}

const serviceWindow = `__c - MIN(__c) OVER (PARTITION BY __bp, __block) AS __service_before`;

/**
 * Two partitioned window passes over one ordering: the latest earlier end; then, in one window operator, the
 * block number, the block's start (the latest block start so far: starts only grow in this order) and the
 * running union of earlier intervals. The service before a row is a third, per-block window, over every row
 * when the verdict needs it, else only over the block starts and the findings, for their traces.
 */
function partitionedPasses(
  ctx: QueryContext,
  steps: BlockSteps,
  i: number,
  verdictNeedsService: boolean,
): Passes {
  const upTo = (frameEnd: string) => `OVER (${ordered} ROWS BETWEEN UNBOUNDED PRECEDING AND ${frameEnd})`;
  const latestEnd = `MAX(${steps.blockValue('__be')})`;
  const stored = verdictNeedsService ? '' : steps.stored;
  return {
    ctes: [
      `b${i}_0 AS (${steps.source()})`,
      `b${i}_1 AS (SELECT *${steps.named}, ${latestEnd} ${upTo('1 PRECEDING')} AS __prev_end FROM b${i}_0)`,
      `b${i}_2 AS (${steps.starts(`b${i}_1`)})`,
      `b${i}_3 AS ${stored}(SELECT *, SUM(CASE WHEN __new THEN 1 ELSE 0 END) ${upTo('CURRENT ROW')} AS __block, MAX(CASE WHEN __new THEN __bs END) ${upTo('CURRENT ROW')} AS __block_start, COALESCE(SUM(__contrib) ${upTo('1 PRECEDING')}, 0) AS __c FROM b${i}_2)`,
    ],
    service: false,
  };
}

/**
 * One sort per part of the workers (`timelineParts`, by the hash of their ids, so that the parts' passes run
 * side by side), then windows that read the rows in that order without sorting again (`OVER ()`): every running
 * value is over all rows so far, and one that must restart at a worker (or, for a sharing group, a worker's
 * day) is a maximum of `segmentKey`, the segment's base being the running sum of `segmentUnit` over the rows
 * that begin one.
 * The latest earlier end is the running maximum's previous value; the block's start the latest of a block
 * start, and the service before a row the running union less its value at that start, for every row.
 * A row read out of order stops the audit with an error instead of a wrong answer.
 */
function streamedPasses(ctx: QueryContext, steps: BlockSteps, i: number, share?: TimelineShare): Passes {
  const d = ctx.dialect;
  const running = 'OVER (ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)';
  const outOfOrder = `error('rows out of order in a worker timeline')`;
  const exact = ctx.exactWorkerOrder;
  // Rows arrive by worker (hash, then id in the exact order), start (then id) with nulls last: a worker begins
  // a segment, and a new day one of a group. Sorted by hash alone, another worker of the same hash stops the
  // pass: its rows could be interleaved with the previous one's. Where a sharing group's aggregate, which
  // groups every row of the pass by worker, checks that no two workers' ids hash alike (`checksWorkerHashes`),
  // the pass tells workers apart by their hashes alone and does not carry the previous row's id.
  const byHash = share?.checksWorkerHashes === true;
  const before = (x: string, y: string) => `(${x} < ${y} OR (${x} IS NOT NULL AND ${y} IS NULL))`;
  const inOrder = exact
    ? `COALESCE(${before('__ls', '__bs')} OR (__ls IS NOT DISTINCT FROM __bs AND (__id IS NULL OR __li <= __id)), FALSE)`
    : `COALESCE(__ls <= __bs OR __bs IS NULL, FALSE)`;
  const sameWorker = byHash ? `__lh = __bh` : `__lp IS NOT DISTINCT FROM __bp`;
  const begins = d.segmentUnit;
  const nextWorker = exact
    ? `WHEN COALESCE(__lh < __bh OR (__lh = __bh AND ${before('__lp', '__bp')}), FALSE) THEN ${begins}`
    : `WHEN __lh < __bh THEN ${begins}${byHash ? '' : ` WHEN __lh = __bh THEN error('${workerHashCollision}')`}`;
  // The first row has no previous hash (a hash is never empty).
  const workerBegins = `CASE WHEN __lh IS NULL THEN ${begins} WHEN ${sameWorker} THEN (CASE WHEN ${inOrder} THEN 0 ELSE ${outOfOrder} END) ${nextWorker} ELSE ${outOfOrder} END`;
  const day = share?.day;
  const ends = share?.latestEnds ?? [];
  const previous = (pairs: [string, string][]) =>
    pairs.map(([c, name]) => `LAG(${c}) OVER () AS ${name}`).join(', ');
  const lagged = previous([
    ['__bh', '__lh'],
    ...(byHash ? [] : [['__bp', '__lp'] as [string, string]]),
    ['__bs', '__ls'],
    ...(exact ? [['__id', '__li'] as [string, string]] : []),
  ]);
  const segments = [
    `SUM(${workerBegins}) ${running} AS __w`,
    ...(day
      ? [
          `SUM(CASE WHEN ${sameWorker} AND ${d.truncate('day', '__ls')} IS NOT DISTINCT FROM ${day} THEN 0 ELSE ${begins} END) ${running} AS __wd`,
        ]
      : []),
  ];
  const keys = [
    `MAX(${steps.blockValue(d.segmentKey('__w', '__be'))}) ${running} AS __mk`,
    ...ends.map(
      (x, j) =>
        `MAX(CASE WHEN ${share!.flag} THEN ${d.segmentKey('__wd', x.end)} END) ${running} AS __mg${j}`,
    ),
  ];
  const earlierKeys = previous([
    ['__mk', '__pk'],
    ...ends.map((_, j) => [`__mg${j}`, `__pg${j}`] as [string, string]),
  ]);
  const decoded = [
    `${d.fromSegmentKey('__pk', '__w')} AS __prev_end`,
    ...ends.map((x, j) => `${d.fromSegmentKey(`__pg${j}`, '__wd')} AS ${x.name}`),
  ];
  // Only the rows and their results are kept (and stored): none of the working columns of the passes.
  const working = [
    ...[
      ...(byHash ? [] : ['__bh']),
      '__lh',
      ...(byHash ? [] : ['__lp']),
      '__ls',
      ...(exact ? ['__li'] : []),
      '__w',
      '__mk',
      '__pk',
      '__new',
      '__contrib',
      '__cs',
      '__bk',
      '__c',
    ],
    ...(day ? ['__wd'] : []),
    ...ends.flatMap((_, j) => [`__mg${j}`, `__pg${j}`]),
  ];
  // Told apart by hash, the rows carry the hash of the worker's id instead of the id through the sort (an id
  // is a string, often a long one, and slows the sort); the id is put back after the passes, from the workers'
  // hashes and ids. Two workers of one hash then put both ids on each other's rows, and the sharing group's
  // check, which counts the ids and hashes of its workers, stops the audit.
  const hashed = byHash ? `b${i}_0` : `(SELECT *, ${d.workerHash('__bp')} AS __bh FROM b${i}_0)`;
  const named = byHash ? steps.namedBesidesWorker : steps.named;
  // Each part of the workers (by hash) sorted and streamed on its own (`b{i}h{p}_3`), then the parts together.
  const parts = d.timelineParts(ctx.timelineParts);
  const pass = (condition: string, p: number) => {
    const step = (name: string) => `b${i}h${p}_${name}`;
    return [
      `${step('s')} AS (SELECT *${named}${day ? `, ${d.truncate('day', '__bs')} AS ${day}` : ''}, ${lagged} FROM (SELECT * FROM ${hashed} __h WHERE ${condition} ORDER BY ${sortOrder(exact)}) __s)`,
      `${step('w')} AS (SELECT *, ${segments.join(', ')} FROM ${step('s')})`,
      `${step('1')} AS (SELECT *, ${decoded.join(', ')} FROM (SELECT *, ${earlierKeys} FROM (SELECT *, ${keys.join(', ')} FROM ${step('w')}) __m) __p)`,
      `${step('2')} AS (${steps.starts(step('1'))})`,
      `${step('3')} AS (SELECT * EXCLUDE (${working.join(', ')}) FROM (SELECT *, __c - MAX(CASE WHEN __new THEN __c END) ${running} AS __service_before FROM (SELECT *, __cs - __contrib AS __c, ${d.fromSegmentKey('__bk', '__w')} AS __block_start FROM (SELECT *, SUM(__contrib) ${running} AS __cs, MAX(CASE WHEN __new THEN ${d.segmentKey('__w', '__bs')} END) ${running} AS __bk FROM ${step('2')}) __r) __q) __x)`,
    ];
  };
  // Each part reads its rows from the source again: storing them once for all parts (ids and all) costs more
  // than reading them up to four times; with more parts, one stored copy.
  const partsRead = parts.length <= maxPartsReadingTheSource ? d.inlinedCte : '';
  const together = parts.map((_, p) => `SELECT * FROM b${i}h${p}_3`).join(' UNION ALL ');
  const withWorkers = !byHash
    ? together
    : steps.workerRead
      ? `SELECT __u.* EXCLUDE (__bh), __d.__dw AS ${steps.workerRead} FROM (${together}) __u JOIN (${steps.workers()}) __d ON __u.__bh = __d.__dh`
      : `SELECT * EXCLUDE (__bh) FROM (${together}) __u`;
  return {
    ctes: [
      `b${i}_0 AS ${partsRead}(${steps.source(byHash)})`,
      ...parts.flatMap(pass),
      `b${i}_3 AS ${steps.stored}(${withWorkers})`,
    ],
    service: true,
  };
}

/** Up to this many parts of a worker timeline each read the source; more share one stored copy of its rows. */
const maxPartsReadingTheSource = 4;

function reads(node: Node, name: string): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.kind === 'ref' && n.name === name) found = true;
  });
  return found;
}
