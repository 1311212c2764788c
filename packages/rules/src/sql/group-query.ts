import { columnsReadPastFilter } from '../compile/facts';
import { groupEvidenceLimit, type GroupKey, type RulePlan } from '../compile/plan';
import type { Node } from '../ir/node';
import type { AggregateNode } from '../ir/nodes/aggregate';
import { walk } from '../ir/visitor';
import { formatDate, lastWeekEndingBy, parseDate } from '../time';
import { workerHashCollision } from './block-query';
import type { SqlDialect } from './dialect';
import { minutesInFixedPoint, type Fixed } from './fixed-point';
import type { Layers } from './layers';
import { onePassColumns, type QueryContext } from './query-context';

/**
 * Group clauses with the same rows and keys (e.g. hourly pay and the daily cap, both per rider and day over
 * delivered orders) share one pass: their rows, one window per distinct union of working time, and one
 * aggregate row per group holding every measure any of them needs; then each clause selects its findings.
 * Quotients of aggregates (avg, share, working minutes) are taken after grouping.
 */
export function buildGroupCtes(
  ctx: QueryContext,
  plans: readonly RulePlan[],
  i: number,
  options: {
    timeline?: WorkerTimeline;
    /** The groups per worker and day this group's weeks are aggregated from (see `rollsUpFrom`). */
    fromDays?: string;
    /** Another group is aggregated from this one's: stored, read twice. */
    feedsWeeks?: boolean;
  } = {},
): { ctes: string[]; selects: string[]; share?: TimelineShare; afterTimeline: () => string[] } {
  const { timeline, fromDays } = options;
  const d = ctx.dialect;
  const first = plans[0]!;
  const group = first.group!;
  const rowLayers = ctx.layers('g');
  const groupLayers = ctx.layers('h');
  const e = ctx.emitter(first, rowLayers);
  const keys = group.keys.map((k, j) => [`__k${j}`, e.emit(k.node)] as const);
  const keyList = keys.map(([n]) => n).join(', ');
  const rowColumns = keys.map(([n, s]) => `${s} AS ${n}`);
  // A group sharing a worker timeline is keyed by worker and day (see `sharesTimeline`).
  const dayColumn = rowColumns[1] ?? '';
  const windows: string[] = [];
  const latestEnds: LatestEnd[] = [];
  const earlier = 'ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING';
  const aggregates: string[] = [];
  const shared = new Map<string, string>();
  /** Measures whose values also have a fixed-point form (working minutes), by their SQL. */
  const fixed = new Map<string, Fixed>();
  const quotient = (j: number, numerator: string, denominator: string) => {
    aggregates.push(`${numerator} AS __m${j}n`, `${denominator} AS __m${j}d`);
    return groupLayers.divide(`__m${j}n`, `__m${j}d`);
  };
  const measure = (plan: RulePlan, node: AggregateNode): string => {
    const signature = signatureOf(plan, [node]);
    const known = shared.get(signature);
    if (known) return known;
    const j = shared.size;
    const pe = ctx.emitter(plan, rowLayers);
    const [a = '', b = ''] = node.args.map((arg: Node) => pe.emit(arg));
    const decimalArg = node.args[0]?.type === 'int' ? d.intAsDecimal(a) : a;
    let ref: string;
    if (node.fn === 'working_minutes') {
      rowColumns.push(`${a} AS __ws${j}`, `${b} AS __we${j}`);
      const partition = keys.length > 0 ? `PARTITION BY ${keyList} ` : '';
      if (timeline) latestEnds.push({ end: b, name: `__wp${j}` });
      else windows.push(`MAX(__we${j}) OVER (${partition}ORDER BY __ws${j}, __id ${earlier}) AS __wp${j}`);
      const from = `(CASE WHEN __wp${j} IS NULL OR __wp${j} < __ws${j} THEN __ws${j} ELSE __wp${j} END)`;
      const contribution = `CASE WHEN __we${j} > ${from} THEN ${d.epochMicros(`__we${j}`)} - ${d.epochMicros(from)} ELSE 0 END`;
      aggregates.push(`COALESCE(SUM(${contribution}), 0) AS __m${j}`);
      ref = d.minutesFromMicros(`__m${j}`) ?? groupLayers.divide(`__m${j}`, '60000000');
      // A worker's working minutes in a group up to a month long (a longer group compares in decimals).
      if (d.comparesInFixedPoint) fixed.set(ref, minutesInFixedPoint(`__m${j}`, d, 31n));
    } else if (node.fn === 'avg') ref = quotient(j, `SUM(${decimalArg})`, `COUNT(${a})`);
    else if (node.fn === 'share')
      ref = quotient(j, `SUM(CASE WHEN ${d.isTrue(a)} THEN 1 ELSE 0 END)`, 'COUNT(*)');
    else {
      aggregates.push(`${plainAggregate(ctx, node, a, b)} AS __m${j}`);
      ref = `__m${j}`;
    }
    shared.set(signature, ref);
    return ref;
  };
  const refsOf = plans.map((plan) => {
    const refs = new Map<string, string>(group.keys.map((k, j) => [k.name, `__k${j}`]));
    const fixedRefs = new Map<string, Fixed>();
    for (const [name, node] of plan.group!.measures) {
      // Aggregated from the days, every measure is their number (see `rollsUpFrom`).
      const ref = fromDays ? '__m0' : measure(plan, node);
      refs.set(name, ref);
      const form = fixed.get(ref);
      if (form) fixedRefs.set(name, form);
    }
    return { refs, fixedRefs };
  });
  const completeWeeks = group.completeWeeks
    ? ` AND ${checkedWeeks(ctx, first, d.truncate('week', '__day'))}`
    : '';
  const scope = ctx.scope(first, e);
  const ctes = [
    `g${i}_rows AS ${d.inlinedCte}(SELECT *, ${rowColumns.join(', ')} FROM ${rowLayers.wrap('src')} __g WHERE ${scope}${completeWeeks})`,
  ];
  // With a worker timeline, the rows, their day and the latest earlier ends come from the block clause's
  // sorted pass; the other columns are computed after it, so that they do not travel through its sort.
  const after = rowColumns.filter((c) => c !== dayColumn);
  const rows = timeline || windows.length > 0 ? `g${i}_win` : `g${i}_rows`;
  if (!timeline && windows.length > 0)
    ctes.push(`g${i}_win AS (SELECT *, ${windows.join(', ')} FROM g${i}_rows)`);
  // A group's evidence (its rows' ids) is listed for the findings only, when the engine can look them up.
  // It lists the first `groupEvidenceLimit` ids in order and the first of each place (`placeColumn`); the
  // trace's `group_rows` counts them all.
  const lazyEvidence = d.supportsCorrelatedSubqueries;
  const columns = [
    ...keys.map(([n]) => n),
    'MIN(__day) AS __gday',
    ...aggregates,
    'COUNT(*) AS __rows',
    ...(lazyEvidence || ctx.mode === 'summary'
      ? []
      : [`${d.listAgg('__id', groupEvidenceLimit)} AS __evidence`]),
  ];
  const sameGroup = keys.map(([n]) => d.sameValue(`__r.${n}`, `__f.${n}`)).join(' AND ');
  const evidence = lazyEvidence
    ? lazyGroupEvidence(d, `g${i}_rows`, sameGroup, group.placeColumn)
    : '__evidence';
  // Stored when several selects read it: clauses sharing the pass, a clause's findings and its summary, or
  // a group aggregated from this one.
  const materialized =
    (plans.length > 1 || ctx.mode === 'both' || options.feedsWeeks) && d.supportsMaterializedCte
      ? 'MATERIALIZED '
      : '';
  const grouped = (from: string, by: string) =>
    `g${i} AS ${materialized}(SELECT ${columns.join(', ')} FROM ${from}${by ? ` GROUP BY ${by}` : ''})`;
  if (fromDays) {
    // One row per worker and week from the rows per worker and day: the days with a row, the first day.
    const week = d.truncate('week', '__k1');
    const days = `(SELECT __k0, __k1 AS __d, ${week} AS __k1, __gday, __rows FROM ${fromDays}) __r${
      completeWeeks ? ` WHERE ${checkedWeeks(ctx, first, '__k1')}` : ''
    }`;
    ctes.push(
      `g${i} AS ${materialized}(SELECT __k0, __k1, MIN(__gday) AS __gday, COUNT(__d) AS __m0, SUM(__rows) AS __rows FROM ${days} GROUP BY __k0, __k1)`,
    );
  } else if (!timeline) ctes.push(grouped(rows, keyList));
  // In one statement where rows are structs, the block clause's one pass is folded into this aggregate, so
  // that the pass's rows are read once and not stored: grouped also by whether a row is the group's, each
  // group holds the block clause's counts and findings over its block rows (see `onePass`).
  let folded: { verdict: string; layers: Layers; blockRows: string } | undefined;
  const fold =
    timeline && ctx.mode === 'both' && d.supportsRowStructs
      ? (verdict: string, layers: Layers, blockRows: string) => {
          folded = { verdict, layers, blockRows };
          return `g${i}_all`;
        }
      : undefined;
  // Folded, the aggregate groups every row of the timeline by worker, and checks that no two workers' ids hash
  // alike, so that the timeline can tell workers apart by hash alone (not in the exact order, which compares
  // the ids: the timeline relies on this flag alone).
  const checksWorkerHashes = fold !== undefined && !ctx.exactWorkerOrder;
  /** The CTEs that read the timeline, once the block clause has folded its pass into them or not. */
  const afterTimeline = (): string[] => {
    if (!timeline) return [];
    if (checksWorkerHashes && !folded) throw new Error('a timeline told apart by hash was not folded');
    if (!folded)
      return [
        `g${i}_win AS (SELECT *, ${after.join(', ')} FROM ${timeline.relation} WHERE ${timeline.flag})`,
        grouped(rows, keyList),
      ];
    const flag = timeline.flag;
    return [
      `g${i}_win AS (SELECT *, ${after.join(', ')}, (${folded.verdict}) AS __v FROM ${folded.layers.wrap(timeline.relation)} __w)`,
      `g${i}_all AS MATERIALIZED (SELECT ${flag}, ${columns.join(', ')}, ${onePassColumns(folded.blockRows)} FROM ${rows} __f GROUP BY ${keyList}, ${flag})`,
      `g${i} AS (SELECT * EXCLUDE (${flag}, __n, __u, __k, __hits) FROM g${i}_all WHERE ${flag}${
        checksWorkerHashes ? ` AND (SELECT ${distinctHashes(d, '__k0')} FROM g${i}_all)` : ''
      })`,
    ];
  };
  // The measures' quotients are columns of every clause's base; each clause's own divisions are its own.
  const measured = groupLayers.wrap(`g${i}`);
  const selects = plans.map((plan, p) => {
    const { refs, fixedRefs } = refsOf[p]!;
    const measureNames = new Set(plan.group!.measures.map(([n]) => n));
    return ctx.finding(plan, {
      base: measured,
      key: d.concat(keys.map(([n]) => n)),
      evidence,
      values: [
        ...[...refs]
          .filter(([n]) => measureNames.has(n) || plan.group!.keys.some((k) => k.name === n))
          .map(([n, s]) => [n, s] as [string, string]),
        ...plan.group!.lets.map(([n, node]) => [n, node] as [string, Node]),
        ['group_rows', '__rows'],
      ],
      where: plan.violation,
      refs,
      fixedRefs,
      day: '__gday',
    });
  });
  const share: TimelineShare | undefined = timeline && {
    fold,
    checksWorkerHashes,
    flag: timeline.flag,
    scope: `(${scope}${completeWeeks})`,
    day: keys[1]![0],
    read: [...new Set(plans.flatMap(columnsReadPastFilter))].sort().map((c) => d.quote(c)),
    latestEnds,
  };
  return { ctes, selects, share, afterTimeline };
}

