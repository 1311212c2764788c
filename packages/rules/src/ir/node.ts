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

/** A typed, frozen expression node. Every consumer handles every kind through `visit`. */
export type Node =
  | LiteralNode
  | ColumnNode
  | ParamNode
  | RefNode
  | UnaryNode
  | BinaryNode
  | ConditionalNode
  | InListNode
  | CallNode
  | AggregateNode;

export type NodeKind = Node['kind'];
