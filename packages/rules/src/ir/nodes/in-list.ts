import type { Node } from '../node';

/** `value in [a, b]` or `value in list_param`; each item is a node so parameters stay bound values. */
export interface InListNode {
  readonly kind: 'inList';
  readonly type: 'bool';
  readonly value: Node;
  readonly items: readonly Node[];
}

export const inList = (value: Node, items: readonly Node[]): InListNode =>
  Object.freeze({ kind: 'inList', type: 'bool', value, items: Object.freeze([...items]) });
