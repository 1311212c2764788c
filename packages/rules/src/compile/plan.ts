import { canonicalDatasets, nearlySpelt, type DatasetKind } from '@gigpact/contracts';
import { buildExpression } from '../check/build';
import { Scope } from '../check/scope';
import { RuleError, RuleErrors, problemCollector } from '../errors';
import type { Node } from '../ir/node';
import type { AggregateNode } from '../ir/nodes/aggregate';
import { binary } from '../ir/nodes/binary';
import { call } from '../ir/nodes/call';
import { column } from '../ir/nodes/column';
import { inList } from '../ir/nodes/in-list';
import { literal } from '../ir/nodes/literal';
import type { ValueType } from '../ir/types';
import { dayColumnOf, rowKeyColumnsOf } from '../spec/datasets';
import type { RuleSpec } from '../spec/rule-spec';
import type { CoverageCondition } from './coverage';
import { resolveParam, valueTypeOfParam, type ResolvedParam } from './params';

/** A group key: its name in findings and the row-level node that computes it. */
export interface GroupKey {
  readonly name: string;
  readonly node: Node;
}

/** One rule, checked and typed, with the parameters a clause set for it. Emitters and the evaluator read this. */
export interface RulePlan {
  readonly clauseId: string;
  readonly rule: RuleSpec;
  readonly dataset: DatasetKind;
  readonly shape: RuleSpec['shape'];
  readonly params: ReadonlyMap<string, ResolvedParam>;
  /** Only rows on or after this day are checked (the agreement's effective date). */
  readonly effectiveFrom?: string;
  /** Only rows up to this day are checked (the agreement's last day, when it has one). */
  readonly effectiveTo?: string;
  /** The platforms, districts and rider types the agreement binds; part of `filter`. */
  readonly coverage: readonly CoverageCondition[];
  readonly dayColumn: string;
  readonly rowKeyColumns: readonly string[];
  /** The rule's filter and the agreement's coverage: the rows the clause looks at. */
  readonly filter?: Node;
  /** Row-level named values, shown in traces. */
  readonly lets: readonly (readonly [string, Node])[];
  readonly group?: {
    readonly keys: readonly GroupKey[];
    readonly measures: readonly (readonly [string, AggregateNode])[];
    readonly lets: readonly (readonly [string, Node])[];
    readonly completeWeeks: boolean;
    /** Where a group is checked at all (`group.checked_when`); the others are not counted. */
    readonly checkedWhen?: Node;
    /**
     * The column that places the group's rows (`district`), where the data has one: besides its first ids, a
     * group finding's evidence lists the first row of each place, so that it reaches every district its rows
     * lie in (a platform's month spans districts its first 1,000 ids may miss).
     */
    readonly placeColumn?: string;
  };
  readonly blocks?: {
    readonly partition: Node;
    readonly start: Node;
    readonly end: Node;
    readonly gap: Node;
  };
  readonly violation: Node;
  readonly amount?: Node;
  /** Needed columns the dataset lacks: the rule is not applicable when any are named. */
  readonly missingColumns: readonly string[];
  readonly columnsRead: readonly string[];
}

export interface PlanOptions {
  clauseId: string;
  params?: Record<string, unknown>;
  effectiveFrom?: string;
  effectiveTo?: string;
  coverage?: readonly CoverageCondition[];
  /** Columns the dataset actually has; all canonical columns when omitted. */
  availableColumns?: ReadonlySet<string>;
}

/** The values a block rule provides to its violation and amount. */
/**
 * The most row ids a group finding lists as its evidence: the first in order (a group per platform and month
 * holds millions of rows, which its key names; its trace counts them all as `group_rows`).
 */
export const groupEvidenceLimit = 1000;

/** The column that places a dataset's rows in a district, where the dataset and the data have one. */
function placeColumnOf(dataset: DatasetKind, available: ReadonlySet<string> | undefined): string | undefined {
  const place = 'district';
  const canonical = canonicalDatasets[dataset].columns.some((c) => c.name === place);
  return canonical && (!available || available.has(place)) ? place : undefined;
}

export const blockValues = { elapsed_minutes: 'decimal', service_minutes: 'decimal' } as const;

export function planRule(rule: RuleSpec, options: PlanOptions): RulePlan {
  const where = { clause: options.clauseId, rule: rule.id };
  try {
    return plan(rule, options);
  } catch (error) {
    if (error instanceof RuleError) throw error.within(where);
    throw error;
  }
}

/**
 * Checks and plans a rule. Every parameter is checked (an unknown name, each value's type, range and dates), and
 * the expressions whatever the parameters' values (their types are the rule's): the filter, the breach and the
 * amount each on its own; the named values, group keys, measures and blocks up to the first wrong one, as what
 * follows may read it. One problem is thrown as itself, several as a RuleErrors in that order.
 */
