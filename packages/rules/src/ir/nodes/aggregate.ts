import type { Node } from '../node';
import type { ValueType } from '../types';

/**
 * An aggregate over the rows of a group. `working_minutes(start, end)` is the length of the union of the rows'
 * intervals (overlaps count once); `share(p)` is the fraction of rows where `p` holds; `quantile(x, q)` is the
 * discrete quantile (an actual value of `x`).
 */
export const aggregateFunctions = [
  'sum',
  'count',
  'avg',
  'min',
  'max',
  'quantile',
  'share',
  'count_distinct',
  'working_minutes',
] as const;
export type AggregateFunction = (typeof aggregateFunctions)[number];

export interface AggregateNode {
  readonly kind: 'aggregate';
  readonly type: ValueType;
  readonly fn: AggregateFunction;
  readonly args: readonly Node[];
}

export const aggregate = (fn: AggregateFunction, args: readonly Node[], type: ValueType): AggregateNode =>
  Object.freeze({ kind: 'aggregate', type, fn, args: Object.freeze([...args]) });
