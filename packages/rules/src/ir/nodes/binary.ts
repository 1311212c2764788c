import type { Node } from '../node';
import type { ValueType } from '../types';

/** `/` is exact decimal division (truncated at 12 places); dividing by zero gives null. `&&` `||` are three-valued. */
export type BinaryOp = '+' | '-' | '*' | '/' | '==' | '!=' | '<' | '<=' | '>' | '>=' | '&&' | '||';

export interface BinaryNode {
  readonly kind: 'binary';
  readonly type: ValueType;
  readonly op: BinaryOp;
  readonly left: Node;
  readonly right: Node;
}

export const binary = (op: BinaryOp, left: Node, right: Node, type: ValueType): BinaryNode =>
  Object.freeze({ kind: 'binary', type, op, left, right });
