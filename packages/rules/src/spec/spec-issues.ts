import { nearlySpelt } from '@gigpact/contracts';
import { z } from 'zod';
import { ruleSpecSchema, type RuleSpec } from './rule-spec';

/** One problem of a custom check, in Chinese and English, at its path inside the check. */
export interface SpecProblem {
  zh: string;
  en: string;
  path: (string | number)[];
}

const typeWords: Readonly<Record<string, [string, string]>> = {
  string: ['文本', 'text'],
  number: ['数', 'a number'],
  boolean: ['true 或 false', 'true or false'],
  array: ['列表', 'a list'],
  object: ['映射（字段: 值）', 'a mapping (field: value)'],
  record: ['映射（名称: 值）', 'a mapping (name: value)'],
};

/** What a parameter's own required fields are, said beside the missing one. */
const fieldHints: Readonly<Record<string, [string, string]>> = {
  type: [
    '（int、decimal、bool、string、list<string> 或 list<int>）',
    ' (int, decimal, bool, string, list<string> or list<int>)',
  ],
  zh: [
    '（参数的中文名称，显示在每条违规的说明中）',
    " (the parameter's name in Chinese, shown in every finding's trace)",
  ],
  en: ['（参数的英文名称）', " (the parameter's name in English)"],
};

const patternWords: Readonly<Record<string, [string, string]>> = {
  '/^[a-z0-9_.-]+$/': [
    '编号只含小写字母、数字、_ . -',
    'an id holds only lower-case letters, digits, _ . and -',
  ],
  '/^\\d{4}-\\d{2}-\\d{2}$/': ['应为写作 YYYY-MM-DD 的日期', 'must be a date written YYYY-MM-DD'],
};

/**
 * A custom check read as a rule, or every problem the rule schema finds in it, said in both languages (never zod's
 * own English): a missing field by name, a wrong type in words, an unknown field at its own name with the field it
 * is spelt like (`amout`: did you mean `amount`?) or the fields that are taken there.
 */
export function readRuleSpec(input: unknown): { spec: RuleSpec } | { problems: SpecProblem[] } {
  const parsed = ruleSpecSchema.safeParse(input, { reportInput: true });
  return parsed.success ? { spec: parsed.data } : { problems: parsed.error.issues.flatMap(problemsOfIssue) };
}

function problemsOfIssue(issue: z.core.$ZodIssue): SpecProblem[] {
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  const field = String(path.at(-1) ?? '');
  const at = (zh: string, en: string, where = path): SpecProblem[] => [{ zh, en, path: where }];
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        const [zh, en] = (path.includes('params') && fieldHints[field]) || ['', ''];
        return at(`缺少必填字段 ${field}${zh}`, `missing required field ${field}${en}`);
      }
      const [zh, en] = typeWords[issue.expected] ?? [issue.expected, issue.expected];
      return at(`${field} 应为${zh}`, `${field} must be ${en}`);
    }
    case 'invalid_value': {
      const values = issue.values.map(String).join(', ');
      return at(`取值应为：${values}`, `must be one of: ${values}`);
    }
    case 'too_small':
      return issue.origin === 'string'
        ? at(`${field} 不能为空`, `${field} must not be empty`)
        : at(
            `${field} 至少要有 ${String(issue.minimum)} 项`,
            `${field} needs at least ${String(issue.minimum)}`,
          );
    case 'invalid_format': {
      const [zh, en] = patternWords[String(issue.pattern)] ?? ['格式不正确', 'is not in the expected form'];
      return at(zh, en);
    }
    case 'unrecognized_keys': {
      const known = fieldsAt(path);
      const near = nearlySpelt(issue.keys, known);
      return issue.keys.map((key) => {
        const like = near.get(key);
        return {
          zh: like ? `未知字段 ${key}，是否指 ${like}？` : `未知字段 ${key}（可用字段：${known.join('、')}）`,
          en: like
            ? `unknown field ${key} — did you mean ${like}?`
            : `unknown field ${key} (the fields here: ${known.join(', ')})`,
          path: [...path, key],
        };
      });
    }
    case 'custom': {
      const zh = (issue.params as { zh?: unknown } | undefined)?.zh;
      return at(typeof zh === 'string' ? zh : issue.message, issue.message);
    }
    default:
      return at(issue.message, issue.message);
  }
}

/** The fields the rule schema takes in the object at a path of a check (`[]`, `['group']`, `['params', 'x']`). */
function fieldsAt(path: readonly (string | number)[]): string[] {
  let schema: z.core.$ZodType | undefined = ruleSpecSchema;
  for (const step of path) schema = schema && childOf(unwrapped(schema), step);
  const object = schema && unwrapped(schema);
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

function unwrapped(schema: z.core.$ZodType): z.core.$ZodType {
  let at = schema;
  while (at instanceof z.ZodOptional || at instanceof z.ZodDefault || at instanceof z.ZodNullable)
    at = at.def.innerType;
  return at;
}

function childOf(schema: z.core.$ZodType, step: string | number): z.core.$ZodType | undefined {
  if (schema instanceof z.ZodObject) return (schema.shape as Record<string, z.core.$ZodType>)[String(step)];
  if (schema instanceof z.ZodRecord) return schema.def.valueType;
  if (schema instanceof z.ZodArray) return schema.def.element;
  return undefined;
}
