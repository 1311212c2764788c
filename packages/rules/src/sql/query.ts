import type { RulePlan } from '../compile/plan';
import type { Node } from '../ir/node';
import type { AggregateNode } from '../ir/nodes/aggregate';
import { rowFactNodes } from '../compile/facts';
import { Bindings } from './bindings';
import type { SqlDialect } from './dialect';
import { ExpressionEmitter, type EmitContext } from './expression';

export interface FindingsQuery {
  readonly sql: string;
  readonly params: readonly (string | boolean | null)[];
}

/**
 * One statement that checks every applicable clause over one dataset and returns their findings as rows of
 * (clause_id, finding_key, evidence, amount, computed). Row clauses share one scan (`row_eval`); each group
 * and block clause adds its CTEs over the same source.
 */
export function buildFindingsQuery(
  plans: readonly RulePlan[],
  dialect: SqlDialect,
  table: string,
  asOf: string,
): FindingsQuery {
  const bindings = new Bindings(dialect);
  const q = (name: string) => dialect.quote(name);
  const first = plans[0];
  if (!first) throw new Error('no clauses to compile');
  const keySql = dialect.concat(first.rowKeyColumns.map(q));
  const ctes: string[] = [
    `src AS (SELECT *, ${keySql} AS __id, ${dialect.truncate('day', q(first.dayColumn))} AS __day FROM ${q(table)})`,
  ];
  const selects: string[] = [];
  const rowContext = (plan: RulePlan, refs: ReadonlyMap<string, string> = new Map()): EmitContext => ({
    day: '__day',
    refs,
    params: plan.params,
    asOf,
  });
  const emitter = (context: EmitContext) => new ExpressionEmitter(dialect, bindings, context);
  const scopeOf = (plan: RulePlan): string => {
    const e = emitter(rowContext(plan));
    const parts = [plan.filter ? e.emit(plan.filter) : 'TRUE'];
    if (plan.effectiveFrom) parts.push(`__day >= ${bindings.bind(plan.effectiveFrom, 'date')}`);
    return dialect.isTrue(parts.join(' AND '));
  };
  const finding = (
    plan: RulePlan,
    from: string,
    key: string,
    evidence: string,
    context: EmitContext,
    extra: [string, string][],
    where: string,
  ) => {
    const e = emitter(context);
    const amount = plan.amount
      ? dialect.cast(e.emit(plan.amount), 'decimal')
      : `CAST(NULL AS ${dialect.typeName('decimal')})`;
    const values: [string, string][] = [...extra, ...paramValues(plan, e)];
    return `SELECT ${bindings.bind(plan.clauseId, 'string')} AS clause_id, ${key} AS finding_key, ${evidence} AS evidence, ${amount} AS amount, ${dialect.jsonObject(values)} AS computed FROM ${from} WHERE ${where}`;
  };

  const rowPlans = plans.filter((p) => p.shape === 'row');
  if (rowPlans.length > 0) {
    const statuses = rowPlans.map((plan, i) => {
      const v = emitter(rowContext(plan)).emit(plan.violation);
      return `CASE WHEN ${scopeOf(plan)} THEN CASE WHEN (${v}) IS NULL THEN 0 WHEN ${dialect.isTrue(v)} THEN 2 ELSE 1 END END AS __s${i}`;
    });
    ctes.push(`row_eval AS (SELECT *, ${statuses.join(', ')} FROM src)`);
    rowPlans.forEach((plan, i) => {
      const e = emitter(rowContext(plan));
      const facts = rowFactNodes(plan).map(([n, node]) => [n, e.emit(node)] as [string, string]);
      selects.push(
        finding(plan, 'row_eval', '__id', dialect.listOf(['__id']), rowContext(plan), facts, `__s${i} = 2`),
      );
    });
  }

  if (plans.some((p) => p.group?.completeWeeks))
    ctes.push(
      `__weeks AS (SELECT ${dialect.truncate('week', '__d')} AS __week FROM (SELECT DISTINCT __day AS __d FROM src) d GROUP BY ${dialect.truncate('week', '__d')} HAVING COUNT(*) = 7)`,
    );

  plans.forEach((plan, i) => {
    if (plan.shape !== 'group' || !plan.group) return;
    const group = plan.group;
    const e = emitter(rowContext(plan));
    const keys = group.keys.map((k, j) => [`__k${j}`, e.emit(k.node)] as const);
    const windows: string[] = [];
    const keysExtra: string[] = [];
    const measureSql = group.measures.map(([, node], j) => {
      if (node.fn !== 'working_minutes') return aggregateSql(node, (n) => e.emit(n), dialect);
      const [start, end] = node.args.map((a) => e.emit(a)) as [string, string];
      const partition = keys.length > 0 ? `PARTITION BY ${keys.map(([n]) => n).join(', ')} ` : '';
      windows.push(
        `MAX(__we${j}) OVER (${partition}ORDER BY __ws${j}, __id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS __wp${j}`,
      );
      keysExtra.push(`${start} AS __ws${j}`, `${end} AS __we${j}`);
      const from = `(CASE WHEN __wp${j} IS NULL OR __wp${j} < __ws${j} THEN __ws${j} ELSE __wp${j} END)`;
      const contribution = `CASE WHEN __we${j} > ${from} THEN ${dialect.epochMicros(`__we${j}`)} - ${dialect.epochMicros(from)} ELSE 0 END`;
      return dialect.divide(`COALESCE(SUM(${contribution}), 0)`, '60000000');
    });
    const completeWeeks = group.completeWeeks
      ? ` AND ${dialect.truncate('week', '__day')} IN (SELECT __week FROM __weeks)`
      : '';
    ctes.push(
      `g${i}_rows AS (SELECT *, ${[...keys.map(([n, s]) => `${s} AS ${n}`), ...keysExtra].join(', ')} FROM src WHERE ${scopeOf(plan)}${completeWeeks})`,
    );
    let rowsName = `g${i}_rows`;
    if (windows.length > 0) {
      ctes.push(`g${i}_win AS (SELECT *, ${windows.join(', ')} FROM g${i}_rows)`);
      rowsName = `g${i}_win`;
    }
    const groupBy = keys.map(([n]) => n).join(', ');
    ctes.push(
      `g${i} AS (SELECT ${[...keys.map(([n]) => n), 'MIN(__day) AS __gday', ...measureSql.map((s, j) => `${s} AS __m${j}`), `${dialect.listAgg('__id')} AS __evidence`].join(', ')} FROM ${rowsName}${groupBy ? ` GROUP BY ${groupBy}` : ''})`,
    );
    const refs = new Map<string, string>([
      ...group.measures.map(([name], j) => [name, `__m${j}`] as [string, string]),
      ...group.keys.map((k, j) => [k.name, `__k${j}`] as [string, string]),
    ]);
    const context: EmitContext = { day: '__gday', refs, params: plan.params, asOf };
    const ge = emitter(context);
    const extra: [string, string][] = [
      ...[...refs].map(([n, s]) => [n, s] as [string, string]),
      ...group.lets.map(([n, node]) => [n, ge.emit(node)] as [string, string]),
    ];
    const where = dialect.isTrue(ge.emit(plan.violation));
    selects.push(
      finding(plan, `g${i}`, dialect.concat(keys.map(([n]) => n)), '__evidence', context, extra, where),
    );
  });

  plans.forEach((plan, i) => {
    if (plan.shape !== 'blocks' || !plan.blocks) return;
    const b = plan.blocks;
    const e = emitter(rowContext(plan));
    const ordered = `PARTITION BY __bp ORDER BY __bs, __id`;
    ctes.push(
      `b${i}_0 AS (SELECT *, ${e.emit(b.partition)} AS __bp, ${e.emit(b.start)} AS __bs, ${e.emit(b.end)} AS __be FROM src WHERE ${scopeOf(plan)} AND ${e.emit(b.start)} IS NOT NULL AND ${e.emit(b.end)} IS NOT NULL)`,
    );
    ctes.push(
      `b${i}_1 AS (SELECT *, MAX(__be) OVER (${ordered} ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS __prev_end FROM b${i}_0)`,
    );
    const gapMinutes = dialect.divide(
      `(${dialect.epochMicros('__bs')} - ${dialect.epochMicros('__prev_end')})`,
      '60000000',
    );
    const gap = b.gap.type === 'int' ? dialect.cast(e.emit(b.gap), 'decimal') : e.emit(b.gap);
    const from = `(CASE WHEN __prev_end IS NULL OR __prev_end < __bs THEN __bs ELSE __prev_end END)`;
    ctes.push(
      `b${i}_2 AS (SELECT *, SUM(CASE WHEN __prev_end IS NULL OR ${gapMinutes} >= ${gap} THEN 1 ELSE 0 END) OVER (${ordered} ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS __block, CASE WHEN __be > ${from} THEN ${dialect.epochMicros('__be')} - ${dialect.epochMicros(from)} ELSE 0 END AS __contrib FROM b${i}_1)`,
    );
    ctes.push(
      `b${i} AS (SELECT *, MIN(__bs) OVER (PARTITION BY __bp, __block) AS __block_start, COALESCE(SUM(__contrib) OVER (PARTITION BY __bp, __block ORDER BY __bs, __id ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS __service_before FROM b${i}_2)`,
    );
    const overlap = `(CASE WHEN __prev_end > __bs THEN ${dialect.epochMicros('__prev_end')} - ${dialect.epochMicros('__bs')} ELSE 0 END)`;
    const refs = new Map([
      [
        'elapsed_minutes',
        dialect.divide(
          `(${dialect.epochMicros('__bs')} - ${dialect.epochMicros('__block_start')})`,
          '60000000',
        ),
      ],
      ['service_minutes', dialect.divide(`(__service_before - ${overlap})`, '60000000')],
    ]);
    const context = rowContext(plan, refs);
    const be = emitter(context);
    const facts: [string, string][] = [
      ...rowFactNodes(plan).map(([n, node]) => [n, be.emit(node)] as [string, string]),
      ...[...refs],
      ['block_start', '__block_start'],
    ];
    selects.push(
      finding(
        plan,
        `b${i}`,
        '__id',
        dialect.listOf(['__id']),
        context,
        facts,
        dialect.isTrue(be.emit(plan.violation)),
      ),
    );
  });

  const sql = `WITH ${ctes.join(',\n')}\n${selects.join('\nUNION ALL\n')}\nORDER BY clause_id, finding_key`;
  return { sql, params: bindings.values };
}

