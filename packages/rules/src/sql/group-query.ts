import type { RulePlan } from '../compile/plan';
import type { Node } from '../ir/node';
import type { AggregateNode } from '../ir/nodes/aggregate';
import type { QueryContext } from './query-context';

/**
 * A group clause: its rows (with keys, and a window for each union of working time), one aggregate row per
 * group, then the findings. Quotients of aggregates (avg, share, working minutes) are taken after grouping.
 */
export function buildGroupCtes(
  ctx: QueryContext,
  plan: RulePlan,
  i: number,
): { ctes: string[]; select: string } {
  const d = ctx.dialect;
  const group = plan.group!;
  const rowLayers = ctx.layers('g');
  const groupLayers = ctx.layers('h');
  const e = ctx.emitter(plan, rowLayers);
  const keys = group.keys.map((k, j) => [`__k${j}`, e.emit(k.node)] as const);
  const keyList = keys.map(([n]) => n).join(', ');
  const rowColumns = keys.map(([n, s]) => `${s} AS ${n}`);
  const windows: string[] = [];
  const aggregates: string[] = [];
  const refs = new Map<string, string>(group.keys.map((k, j) => [k.name, `__k${j}`]));
  const quotient = (j: number, numerator: string, denominator: string) => {
    aggregates.push(`${numerator} AS __m${j}n`, `${denominator} AS __m${j}d`);
    return groupLayers.divide(`__m${j}n`, `__m${j}d`);
  };
  group.measures.forEach(([name, node], j) => {
    const [a = '', b = ''] = node.args.map((arg: Node) => e.emit(arg));
    const decimalArg = node.args[0]?.type === 'int' ? d.cast(a, 'decimal') : a;
    if (node.fn === 'working_minutes') {
      rowColumns.push(`${a} AS __ws${j}`, `${b} AS __we${j}`);
      const partition = keys.length > 0 ? `PARTITION BY ${keyList} ` : '';
      windows.push(
        `MAX(__we${j}) OVER (${partition}ORDER BY __ws${j}, __id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS __wp${j}`,
      );
      const from = `(CASE WHEN __wp${j} IS NULL OR __wp${j} < __ws${j} THEN __ws${j} ELSE __wp${j} END)`;
      const contribution = `CASE WHEN __we${j} > ${from} THEN ${d.epochMicros(`__we${j}`)} - ${d.epochMicros(from)} ELSE 0 END`;
      aggregates.push(`COALESCE(SUM(${contribution}), 0) AS __m${j}`);
      refs.set(name, d.minutesFromMicros(`__m${j}`) ?? groupLayers.divide(`__m${j}`, '60000000'));
    } else if (node.fn === 'avg') refs.set(name, quotient(j, `SUM(${decimalArg})`, `COUNT(${a})`));
    else if (node.fn === 'share')
      refs.set(name, quotient(j, `SUM(CASE WHEN ${d.isTrue(a)} THEN 1 ELSE 0 END)`, 'COUNT(*)'));
    else {
      aggregates.push(`${plainAggregate(ctx, node, a, b)} AS __m${j}`);
      refs.set(name, `__m${j}`);
    }
  });
  const completeWeeks = group.completeWeeks
    ? ` AND ${d.truncate('week', '__day')} IN (SELECT __week FROM __weeks)`
    : '';
  const scope = ctx.scope(plan, e);
  const ctes = [
    `g${i}_rows AS (SELECT *, ${rowColumns.join(', ')} FROM ${rowLayers.wrap('src')} __g WHERE ${scope}${completeWeeks})`,
  ];
  let rows = `g${i}_rows`;
  if (windows.length > 0) {
    ctes.push(`g${i}_win AS (SELECT *, ${windows.join(', ')} FROM g${i}_rows)`);
    rows = `g${i}_win`;
  }
  const columns = [
    ...keys.map(([n]) => n),
    'MIN(__day) AS __gday',
    ...aggregates,
    `${d.listAgg('__id')} AS __evidence`,
  ];
  ctes.push(`g${i} AS (SELECT ${columns.join(', ')} FROM ${rows}${keyList ? ` GROUP BY ${keyList}` : ''})`);
  const select = ctx.finding(plan, {
    base: `g${i}`,
    key: d.concat(keys.map(([n]) => n)),
    evidence: '__evidence',
    values: [
      ...[...refs].map(([n, s]) => [n, s] as [string, string]),
      ...group.lets.map(([n, node]) => [n, node] as [string, Node]),
    ],
    where: plan.violation,
    refs,
    day: '__gday',
    layers: groupLayers,
  });
  return { ctes, select };
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
