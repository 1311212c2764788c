import type { LibraryParamRange } from '@gigpact/contracts';
import { parseDecimal } from '../decimal';
import { RuleError, RuleErrors, problemCollector } from '../errors';
import type { ValueType } from '../ir/types';
import type { ParamSpec, ParamType, ParamValue } from '../spec/rule-spec';
import { calendarDateProblem, parseDate } from '../time';

/** A parameter's value in force from a date on; the first entry's `from` is where the parameter starts. */
export interface DatedValue {
  from: string;
  value: ParamValue;
}

/**
 * A parameter as a clause sets it: one value for all dates, or values by effective date (ascending, each date
 * once). A dated library default (`earlier_defaults`) also has an `initial` value, in force on every day before
 * the first date; an agreement's dated value has none: before its first date the parameter has no value.
 */
export type ResolvedParam =
  | { readonly kind: 'plain'; readonly type: ValueType; readonly value: ParamValue }
  | {
      readonly kind: 'dated';
      readonly type: ValueType;
      readonly values: readonly DatedValue[];
      readonly initial?: ParamValue;
    };

export const valueTypeOfParam = (t: ParamType): ValueType => t;

export interface ResolveOptions {
  /**
   * The agreement's effective date: a dated value the clause sets must have a value from it on (its earliest
   * `from` on or before it), else the rows of the days between would have no value to be checked against.
   */
  effectiveFrom?: string;
}

const isDatedList = (value: unknown): value is { from: unknown; value: unknown }[] =>
  Array.isArray(value) &&
  value.length > 0 &&
  value.every((v) => typeof v === 'object' && v !== null && 'from' in v);

/**
 * Clause-supplied value (plain or `[{from, value}]`, in any order), else the library default (plain or dated);
 * checks each value against its type and range, each date against the calendar, and that no date comes twice.
 */
export function resolveParam(
  name: string,
  spec: ParamSpec,
  given: unknown,
  options: ResolveOptions = {},
): ResolvedParam {
  const type = valueTypeOfParam(spec.type);
  if (given === undefined || given === null) return resolveDefault(name, spec, type);
  if (isDatedList(given)) {
    if (type.startsWith('list<'))
      throw new RuleError(
        `列表参数 ${name} 不能按日期生效`,
        `list parameter ${name} cannot be effective-dated`,
        { path: ['params', name] },
      );
    // Every entry's date and value are checked, each problem reported (a RuleErrors when there are several).
    const { problems, attempt: collect } = problemCollector();
    const entries = given.flatMap((entry, index) => {
      const from = String(entry.from);
      const path = ['params', name, index, 'from'];
      const dated = collect(() => {
        const problem = calendarDateProblem(from);
        if (problem)
          throw new RuleError(
            `参数 ${name} 的生效日期无效：${problem.zh}`,
            `parameter ${name}: ${problem.en}`,
            { path },
          );
        try {
          parseDate(from);
        } catch {
          throw new RuleError(
            `参数 ${name} 的生效日期无效：${from}（应为 YYYY-MM-DD）`,
            `parameter ${name}: invalid from date ${from} (YYYY-MM-DD)`,
            { path },
          );
        }
        return true;
      });
      const checked = collect(() => ({
        value: checkValue(name, spec, entry.value, ['params', name, index, 'value'], from),
      }));
      // A date read is compared with the others (each once) even when its value is wrong.
      return dated ? [{ index, from, value: checked?.value }] : [];
    });
    const byDate = [...entries].sort((a, b) => a.from.localeCompare(b.from) || a.index - b.index);
    byDate.forEach((entry, i) => {
      const previous = byDate[i - 1];
      if (previous?.from === entry.from) {
        const [first, second] = [previous.index, entry.index].sort((a, b) => a - b);
        problems.push(
          new RuleError(
            `参数 ${name} 的生效日期 ${entry.from} 出现了两次（第 ${first! + 1} 项和第 ${second! + 1} 项）：每个日期只能有一个值`,
            `parameter ${name} has two values from ${entry.from} (entries ${first! + 1} and ${second! + 1}): one value per date`,
            { path: ['params', name, second!, 'from'] },
          ),
        );
      }
    });
    const failed = RuleErrors.of(problems);
    if (failed) throw failed;
    const earliest = byDate[0]!;
    if (options.effectiveFrom !== undefined && earliest.from > options.effectiveFrom)
      throw new RuleError(
        `参数 ${name} 自协议生效日 ${options.effectiveFrom} 至 ${earliest.from} 之前没有取值，这些天的记录将无法核查：请给出自 ${options.effectiveFrom} 起的取值（如 {from: ${options.effectiveFrom}, value: …}）`,
        `parameter ${name} has no value from effective_from ${options.effectiveFrom} until ${earliest.from}, so the rows of those days could not be checked: give it a value from ${options.effectiveFrom} (e.g. {from: ${options.effectiveFrom}, value: …})`,
        { path: ['params', name, earliest.index, 'from'] },
      );
    const values = byDate.map(({ from, value }) => ({ from, value: value! }));
    return Object.freeze({ kind: 'dated', type, values: Object.freeze(values) });
  }
  return Object.freeze({ kind: 'plain', type, value: checkValue(name, spec, given, ['params', name]) });
}

