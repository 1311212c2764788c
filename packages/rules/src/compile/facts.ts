import type { Node } from '../ir/node';
import { walk } from '../ir/visitor';
import type { RulePlan } from './plan';

/**
 * The facts a row finding reports in its trace: every column the rule read, then its named values. SQL and the
 * TypeScript evaluator both report exactly these, so their findings compare equal.
 */
export function rowFactNodes(plan: RulePlan): [string, Node][] {
  const columns = columnsIn([
    ...plan.lets.map(([, node]) => node),
    plan.violation,
    ...(plan.amount ? [plan.amount] : []),
    ...(plan.blocks ? [plan.blocks.start, plan.blocks.end] : []),
  ]);
  return [...columns, ...plan.lets.map(([n, node]) => [n, node] as [string, Node])];
}

/**
 * The columns a rule reads once its rows are chosen: every column but those only its filter reads (the scope,
 * which a pass carries as a flag). What a worker timeline carries through its sort.
 */
export function columnsReadPastFilter(plan: RulePlan): string[] {
  const group = plan.group;
  const columns = columnsIn([
    ...plan.lets.map(([, node]) => node),
    ...(group
      ? [...group.keys.map((k) => k.node), ...[...group.measures, ...group.lets].map(([, node]) => node)]
      : []),
    ...(plan.blocks ? Object.values(plan.blocks) : []),
    plan.violation,
    ...(plan.amount ? [plan.amount] : []),
  ]);
  return [...columns.keys()].sort();
}

/** The column nodes the nodes read, by name, in the order first met. */
function columnsIn(nodes: readonly Node[]): Map<string, Node> {
  const columns = new Map<string, Node>();
  for (const node of nodes)
    walk(node, (n) => {
      if (n.kind === 'column') columns.set(n.name, n);
    });
  return columns;
}
