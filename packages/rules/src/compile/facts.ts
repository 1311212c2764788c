import type { Node } from '../ir/node';
import { walk } from '../ir/visitor';
import type { RulePlan } from './plan';

/**
 * The facts a row finding reports in its trace: every column the rule read, then its named values. SQL and the
 * TypeScript evaluator both report exactly these, so their findings compare equal.
 */
export function rowFactNodes(plan: RulePlan): [string, Node][] {
  const columns = new Map<string, Node>();
  const collect = (node: Node) =>
    walk(node, (n) => {
      if (n.kind === 'column') columns.set(n.name, n);
    });
  for (const [, node] of plan.lets) collect(node);
  collect(plan.violation);
  if (plan.amount) collect(plan.amount);
  if (plan.blocks) [plan.blocks.start, plan.blocks.end].forEach(collect);
  return [...columns, ...plan.lets.map(([n, node]) => [n, node] as [string, Node])];
}

/**
 * The columns a rule reads once its rows are chosen: every column but those only its filter reads (the scope,
 * which a pass carries as a flag). What a worker timeline carries through its sort.
 */
export function columnsReadPastFilter(plan: RulePlan): string[] {
  const columns = new Set<string>();
  const collect = (node: Node) =>
    walk(node, (n) => {
      if (n.kind === 'column') columns.add(n.name);
    });
  for (const [, node] of plan.lets) collect(node);
  if (plan.group) {
    for (const key of plan.group.keys) collect(key.node);
    for (const [, node] of plan.group.measures) collect(node);
    for (const [, node] of plan.group.lets) collect(node);
  }
  if (plan.blocks) Object.values(plan.blocks).forEach(collect);
  collect(plan.violation);
  if (plan.amount) collect(plan.amount);
  return [...columns].sort();
}