/**
 * A group finding's evidence, looked up in its group's rows (`rows`, `__r`, matched to the finding `__f` by
 * `sameGroup`): its first `groupEvidenceLimit` ids, and with a place column the first id of each place (of up
 * to as many places), in order.
 */
function lazyGroupEvidence(d: SqlDialect, rows: string, sameGroup: string, place?: string): string {
  const where = (extra?: string) => {
    const conditions = [sameGroup, extra].filter(Boolean);
    return conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  };
  const first = `(SELECT ${d.listAgg('__r.__id', groupEvidenceLimit)} FROM ${rows} __r${where()})`;
  if (!place) return first;
  const column = `__r.${d.quote(place)}`;
  const firstOfEachPlace = `(SELECT ${d.listAgg('__p', groupEvidenceLimit)} FROM (SELECT MIN(__r.__id) AS __p FROM ${rows} __r${where(`${column} IS NOT NULL`)} GROUP BY ${column}) __q)`;
  return d.sortedUnion(first, firstOfEachPlace);
}

/**
 * TRUE, or the error `workerHashCollision` when two of the workers (`worker`, one row or more each) hash alike:
 * fewer distinct hashes than distinct workers, an empty worker counting as one (its hash is that of NULL).
 */
function distinctHashes(d: SqlDialect, worker: string): string {
  const empty = `MAX(CASE WHEN ${worker} IS NULL THEN 1 ELSE 0 END)`;
  return `CASE WHEN COUNT(DISTINCT ${d.workerHash(worker)}) < COUNT(DISTINCT ${worker}) + ${empty} THEN error('${workerHashCollision}') ELSE TRUE END`;
}

