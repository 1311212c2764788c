import type { Node } from '../node';
import type { ValueType } from '../types';

/** `test ? then : otherwise`; a null test takes the `otherwise` branch, as SQL's CASE does. */
export interface ConditionalNode {
  readonly kind: 'conditional';
  readonly type: ValueType;
  readonly test: Node;
  readonly then: Node;
  readonly otherwise: Node;
}

export const conditional = (test: Node, then: Node, otherwise: Node, type: ValueType): ConditionalNode =>
  Object.freeze({ kind: 'conditional', type, test, then, otherwise });
