import type { ValueType } from '../types';

/** A column of the canonical dataset, read from the current row. */
export interface ColumnNode {
  readonly kind: 'column';
  readonly type: ValueType;
  readonly name: string;
}

export const column = (name: string, type: ValueType): ColumnNode =>
  Object.freeze({ kind: 'column', type, name });
