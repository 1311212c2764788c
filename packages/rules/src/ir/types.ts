/**
 * The value types of the rule language. Money and every fractional number are `decimal` (exact, 12 places);
 * `int` promotes to `decimal` when the two meet. Enumerations are strings whose allowed values the checker knows.
 */
export const valueTypes = [
  'int',
  'decimal',
  'bool',
  'string',
  'timestamp',
  'date',
  'null',
  'list<string>',
  'list<int>',
  'list<decimal>',
] as const;
export type ValueType = (typeof valueTypes)[number];

export const isNumeric = (t: ValueType): boolean => t === 'int' || t === 'decimal';
export const isList = (t: ValueType): boolean => t.startsWith('list<');
export const elementOf = (t: ValueType): ValueType => t.slice(5, -1) as ValueType;
export const listOf = (t: ValueType): ValueType => `list<${t}>` as ValueType;
