import type { ValueType } from '../types';

/** A value computed by the rule's shape: a group's measure, or a block's `elapsed_minutes` / `service_minutes`. */
export interface RefNode {
  readonly kind: 'ref';
  readonly type: ValueType;
  readonly name: string;
}

export const ref = (name: string, type: ValueType): RefNode => Object.freeze({ kind: 'ref', type, name });