/** The library default: one value, or with `earlier_defaults` values by date with the earliest as `initial`. */
function resolveDefault(name: string, spec: ParamSpec, type: ValueType): ResolvedParam {
  if (spec.default === undefined)
    throw new RuleError(`缺少参数 ${name}（无默认值）`, `parameter ${name} is required (it has no default)`, {
      path: ['params', name],
    });
  const path = ['params', name];
  const value = checkValue(name, spec, spec.default, path);
  const earlier = spec.earlier_defaults;
  if (!earlier || earlier.length === 0) return Object.freeze({ kind: 'plain', type, value });
  // Entry i holds before its date; the next entry's value (or `default`) holds from that date on.
  const values = earlier.map((entry, i) => ({
    from: entry.before,
    value: i + 1 < earlier.length ? checkValue(name, spec, earlier[i + 1]!.value, path) : value,
  }));
  return Object.freeze({
    kind: 'dated',
    type,
    values: Object.freeze(values),
    initial: checkValue(name, spec, earlier[0]!.value, path),
  });
}

function checkValue(
  name: string,
  spec: ParamSpec,
  value: unknown,
  path: (string | number)[],
  from?: string,
): ParamValue {
  const type = valueTypeOfParam(spec.type);
  const bad = (): never => {
    throw new RuleError(
      `参数 ${name} 应为 ${type}，实际为 ${JSON.stringify(value)}`,
      `parameter ${name} must be ${type}, got ${JSON.stringify(value)}`,
      { path },
    );
  };
  let checked: ParamValue;
  switch (type) {
    case 'int':
      checked =
        Number.isInteger(Number(value)) && value !== '' && typeof value !== 'boolean' ? Number(value) : bad();
      break;
    case 'decimal':
      checked =
        (typeof value === 'number' && Number.isFinite(value)) ||
        (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value))
          ? value
          : bad();
      break;
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
  const range = paramRange(spec);
  if (range && !withinRange(spec, checked)) {
    const [zhOn, enOn] = from === undefined ? [' ', ''] : [`（自 ${from} 起）`, ` (from ${from})`];
    throw new RuleError(
      `参数 ${name}${zhOn}超出允许范围 ${range.notation}：应${range.zh}，实际为 ${String(value)}`,
      `parameter ${name}${enOn} is outside its allowed range ${range.notation}: it must be ${range.en}, got ${String(value)}`,
      { path },
    );
  }
  return checked;
}

const exact = (value: number | string): bigint => parseDecimal(String(value));

/** Whether a numeric value lies within the parameter's range, compared exactly (as the engines read it). */
export function withinRange(spec: ParamSpec, value: ParamValue): boolean {
  if (typeof value !== 'number' && typeof value !== 'string') return true;
  const v = exact(value);
  if (spec.minimum !== undefined && v < exact(spec.minimum)) return false;
  if (spec.exclusive_minimum !== undefined && v <= exact(spec.exclusive_minimum)) return false;
  if (spec.maximum !== undefined && v > exact(spec.maximum)) return false;
  if (spec.exclusive_maximum !== undefined && v >= exact(spec.exclusive_maximum)) return false;
  return true;
}

/**
 * A parameter's range as the rule library publishes it (`LibraryParamRange`: the bounds, whether each is strict, and
 * `paramRange`'s words), for forms that mark a value outside it before it is saved; null when it has none.
 */
export function libraryParamRangeOf(spec: ParamSpec): LibraryParamRange | null {
  const words = paramRange(spec);
  if (!words) return null;
  return {
    minimum: spec.minimum ?? spec.exclusive_minimum ?? null,
    minimumExclusive: spec.minimum === undefined && spec.exclusive_minimum !== undefined,
    maximum: spec.maximum ?? spec.exclusive_maximum ?? null,
    maximumExclusive: spec.maximum === undefined && spec.exclusive_maximum !== undefined,
    ...words,
  };
}

/**
 * A parameter's allowed range in words and as an interval (`(0, 1440]`), or undefined when it has none:
 * `zh` / `en` say what a value must be (`大于 0 且不大于 1440` / `greater than 0 and at most 1440`).
 */
export function paramRange(spec: ParamSpec): { zh: string; en: string; notation: string } | undefined {
  const lower =
    spec.minimum !== undefined
      ? { value: spec.minimum, strict: false }
      : spec.exclusive_minimum !== undefined
        ? { value: spec.exclusive_minimum, strict: true }
        : undefined;
  const upper =
    spec.maximum !== undefined
      ? { value: spec.maximum, strict: false }
      : spec.exclusive_maximum !== undefined
        ? { value: spec.exclusive_maximum, strict: true }
        : undefined;
  if (!lower && !upper) return undefined;
  const zh: string[] = [];
  const en: string[] = [];
  if (lower) {
    zh.push(`${lower.strict ? '大于' : '不小于'} ${lower.value}`);
    en.push(`${lower.strict ? 'greater than' : 'at least'} ${lower.value}`);
  }
  if (upper) {
    zh.push(`${upper.strict ? '小于' : '不大于'} ${upper.value}`);
    en.push(`${upper.strict ? 'less than' : 'at most'} ${upper.value}`);
  }
  const notation = `${lower ? `${lower.strict ? '(' : '['}${lower.value}` : '(-∞'}, ${
    upper ? `${upper.value}${upper.strict ? ')' : ']'}` : '+∞)'
  }`;
  return { zh: zh.join(' 且'), en: en.join(' and '), notation };
}

/** The value in force on a day (YYYY-MM-DD), or undefined before the first effective date (without `initial`). */
export function paramValueOn(param: ResolvedParam, day: string): ParamValue | undefined {
  if (param.kind === 'plain') return param.value;
  let current: ParamValue | undefined = param.initial;
  for (const entry of param.values) if (entry.from <= day) current = entry.value;
  return current;
}

/** Every value a parameter takes on some day: the plain value, or each dated value and the initial one. */
export function paramValuesOf(param: ResolvedParam): ParamValue[] {
  if (param.kind === 'plain') return [param.value];
  return [...(param.initial !== undefined ? [param.initial] : []), ...param.values.map((v) => v.value)];
}