function paramValues(plan: RulePlan, e: ExpressionEmitter): [string, string][] {
  return [...plan.params]
    .filter(([, p]) => !p.type.startsWith('list<'))
    .map(([name, p]) => [`param.${name}`, e.emit({ kind: 'param', name, type: p.type })] as [string, string]);
}

function aggregateSql(node: AggregateNode, emit: (n: Node) => string, dialect: SqlDialect): string {
  const [a = '', b = ''] = node.args.map(emit);
  switch (node.fn) {
    case 'sum':
      return `SUM(${a})`;
    case 'count':
      return node.args.length === 0 ? 'COUNT(*)' : `COUNT(${a})`;
    case 'avg':
      return dialect.divide(`SUM(${a})`, `COUNT(${a})`);
    case 'min':
      return `MIN(${a})`;
    case 'max':
      return `MAX(${a})`;
    case 'quantile':
      return dialect.quantile(a, b);
    case 'share':
      return dialect.divide(`SUM(CASE WHEN ${dialect.isTrue(a)} THEN 1 ELSE 0 END)`, 'COUNT(*)');
    case 'count_distinct':
      return dialect.countDistinct(a);
    case 'working_minutes':
      throw new Error('working_minutes is emitted with its window');
    default: {
      const unhandled: never = node.fn;
      throw new Error(`unknown aggregate ${String(unhandled)}`);
    }
  }
}
