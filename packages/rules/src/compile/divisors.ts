import type { Node } from '../ir/node';
import { walk } from '../ir/visitor';
import type { RulePlan } from './plan';

/**
 * The parameters a rule divides by: those that make a divisor zero when they are zero — the divisor itself, a
 * value the rule names for it (`let`, a group's value), a negation or a product of which it is a factor. A zero
 * there leaves every row unchecked (a division by zero is empty) instead of meaning anything.
 */
export function paramsDividedBy(plan: RulePlan): Set<string> {
  const named = new Map<string, Node>([...plan.lets, ...(plan.group?.lets ?? [])]);
  const zeroWith = (node: Node, seen: ReadonlySet<string>): string[] => {
    switch (node.kind) {
      case 'param':
        return [node.name];
      case 'ref': {
        const definition = named.get(node.name);
        return definition && !seen.has(node.name) ? zeroWith(definition, new Set([...seen, node.name])) : [];
      }
      case 'unary':
        return node.op === 'negate' ? zeroWith(node.operand, seen) : [];
      case 'binary':
        return node.op === '*' ? [...zeroWith(node.left, seen), ...zeroWith(node.right, seen)] : [];
      default:
        return [];
    }
  };
  const divisors = new Set<string>();
  const roots: Node[] = [
    plan.violation,
    ...(plan.amount ? [plan.amount] : []),
    ...(plan.filter ? [plan.filter] : []),
    ...named.values(),
    ...(plan.group?.keys.map((k) => k.node) ?? []),
    ...(plan.group?.measures.map(([, m]) => m) ?? []),
    ...(plan.blocks ? [plan.blocks.partition, plan.blocks.start, plan.blocks.end, plan.blocks.gap] : []),
  ];
  for (const root of roots)
    walk(root, (node) => {
      if (node.kind === 'binary' && node.op === '/')
        for (const name of zeroWith(node.right, new Set())) divisors.add(name);
    });
  return divisors;
}
