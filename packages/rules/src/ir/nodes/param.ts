import type { ValueType } from '../types';

/**
 * A parameter of the clause (or `as_of`, the audit's as-of date). Effective-dated parameters are resolved on the
 * day of the row (or of the group's first row), so one query covers every date.
 */
export interface ParamNode {
  readonly kind: 'param';
  readonly type: ValueType;
  readonly name: string;
}

export const param = (name: string, type: ValueType): ParamNode =>
  Object.freeze({ kind: 'param', type, name });
