import { formatDecimal } from '../decimal';
import { groupEvidenceLimit, type RulePlan } from '../compile/plan';
import type { Node } from '../ir/node';
import { dayOf, formatDate, lastWeekEndingBy, parseDate, weekOf } from '../time';
import { evaluateAggregate } from './aggregates';
import { evaluateBlocks } from './blocks';
import { ExpressionEvaluator, type EvalContext } from './expression';
import { rowFactNodes } from '../compile/facts';
import { formatValue, type TypedRow, type Value } from './values';

/** A finding in the form every engine returns it (decimals canonical, values as text). */
export interface Finding {
  clauseId: string;
  key: string;
  evidence: string[];
  amount: string | null;
  computed: Record<string, string | null>;
}

export interface EvaluateOptions {
  asOf: string;
}

/** Checks one rule over rows in memory with the same meaning as the compiled SQL. */
export function evaluatePlan(plan: RulePlan, rows: readonly TypedRow[], options: EvaluateOptions): Finding[] {
  const inScope = rows.filter((row) => rowInScope(plan, row, options));
  const findings =
    plan.shape === 'row'
      ? inScope.flatMap((row) => {
          const finding = rowFinding(plan, row, options);
          return finding ? [finding] : [];
        })
      : plan.shape === 'group'
        ? groupFindings(plan, inScope, rows, options)
        : evaluateBlocks(plan, inScope, options).map((b) =>
            makeFinding(plan, b.row, b.context, [rowIdOf(plan, b.row)], rowIdOf(plan, b.row), [
              ...rowFacts(plan, b.context),
              ...b.extra,
            ]),
          );
  return findings.sort((a, b) =>
    a.clauseId === b.clauseId ? compare(a.key, b.key) : compare(a.clauseId, b.clauseId),
  );
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function rowIdOf(plan: RulePlan, row: TypedRow): string {
  return plan.rowKeyColumns.map((c) => formatValue(row.get(c) ?? null, 'string') ?? '').join('|');
}

export function dayOfRow(plan: RulePlan, row: TypedRow): bigint {
  const t = row.get(plan.dayColumn);
  return typeof t === 'bigint' ? dayOf(t) : -1n;
}

export function rowContext(
  plan: RulePlan,
  row: TypedRow,
  options: EvaluateOptions,
  refs?: Map<string, Value>,
): EvalContext {
  return { row, day: dayOfRow(plan, row), params: plan.params, asOf: options.asOf, refs };
}

export function rowInScope(plan: RulePlan, row: TypedRow, options: EvaluateOptions): boolean {
  const context = rowContext(plan, row, options);
  if (plan.filter && new ExpressionEvaluator(context).evaluate(plan.filter) !== true) return false;
  const dated = row.get(plan.dayColumn) !== null;
  if (plan.effectiveFrom && !(dated && context.day >= parseDate(plan.effectiveFrom))) return false;
  if (plan.effectiveTo && !(dated && context.day <= parseDate(plan.effectiveTo))) return false;
  return true;
}

/** The status of one row under a row rule: a finding, checked and fine, or unchecked (a needed value is empty). */
export function rowStatus(
  plan: RulePlan,
  row: TypedRow,
  options: EvaluateOptions,
): 'violation' | 'ok' | 'unchecked' {
  const verdict = new ExpressionEvaluator(rowContext(plan, row, options)).evaluate(plan.violation);
  return verdict === null ? 'unchecked' : verdict === true ? 'violation' : 'ok';
}

function rowFinding(plan: RulePlan, row: TypedRow, options: EvaluateOptions): Finding | undefined {
  if (rowStatus(plan, row, options) !== 'violation') return undefined;
  const context = rowContext(plan, row, options);
  const id = rowIdOf(plan, row);
  return makeFinding(plan, row, context, [id], id, rowFacts(plan, context));
}

function rowFacts(plan: RulePlan, context: EvalContext): [string, string | null][] {
  const e = new ExpressionEvaluator(context);
  return rowFactNodes(plan).map(([name, node]) => [name, formatValue(e.evaluate(node), node.type)]);
}

function makeFinding(
  plan: RulePlan,
  _row: TypedRow | undefined,
  context: EvalContext,
  evidence: string[],
  key: string,
  facts: [string, string | null][],
): Finding {
  const e = new ExpressionEvaluator(context);
  const amountValue = plan.amount ? e.evaluate(plan.amount) : null;
  const amount =
    amountValue === null || !plan.amount
      ? null
      : formatDecimal(
          plan.amount.type === 'int' ? (amountValue as bigint) * 10n ** 12n : (amountValue as bigint),
        );
  const params = [...plan.params]
    .filter(([, p]) => !p.type.startsWith('list<'))
    .map(
      ([name, p]) =>
        [`param.${name}`, formatValue(e.evaluate({ kind: 'param', name, type: p.type } as Node), p.type)] as [
          string,
          string | null,
        ],
    );
  return {
    clauseId: plan.clauseId,
    key,
    evidence,
    amount,
    computed: Object.fromEntries([...facts, ...params]),
  };
}

function groupFindings(
  plan: RulePlan,
  inScope: readonly TypedRow[],
  allRows: readonly TypedRow[],
  options: EvaluateOptions,
): Finding[] {
  const group = plan.group!;
  let rows = inScope;
  if (group.completeWeeks) {
    const days = new Set(allRows.map((r) => dayOfRow(plan, r)).filter((d) => d >= 0n));
    const perWeek = new Map<bigint, number>();
    for (const d of days) perWeek.set(weekOf(d), (perWeek.get(weekOf(d)) ?? 0) + 1);
    // Only weeks wholly within the clause's effective dates (as `checkedWeeks` in the SQL).
    const from = plan.effectiveFrom ? parseDate(plan.effectiveFrom) : undefined;
    const lastStart = plan.effectiveTo ? lastWeekEndingBy(parseDate(plan.effectiveTo)) : undefined;
    rows = rows.filter((r) => {
      const week = weekOf(dayOfRow(plan, r));
      return (
        perWeek.get(week) === 7 &&
        (from === undefined || week >= from) &&
        (lastStart === undefined || week <= lastStart)
      );
    });
  }
  const groups = new Map<string, { keys: Value[]; rows: TypedRow[] }>();
  for (const row of rows) {
    const e = new ExpressionEvaluator(rowContext(plan, row, options));
    const keys = group.keys.map((k) => e.evaluate(k.node));
    const id = JSON.stringify(keys.map((k, i) => formatValue(k, group.keys[i]!.node.type)));
    const entry = groups.get(id) ?? { keys, rows: [] };
    entry.rows.push(row);
    groups.set(id, entry);
  }
  const findings: Finding[] = [];
  for (const { keys, rows: members } of groups.values()) {
    const refs = new Map<string, Value>();
    for (const [name, node] of group.measures)
      refs.set(name, evaluateAggregate(plan, node, members, options));
    group.keys.forEach((k, i) => refs.set(k.name, keys[i] ?? null));
    const day = members.map((r) => dayOfRow(plan, r)).reduce((a, b) => (b < a ? b : a));
    const context: EvalContext = { day, params: plan.params, asOf: options.asOf, refs };
    const e = new ExpressionEvaluator(context);
    if (e.evaluate(plan.violation) !== true) continue;
    const key = keys.map((k, i) => formatValue(k, group.keys[i]!.node.type) ?? '').join('|');
    const evidence = groupEvidence(plan, members);
    const facts: [string, string | null][] = [
      ...group.measures.map(
        ([n, node]) => [n, formatValue(refs.get(n) ?? null, node.type)] as [string, string | null],
      ),
      ...group.keys.map(
        (k, i) => [k.name, formatValue(keys[i] ?? null, k.node.type)] as [string, string | null],
      ),
      ...group.lets.map(
        ([n, node]) => [n, formatValue(e.evaluate(node), node.type)] as [string, string | null],
      ),
      ['group_rows', String(members.length)],
    ];
    findings.push(makeFinding(plan, undefined, context, evidence, key, facts));
  }
  return findings;
}

/**
 * A group finding's evidence: its first `groupEvidenceLimit` row ids in order, and the first of each place
 * (`placeColumn`, of up to as many places), in order.
 */
function groupEvidence(plan: RulePlan, members: readonly TypedRow[]): string[] {
  const ids = members.map((r) => rowIdOf(plan, r)).sort(compare);
  const evidence = new Set(ids.slice(0, groupEvidenceLimit));
  const place = plan.group?.placeColumn;
  if (place) {
    const firstOfPlace = new Map<string, string>();
    for (const row of members) {
      const value = formatValue(row.get(place) ?? null, 'string');
      if (value === null) continue;
      const id = rowIdOf(plan, row);
      const known = firstOfPlace.get(value);
      if (known === undefined || compare(id, known) < 0) firstOfPlace.set(value, id);
    }
    for (const id of [...firstOfPlace.values()].sort(compare).slice(0, groupEvidenceLimit)) evidence.add(id);
  }
  return [...evidence].sort(compare);
}

export { formatDate };
