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