/**
 * A block clause's sorted pass that a group clause per worker and day reads instead of sorting its own rows
 * (see `sharesTimeline`): the pass's relation and the flag of the group's rows in it.
 */
export interface WorkerTimeline {
  readonly relation: string;
  readonly flag: string;
}

/**
 * What the group adds to the shared pass: its rows (flagged), the columns it reads, the name of its day (the
 * second key, the day of the block's start, which the pass computes after its sort), and the running values it
 * needs: for each working time, the latest end among the earlier rows of the worker's day. Its other columns
 * are computed after the pass.
 */
export interface TimelineShare {
  /** Folds the block clause's one pass over its rows (`blockRows`, a flag) into the group's aggregate. */
  readonly fold?: (verdict: string, layers: Layers, blockRows: string) => string;
  /**
   * The group's aggregate, grouping every row of the timeline by worker, stops with `workerHashCollision`
   * when two workers' ids hash alike: the timeline may tell workers apart by their hashes alone.
   */
  readonly checksWorkerHashes: boolean;
  readonly flag: string;
  readonly scope: string;
  readonly read: readonly string[];
  readonly day: string;
  readonly latestEnds: readonly LatestEnd[];
}

/**
 * A group row's end (SQL over the columns read), whose latest value among the earlier rows of the worker's day
 * is `name`.
 */
