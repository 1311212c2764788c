import type { AggregateFunction } from '../ir/nodes/aggregate';
import type { ScalarFunction } from '../ir/nodes/call';
import { isNumeric, type ValueType } from '../ir/types';

/** Result type of a function applied to arguments of these types, or an error message (zh, en). */
export type Signature = (args: ValueType[]) => ValueType | [string, string];

const numeric = (t: ValueType | undefined) => t !== undefined && (isNumeric(t) || t === 'null');
const promote = (a: ValueType, b: ValueType): ValueType =>
  a === 'null' ? b : b === 'null' ? a : a === 'decimal' || b === 'decimal' ? 'decimal' : a;
const arity = (n: number, name: string): [string, string] => [
  `${name} 需要 ${n} 个参数`,
  `${name} takes ${n} argument(s)`,
];
const timeLike = (t: ValueType | undefined) => t === 'timestamp' || t === 'date' || t === 'null';

export const scalarSignatures: Record<ScalarFunction, Signature> = {
  has: (a) => (a.length === 1 ? 'bool' : arity(1, 'has')),
  coalesce: (a) => {
    if (a.length < 2) return arity(2, 'coalesce');
    return a.reduce((t, u) =>
      t === u || (numeric(t) && numeric(u)) ? promote(t, u) : u === 'null' ? t : t === 'null' ? u : 'null',
    );
  },
  abs: (a) => (a.length === 1 && numeric(a[0]) ? a[0]! : ['abs 需要一个数值参数', 'abs takes one number']),
  min_of: (a) => comparablePair(a, 'min_of'),
  max_of: (a) => comparablePair(a, 'max_of'),
  minutes_between: (a) =>
    a.length === 2 && a.every((t) => t === 'timestamp' || t === 'null')
      ? 'decimal'
      : ['minutes_between(开始, 结束) 需要两个时间戳', 'minutes_between(start, end) takes two timestamps'],
  day: (a) => (a.length === 1 && timeLike(a[0]) ? 'date' : ['day() 需要时间戳', 'day() takes a timestamp']),
  week: (a) =>
    a.length === 1 && timeLike(a[0]) ? 'date' : ['week() 需要时间戳', 'week() takes a timestamp'],
  month: (a) =>
    a.length === 1 && timeLike(a[0]) ? 'date' : ['month() 需要时间戳', 'month() takes a timestamp'],
  add_days: (a) =>
    a.length === 2 && timeLike(a[0]) && (a[1] === 'int' || a[1] === 'null')
      ? a[0]!
      : ['add_days(时间, 整数天数)', 'add_days(time, whole days)'],
  add_minutes: (a) =>
    a.length === 2 && (a[0] === 'timestamp' || a[0] === 'null') && (a[1] === 'int' || a[1] === 'null')
      ? 'timestamp'
      : ['add_minutes(时间戳, 整数分钟)', 'add_minutes(timestamp, whole minutes)'],
};

function comparablePair(a: ValueType[], name: string): ValueType | [string, string] {
  if (a.length !== 2) return arity(2, name);
  const [x, y] = a as [ValueType, ValueType];
  if (numeric(x) && numeric(y)) return promote(x, y);
  if (x === y || y === 'null') return x;
  if (x === 'null') return y;
  return [`${name} 的两个参数类型不同`, `${name} needs two values of the same type`];
}

export const aggregateSignatures: Record<AggregateFunction, Signature> = {
  sum: (a) => (a.length === 1 && numeric(a[0]) ? a[0]! : ['sum 需要一个数值', 'sum takes one number']),
  count: (a) => (a.length <= 1 ? 'int' : arity(1, 'count')),
  avg: (a) => (a.length === 1 && numeric(a[0]) ? 'decimal' : ['avg 需要一个数值', 'avg takes one number']),
  min: (a) => (a.length === 1 ? a[0]! : arity(1, 'min')),
  max: (a) => (a.length === 1 ? a[0]! : arity(1, 'max')),
  quantile: (a) =>
    a.length === 2 && numeric(a[0]) && numeric(a[1])
      ? a[0]!
      : ['quantile(值, 分位)', 'quantile(value, fraction)'],
  share: (a) =>
    a.length === 1 && a[0] === 'bool' ? 'decimal' : ['share 需要一个条件', 'share takes a condition'],
  count_distinct: (a) => (a.length === 1 ? 'int' : arity(1, 'count_distinct')),
  working_minutes: (a) =>
    a.length === 2 && a.every((t) => t === 'timestamp')
      ? 'decimal'
      : ['working_minutes(开始, 结束) 需要两个时间戳', 'working_minutes(start, end) takes two timestamps'],
};

export { promote };
