import { RuleError } from '../errors';
import type { ValueType } from '../ir/types';
import type { ParamSpec, ParamType, ParamValue } from '../spec/rule-spec';
import { parseDate } from '../time';

/** A parameter's value in force from a date on; the first entry's `from` is where the parameter starts. */
export interface DatedValue {
  from: string;
  value: ParamValue;
}

/** A parameter as a clause sets it: one value for all dates, or values by effective date (ascending). */
export type ResolvedParam =
  | { readonly kind: 'plain'; readonly type: ValueType; readonly value: ParamValue }
  | { readonly kind: 'dated'; readonly type: ValueType; readonly values: readonly DatedValue[] };

export const valueTypeOfParam = (t: ParamType): ValueType => t;

/** Clause-supplied value (plain or `[{from, value}]`), else the library default; checks each against its type. */
export function resolveParam(name: string, spec: ParamSpec, given: unknown): ResolvedParam {
  const type = valueTypeOfParam(spec.type);
  const value = given ?? spec.default;
  if (value === undefined)
    throw new RuleError(`缺少参数 ${name}（无默认值）`, `parameter ${name} is required (it has no default)`, {
      path: ['params', name],
    });
  if (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((v) => typeof v === 'object' && v !== null && 'from' in v)
  ) {
    if (type.startsWith('list<'))
      throw new RuleError(
        `列表参数 ${name} 不能按日期生效`,
        `list parameter ${name} cannot be effective-dated`,
        { path: ['params', name] },
      );
    const values = (value as { from: unknown; value: unknown }[]).map((entry, i) => {
      const from = String(entry.from);
      try {
        parseDate(from);
      } catch {
        throw new RuleError(
          `参数 ${name} 的生效日期无效：${from}`,
          `parameter ${name}: invalid from date ${from}`,
          { path: ['params', name, i, 'from'] },
        );
      }
      return { from, value: checkValue(name, type, entry.value, ['params', name, i, 'value']) };
    });
    values.sort((a, b) => a.from.localeCompare(b.from));
    return Object.freeze({ kind: 'dated', type, values: Object.freeze(values) });
  }
  return Object.freeze({ kind: 'plain', type, value: checkValue(name, type, value, ['params', name]) });
}

function checkValue(name: string, type: ValueType, value: unknown, path: (string | number)[]): ParamValue {
  const bad = (): never => {
    throw new RuleError(
      `参数 ${name} 应为 ${type}，实际为 ${JSON.stringify(value)}`,
      `parameter ${name} must be ${type}, got ${JSON.stringify(value)}`,
      { path },
    );
  };
  switch (type) {
    case 'int':
      return Number.isInteger(Number(value)) && value !== '' && typeof value !== 'boolean'
        ? Number(value)
        : bad();
    case 'decimal':
      return (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
        ? value
        : bad();
    case 'bool':
      return typeof value === 'boolean' ? value : bad();
    case 'string':
      return typeof value === 'string' ? value : bad();
    case 'list<string>':
      return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : bad();
    case 'list<int>':
      return Array.isArray(value) && value.every((v) => Number.isInteger(v)) ? value : bad();
    default:
      return bad();
  }
}

/** The value in force on a day (YYYY-MM-DD), or undefined before the first effective date. */
export function paramValueOn(param: ResolvedParam, day: string): ParamValue | undefined {
  if (param.kind === 'plain') return param.value;
  let current: ParamValue | undefined;
  for (const entry of param.values) if (entry.from <= day) current = entry.value;
  return current;
}
