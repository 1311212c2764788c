import { columnOf } from '@gigpact/contracts';
import type { RulePlan } from '../compile/plan';
import type { Node } from '../ir/node';
import { visit, type NodeVisitor } from '../ir/visitor';

/**
 * The named values of a plan that are amounts of money, so that a trace shows them as money (`124.50`): the
 * rules' type system has one `decimal` for money and other fractions, so this follows the money columns through
 * sums, differences, products and quotients by non-money values, conditionals and aggregates.
 */
export function moneyValues(plan: RulePlan): ReadonlySet<string> {
  const money = new Set<string>();
  const isMoney = (node: Node): boolean => visit(node, visitor);
  const visitor: NodeVisitor<boolean> = {
    literal: () => false,
    column: (n) => columnOf(plan.dataset, n.name)?.type === 'money',
    param: () => false,
    ref: (n) => money.has(n.name),
    unary: (n) => n.op === 'negate' && isMoney(n.operand),
    binary: (n) => {
      if (n.op === '+' || n.op === '-') return isMoney(n.left) || isMoney(n.right);
      if (n.op === '*') return isMoney(n.left) !== isMoney(n.right);
      if (n.op === '/') return isMoney(n.left) && !isMoney(n.right);
      return false;
    },
    conditional: (n) => isMoney(n.then) || isMoney(n.otherwise),
    inList: () => false,
    call: (n) => ['coalesce', 'abs', 'min_of', 'max_of'].includes(n.fn) && n.args.some(isMoney),
    aggregate: (n) =>
      ['sum', 'avg', 'min', 'max', 'quantile'].includes(n.fn) &&
      n.args[0] !== undefined &&
      isMoney(n.args[0]),
  };
  const named = [...plan.lets, ...(plan.group?.measures ?? []), ...(plan.group?.lets ?? [])];
  for (const [name, node] of named) if (isMoney(node)) money.add(name);
  return money;
}