export interface LatestEnd {
  readonly end: string;
  readonly name: string;
}

/**
 * Whether group clauses can take their working time from a block clause's pass: keyed by the block's worker
 * and the day of its start, every working time measured from that start, and no division at row level (its
 * columns would not travel through the pass).
 */
export function sharesTimeline(cluster: readonly RulePlan[], block: RulePlan, dialect: SqlDialect): boolean {
  const b = block.blocks;
  const keys = cluster[0]?.group?.keys ?? [];
  if (!dialect.streamsWorkerTimeline || !b || keys.length !== 2) return false;
  const same = (x: Node, y: Node) => nodeText(x) === nodeText(y);
  const [worker, day] = keys as [GroupKey, GroupKey];
  const measures = cluster.flatMap((p) => p.group!.measures.map(([, m]) => m));
  const filter = cluster[0]?.filter;
  const rowNodes = [
    ...keys.map((k) => k.node),
    ...measures.flatMap((m) => m.args),
    ...(filter ? [filter] : []),
  ];
  return (
    same(worker.node, b.partition) &&
    day.node.kind === 'call' &&
    day.node.fn === 'day' &&
    same(day.node.args[0]!, b.start) &&
    measures.some((m) => m.fn === 'working_minutes') &&
    measures.every((m) => m.fn !== 'working_minutes' || same(m.args[0]!, b.start)) &&
    !rowNodes.some((n) => divides(n))
  );
}

/**
 * The weeks a complete-weeks clause checks, given the SQL of a row's week (its Monday): weeks with data on all
 * seven days (`__weeks`) that lie wholly within the clause's effective dates. A week in which the agreement came
 * into force or ended holds days the clause did not govern, so its days in force cannot show a week without a
 * rest day; it is neither a finding nor counted as checked.
 */
