import type { Node } from '../node';
import type { ValueType } from '../types';

/** The scalar functions of the language; see check/functions.ts for their signatures. */
export const scalarFunctions = [
  'has',
  'coalesce',
  'abs',
  'min_of',
  'max_of',
  'minutes_between',
  'day',
  'week',
  'month',
  'add_days',
  'add_minutes',
] as const;
export type ScalarFunction = (typeof scalarFunctions)[number];

export interface CallNode {
  readonly kind: 'call';
  readonly type: ValueType;
  readonly fn: ScalarFunction;
  readonly args: readonly Node[];
}

export const call = (fn: ScalarFunction, args: readonly Node[], type: ValueType): CallNode =>
  Object.freeze({ kind: 'call', type, fn, args: Object.freeze([...args]) });
