import type { ValueType } from '../types';

/** A constant written in the expression. Decimals keep their exact text; ints are BigInts. */
export type LiteralValue = null | boolean | bigint | string;

export interface LiteralNode {
  readonly kind: 'literal';
  readonly type: ValueType;
  readonly value: LiteralValue;
}

export const literal = (type: ValueType, value: LiteralValue): LiteralNode =>
  Object.freeze({ kind: 'literal', type, value });