function checkedWeeks(ctx: QueryContext, plan: RulePlan, week: string): string {
  const parts = [`${week} IN (SELECT __week FROM __weeks)`];
  if (plan.effectiveFrom) parts.push(`${week} >= ${ctx.bindings.bind(plan.effectiveFrom, 'date')}`);
  if (plan.effectiveTo)
    parts.push(
      `${week} <= ${ctx.bindings.bind(formatDate(lastWeekEndingBy(parseDate(plan.effectiveTo))), 'date')}`,
    );
  return parts.join(' AND ');
}

/**
 * Whether a group's rows per worker and week can be aggregated from another group's rows per worker and day
 * (e.g. the weekly rest day from the hourly pay's days), instead of from the rows: the same rows (filter and
 * effective date), the same worker, the week and the day of the same time, which is the dataset's day
 * column (so that complete weeks are the weeks of those days), and measures that all count the distinct days.
 * Its evidence is still its own rows' ids, looked up for its findings only (`supportsCorrelatedSubqueries`).
 */
export function rollsUpFrom(
  weeks: readonly RulePlan[],
  days: readonly RulePlan[],
  dialect: SqlDialect,
): boolean {
  const [w, d] = [weeks[0], days[0]];
  if (!dialect.supportsCorrelatedSubqueries || !w?.group || !d?.group || d.group.completeWeeks) return false;
  if (w.group.keys.length !== 2 || d.group.keys.length !== 2) return false;
  const same = (x: Node | undefined, y: Node | undefined) => nodeText(x ?? null) === nodeText(y ?? null);
  const [worker, week] = w.group.keys as [GroupKey, GroupKey];
  const [dayWorker, day] = d.group.keys as [GroupKey, GroupKey];
  const time = week.node.kind === 'call' && week.node.fn === 'week' ? week.node.args[0] : undefined;
  const scope = (p: RulePlan) =>
    signatureOf(p, p.filter ? [p.filter] : [], {
      from: p.effectiveFrom,
      to: p.effectiveTo,
    });
  return (
    time?.kind === 'column' &&
    time.name === w.dayColumn &&
    day.node.kind === 'call' &&
    day.node.fn === 'day' &&
    same(day.node.args[0], time) &&
    same(worker.node, dayWorker.node) &&
    scope(w) === scope(d) &&
    weeks.every((p) =>
      p.group!.measures.every(([, m]) => m.fn === 'count_distinct' && same(m.args[0], day.node)),
    )
  );
}

/** A value of IR nodes as comparable text (big integers written with an `n`). */
function nodeText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v));
}

function divides(node: Node): boolean {
  let found = false;
  walk(node, (n) => {
    if (n.kind === 'binary' && n.op === '/') found = true;
  });
  return found;
}

/** Group clauses that read the same rows with the same keys can share one pass. */
export function groupClusterKey(plan: RulePlan): string {
  const g = plan.group!;
  return signatureOf(plan, [...g.keys.map((k) => k.node), ...(plan.filter ? [plan.filter] : [])], {
    keys: g.keys.map((k) => k.name),
    effectiveFrom: plan.effectiveFrom,
    effectiveTo: plan.effectiveTo,
    completeWeeks: g.completeWeeks,
  });
}

/** The nodes, the values of the parameters they read, and any extra facts, as one comparable string. */
function signatureOf(plan: RulePlan, nodes: readonly Node[], extra: unknown = null): string {
  const params: Record<string, unknown> = {};
  for (const node of nodes)
    walk(node, (n) => {
      if (n.kind === 'param') params[n.name] = plan.params.get(n.name) ?? null;
    });
  return nodeText({ nodes, params, extra });
}

function plainAggregate(ctx: QueryContext, node: AggregateNode, a: string, b: string): string {
  switch (node.fn) {
    case 'sum':
      return `SUM(${a})`;
    case 'count':
      return node.args.length === 0 ? 'COUNT(*)' : `COUNT(${a})`;
    case 'min':
      return `MIN(${a})`;
    case 'max':
      return `MAX(${a})`;
    case 'quantile':
      return ctx.dialect.quantile(a, b);
    case 'count_distinct':
      return ctx.dialect.countDistinct(a);
    case 'avg':
    case 'share':
    case 'working_minutes':
      throw new Error(`${node.fn} is a quotient taken after grouping`);
    default: {
      const unhandled: never = node.fn;
      throw new Error(`unknown aggregate ${String(unhandled)}`);
    }
  }
}
