import type { Node } from './node';
import type { AggregateNode } from './nodes/aggregate';
import type { BinaryNode } from './nodes/binary';
import type { CallNode } from './nodes/call';
import type { ColumnNode } from './nodes/column';
import type { ConditionalNode } from './nodes/conditional';
import type { InListNode } from './nodes/in-list';
import type { LiteralNode } from './nodes/literal';
import type { ParamNode } from './nodes/param';
import type { RefNode } from './nodes/ref';
import type { UnaryNode } from './nodes/unary';

/** One method per node kind: an emitter or evaluator that forgets a kind does not compile. */
export interface NodeVisitor<R> {
  literal(node: LiteralNode): R;
  column(node: ColumnNode): R;
  param(node: ParamNode): R;
  ref(node: RefNode): R;
  unary(node: UnaryNode): R;
  binary(node: BinaryNode): R;
  conditional(node: ConditionalNode): R;
  inList(node: InListNode): R;
  call(node: CallNode): R;
  aggregate(node: AggregateNode): R;
}

export function visit<R>(node: Node, visitor: NodeVisitor<R>): R {
  switch (node.kind) {
    case 'literal':
      return visitor.literal(node);
    case 'column':
      return visitor.column(node);
    case 'param':
      return visitor.param(node);
    case 'ref':
      return visitor.ref(node);
    case 'unary':
      return visitor.unary(node);
    case 'binary':
      return visitor.binary(node);
    case 'conditional':
      return visitor.conditional(node);
    case 'inList':
      return visitor.inList(node);
    case 'call':
      return visitor.call(node);
    case 'aggregate':
      return visitor.aggregate(node);
    default: {
      const unhandled: never = node;
      throw new Error(`unknown node ${JSON.stringify(unhandled)}`);
    }
  }
}

/** Every node below (and including) `node`, parents first. */
export function walk(node: Node, onNode: (n: Node) => void): void {
  onNode(node);
  const children: readonly Node[] =
    node.kind === 'unary'
      ? [node.operand]
      : node.kind === 'binary'
        ? [node.left, node.right]
        : node.kind === 'conditional'
          ? [node.test, node.then, node.otherwise]
          : node.kind === 'inList'
            ? [node.value, ...node.items]
            : node.kind === 'call' || node.kind === 'aggregate'
              ? node.args
              : [];
  for (const child of children) walk(child, onNode);
}