function plan(rule: RuleSpec, options: PlanOptions): RulePlan {
  const { problems, attempt: collect } = problemCollector();
  const given = options.params ?? {};
  for (const name of Object.keys(given))
    if (!Object.hasOwn(rule.params, name))
      problems.push(
        new RuleError(`规则 ${rule.id} 没有参数 ${name}`, `rule ${rule.id} has no parameter ${name}`, {
          path: ['params', name],
        }),
      );
  const params = new Map<string, ResolvedParam>();
  for (const [name, spec] of Object.entries(rule.params)) {
    const resolved = collect(() =>
      resolveParam(name, spec, given[name], { effectiveFrom: options.effectiveFrom }),
    );
    if (resolved) params.set(name, resolved);
  }
  // A parameter's type is the rule's, whatever value the clause wrote: the expressions are checked all the same.
  const paramTypes = new Map<string, ValueType>(
    Object.entries(rule.params).map(([n, spec]) => [n, valueTypeOfParam(spec.type)]),
  );
  paramTypes.set('as_of', 'date');

  const scope = new Scope(rule.dataset, paramTypes, rule.optional, options.availableColumns);
  const build = (text: string, field: string) => buildExpression(text, scope, field);
  const dayColumn = dayColumnOf(rule.dataset);
  scope.column(dayColumn);
  const rowKeyColumns = rowKeyColumnsOf(rule.dataset);
  const coverage = options.coverage ?? [];
  const ruleFilter = rule.filter
    ? collect(() => expectBool(build(rule.filter!, 'filter'), 'filter'))
    : undefined;
  const filter = [...(ruleFilter ? [ruleFilter] : []), ...coverage.map((c) => coverageNode(c, scope))].reduce<
    Node | undefined
  >((all, node) => (all ? binary('&&', all, node, 'bool') : node), undefined);

  // Named values, group keys, measures and blocks: later expressions may read them, so the first wrong one ends
  // the check of what follows (the breach and the amount included).
  const chained = collect(() => {
    const lets: [string, Node][] = [];
    for (const [name, text] of Object.entries(rule.let)) {
      const node = build(text, `let.${name}`);
      scope.lets.set(name, node);
      lets.push([name, node]);
    }
    let group: RulePlan['group'];
    let blocks: RulePlan['blocks'];
    if (rule.shape === 'group' && rule.group) {
      const keys = rule.group.by.map((key) => groupKey(rule.dataset, key, scope, dayColumn));
      scope.aggregatesAllowed = true;
      const measures: [string, AggregateNode][] = [];
      for (const [name, text] of Object.entries(rule.group.measures)) {
        const node = build(text, `group.measures.${name}`);
        if (node.kind !== 'aggregate')
          throw new RuleError(
            `度量 ${name} 必须是一个聚合函数`,
            `measure ${name} must be one aggregate call`,
            {
              field: `group.measures.${name}`,
            },
          );
        measures.push([name, node]);
      }
      scope.aggregatesAllowed = false;
      scope.rowValuesAllowed = false;
      scope.lets.clear();
      for (const [name, node] of measures) scope.refs.set(name, node.type);
      for (const key of keys) scope.refs.set(key.name, key.node.type);
      const groupLets: [string, Node][] = [];
      for (const [name, text] of Object.entries(rule.group.let)) {
        const node = build(text, `group.let.${name}`);
        scope.lets.set(name, node);
        groupLets.push([name, node]);
      }
      const checkedWhen =
        rule.group.checked_when === undefined
          ? undefined
          : expectBool(build(rule.group.checked_when, 'group.checked_when'), 'group.checked_when');
      group = {
        keys,
        measures,
        lets: groupLets,
        completeWeeks: rule.group.complete_weeks,
        ...(checkedWhen ? { checkedWhen } : {}),
        placeColumn: placeColumnOf(rule.dataset, options.availableColumns),
      };
    }
    if (rule.shape === 'blocks' && rule.blocks) {
      const worker = canonicalDatasets[rule.dataset].workerColumn;
      if (!worker)
        throw new RuleError(`${rule.dataset} 没有劳动者列`, `${rule.dataset} has no worker column`);
      blocks = {
        partition: scope.column(worker)!,
        start: expectType(build(rule.blocks.start, 'blocks.start'), 'timestamp', 'blocks.start'),
        end: expectType(build(rule.blocks.end, 'blocks.end'), 'timestamp', 'blocks.end'),
        gap: build(rule.blocks.gap_minutes, 'blocks.gap_minutes'),
      };
      for (const [name, type] of Object.entries(blockValues)) scope.refs.set(name, type);
    }
    return { lets, group, blocks };
  });
  const violation = chained && collect(() => expectBool(build(rule.violation, 'violation'), 'violation'));
  const amount = chained && rule.amount ? collect(() => build(rule.amount!, 'amount')) : undefined;
  problems.push(...enumParamProblems(scope, params));
  const failed = RuleErrors.of(problems);
  if (failed || !chained || !violation) throw failed;
  const { lets, group, blocks } = chained;
  return Object.freeze({
    clauseId: options.clauseId,
    rule,
    dataset: rule.dataset,
    shape: rule.shape,
    params,
    effectiveFrom: options.effectiveFrom,
    effectiveTo: options.effectiveTo,
    coverage,
    dayColumn,
    rowKeyColumns,
    filter,
    lets,
    group,
    blocks,
    violation,
    amount,
    missingColumns: [...scope.missingColumns].sort(),
    columnsRead: [...scope.columnsRead].sort(),
  });
}

