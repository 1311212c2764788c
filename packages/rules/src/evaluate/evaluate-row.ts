import type { RulePlan } from '../compile/plan';
import { explainFinding, type Trace } from '../explain/trace';
import type { Clause } from '../agreement/types';
import { evaluatePlan, rowInScope, rowStatus } from './evaluate-plan';
import { parseRow, type RawRow } from './values';

export type RowVerdict =
  { status: 'violation'; trace: Trace } | { status: 'ok' | 'unchecked' | 'out_of_scope' };

/**
 * Checks one row (a worker's own order, typed on a phone) against a row clause, with the meaning the audit
 * gives it. Group and block clauses need the worker's other rows: use `evaluatePlan` for those.
 */
export function evaluateRow(
  plan: RulePlan,
  raw: RawRow,
  options: { asOf: string; clause?: Clause },
): RowVerdict {
  if (plan.shape !== 'row')
    throw new Error(`clause ${plan.clauseId} is a ${plan.shape} rule: it needs more than one row`);
  const row = parseRow(plan.dataset, raw, 1);
  if (!rowInScope(plan, row, options)) return { status: 'out_of_scope' };
  const status = rowStatus(plan, row, options);
  if (status !== 'violation') return { status };
  const finding = evaluatePlan(plan, [row], options)[0]!;
  return { status, trace: explainFinding(finding, plan, options.clause) };
}
