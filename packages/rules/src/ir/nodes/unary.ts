import type { Node } from '../node';
import type { ValueType } from '../types';

export type UnaryOp = 'not' | 'negate';

export interface UnaryNode {
  readonly kind: 'unary';
  readonly type: ValueType;
  readonly op: UnaryOp;
  readonly operand: Node;
}

export const unary = (op: UnaryOp, operand: Node, type: ValueType): UnaryNode =>
  Object.freeze({ kind: 'unary', type, op, operand });