/**
 * `column in [values]` for one aspect of the agreement's coverage. The column is needed even where the rule
 * reads it as optional: a row is covered only by what it says, and data without the column cannot show it.
 */
function coverageNode(condition: CoverageCondition, scope: Scope): Node {
  if (scope.availableColumns && !scope.availableColumns.has(condition.column))
    scope.missingColumns.add(condition.column);
  scope.columnsRead.add(condition.column);
  return inList(
    column(condition.column, 'string'),
    condition.values.map((value) => literal('string', value)),
  );
}

/**
 * Values a clause gives a parameter that the rule compares with a column of fixed values, which the column never
 * holds (`exempt_reasons: [Weather]` where `delay_reason` is `weather`): such a value would match no row and
 * silently turn the clause's meaning off, so it is refused as a literal in an expression is.
 */
function enumParamProblems(scope: Scope, params: ReadonlyMap<string, ResolvedParam>): RuleError[] {
  const problems: RuleError[] = [];
  for (const [name, column] of scope.enumParams) {
    const resolved = params.get(name);
    const allowed = scope.enumValues(column) ?? [];
    if (!resolved) continue;
    const given =
      resolved.kind === 'plain'
        ? [resolved.value]
        : [
            ...(resolved.initial === undefined ? [] : [resolved.initial]),
            ...resolved.values.map((v) => v.value),
          ];
    const unknown = [
      ...new Set(given.flat().filter((v): v is string => typeof v === 'string' && !allowed.includes(v))),
    ];
    if (unknown.length > 0)
      problems.push(
        new RuleError(
          `参数 ${name} 的取值 ${unknown.map((v) => `"${v}"`).join('、')} 不是 ${column} 的取值（${allowed.join(', ')}）`,
          `parameter ${name}: ${unknown.map((v) => `"${v}"`).join(', ')} ${unknown.length > 1 ? 'are not values' : 'is not a value'} of ${column} (${allowed.join(', ')})`,
          {
            // A plain list's first unknown value by its place; a dated parameter as a whole.
            path:
              resolved.kind === 'plain' && Array.isArray(resolved.value)
                ? ['params', name, resolved.value.findIndex((v) => unknown.includes(String(v)))]
                : ['params', name],
          },
        ),
      );
  }
  return problems;
}

function groupKey(dataset: DatasetKind, key: string, scope: Scope, dayColumn: string): GroupKey {
  const day = scope.column(dayColumn)!;
  if (key === 'day' || key === 'week' || key === 'month')
    return { name: key, node: call(key, [day], 'date') };
  const column = key === 'worker' ? canonicalDatasets[dataset].workerColumn : key;
  const node = column ? scope.column(column) : undefined;
  if (node) return { name: key, node };
  const keys = [
    ...(canonicalDatasets[dataset].workerColumn ? ['worker'] : []),
    'day',
    'week',
    'month',
    ...scope.columnNames(),
  ];
  const like = nearlySpelt([key], keys).get(key);
  const at = { field: 'group.by' };
  if (like)
    throw new RuleError(
      `无法按 ${key} 分组，是否指 ${like}？`,
      `cannot group by ${key} in ${dataset} — did you mean ${like}?`,
      at,
    );
  throw new RuleError(
    `无法按 ${key} 分组（可用：${keys.join('、')}）`,
    `cannot group by ${key} in ${dataset} (keys: ${keys.join(', ')})`,
    at,
  );
}

function expectBool(node: Node, field: string): Node {
  return expectType(node, 'bool', field);
}

function expectType(node: Node, type: ValueType, field: string): Node {
  if (node.type !== type)
    throw new RuleError(
      `${field} 应为 ${type}，实际为 ${node.type}`,
      `${field} must be ${type}, got ${node.type}`,
      { field },
    );
  return node;
}
