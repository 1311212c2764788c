import type { FieldIssue } from '@gigpact/contracts';
import { bilingualMessage } from './bilingual-message';

interface ZodLikeIssue {
  path?: PropertyKey[];
  instancePath?: string;
  message?: string;
  code?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/** What zod says of an issue beyond its code and message: on the issue itself, or in fastify's `params`. */
interface IssueFacts {
  expected?: unknown;
  received?: unknown;
  origin?: unknown;
  minimum?: unknown;
  maximum?: unknown;
  inclusive?: unknown;
  exact?: unknown;
  values?: unknown;
  keys?: unknown;
  format?: unknown;
  divisor?: unknown;
  prefix?: unknown;
  suffix?: unknown;
  includes?: unknown;
}

/**
 * Turns validation issues (zod's, as fastify reports them) into bilingual field issues. The English text is zod's
 * own; the Chinese text names the field and says the same facts: the limit, the expected and received type, the
 * values allowed.
 */
export function toFieldIssues(issues: readonly ZodLikeIssue[], where?: string): FieldIssue[] {
  return issues.map((issue) => {
    const path =
      issue.path?.map((p) => (typeof p === 'number' ? p : String(p))) ??
      (issue.instancePath ?? '').split('/').filter(Boolean);
    const field = path.length ? path.join('.') : (where ?? '请求');
    const code = issue.code ?? issue.keyword ?? 'invalid';
    const said = bilingualMessage(issue.message);
    const facts = { ...issue.params, ...issue } as IssueFacts;
    return {
      path: where ? [where, ...path] : path,
      zh: `${field}：${said?.zh ?? chineseReason(code, facts, issue.message)}`,
      en: `${path.length ? path.join('.') : (where ?? 'request')}: ${said?.en ?? englishReason(issue.message, code)}`,
    };
  });
}

/** zod's own words, but never a regular expression: a reader is told the form is wrong, not shown the pattern. */
function englishReason(message: string | undefined, code: string): string {
  if (!message) return code;
  return /must match pattern/.test(message) ? 'not in the expected form' : message;
}

/** zod's names of types (`expected`, and the `received` of its English message), in Chinese. */
const typeNames: Record<string, string> = {
  string: '字符串',
  number: '数字',
  int: '整数',
  bigint: '大整数',
  boolean: '布尔值 true/false',
  object: '对象',
  array: '数组',
  tuple: '数组',
  record: '对象',
  map: '映射',
  set: '集合',
  date: '日期',
  null: '空值 null',
  undefined: '缺失',
  nan: '非数字 NaN',
  NaN: '非数字 NaN',
  Infinity: '无穷大',
  symbol: '符号',
  function: '函数',
  file: '文件',
  literal: '固定值',
  enum: '枚举值',
  nonoptional: '非空值',
};

const typeName = (name: string) => typeNames[name] ?? name;

/** The type zod says it received (`…, received array`), for the issues that do not carry it. */
function receivedType(facts: IssueFacts, message: string | undefined): string | undefined {
  if (typeof facts.received === 'string') return facts.received;
  return message?.match(/received (\w+)\s*$/)?.[1];
}

/** What a size limit counts, by the kind of value it limits. */
const unitsByOrigin: Record<string, string> = {
  string: '个字符',
  array: '项',
  set: '项',
  map: '项',
  file: '字节',
};

/** Words for "too small"/"too big" by the kind of value: a string is short, a list has few items. */
function sizeWords(origin: string): { small: string; big: string } {
  if (origin === 'string') return { small: '太短', big: '太长' };
  if (origin in unitsByOrigin) return { small: '太少', big: '太多' };
  if (origin === 'date') return { small: '太早', big: '太晚' };
  return { small: '太小', big: '太大' };
}

function limitText(origin: string, limit: unknown): string {
  if (origin === 'date' && typeof limit === 'number') return new Date(limit).toISOString();
  return String(limit);
}

function sizeReason(direction: 'small' | 'big', facts: IssueFacts): string {
  const origin = typeof facts.origin === 'string' ? facts.origin : 'number';
  const limit = direction === 'small' ? facts.minimum : facts.maximum;
  const heading = sizeWords(origin)[direction];
  if (limit === undefined) return heading;
  const unit = unitsByOrigin[origin];
  const shown = limitText(origin, limit);
  if (unit) {
    const bound = facts.exact ? '恰好' : direction === 'small' ? '至少' : '至多';
    return `${heading}：应${bound} ${shown} ${unit}`;
  }
  const operator =
    direction === 'small' ? (facts.inclusive === false ? '>' : '≥') : facts.inclusive === false ? '<' : '≤';
  return `${heading}：应 ${operator} ${shown}`;
}

function typeReason(facts: IssueFacts, message: string | undefined): string {
  const expected = typeof facts.expected === 'string' ? facts.expected : undefined;
  const received = receivedType(facts, message);
  if (!expected) return received === 'undefined' ? '缺少此项' : '类型不正确';
  if (received === 'undefined') return `缺少此项（应为${typeName(expected)}）`;
  if (expected === 'int' && received === 'number') return '应为整数，实际为带小数的数';
  if (!received) return `类型不正确：应为${typeName(expected)}`;
  return `类型不正确：应为${typeName(expected)}，实际为${typeName(received)}`;
}

const quoted = (value: unknown) => (typeof value === 'string' ? `"${value}"` : String(value));

function valueReason(facts: IssueFacts): string {
  const values = Array.isArray(facts.values) ? facts.values : [];
  if (values.length === 1) return `不是允许的取值，应为 ${quoted(values[0])}`;
  if (values.length > 1) return `不是允许的取值，应为以下之一：${values.map(quoted).join('、')}`;
  return '不是允许的取值';
}

/** Formats zod checks, by its names (`invalid_format`'s `format`). */
const formatNames: Record<string, string> = {
  uuid: 'UUID',
  guid: 'GUID',
  email: '电子邮件地址',
  url: '网址（URL）',
  date: '日期（YYYY-MM-DD）',
  datetime: 'ISO 日期时间（如 2025-01-31T08:00:00Z）',
  time: '时间（HH:MM[:SS]）',
  duration: 'ISO 时长',
  ipv4: 'IPv4 地址',
  ipv6: 'IPv6 地址',
  cidrv4: 'IPv4 网段',
  cidrv6: 'IPv6 网段',
  base64: 'Base64 文本',
  base64url: 'Base64URL 文本',
  e164: 'E.164 电话号码',
  jwt: 'JWT',
  lowercase: '全部小写',
  uppercase: '全部大写',
  cuid: 'CUID',
  cuid2: 'CUID2',
  ulid: 'ULID',
  nanoid: 'Nano ID',
  emoji: '表情符号',
  json_string: 'JSON 文本',
};

function formatReason(facts: IssueFacts): string {
  const format = typeof facts.format === 'string' ? facts.format : undefined;
  if (format === 'starts_with' && facts.prefix !== undefined)
    return `格式不正确：应以 ${quoted(facts.prefix)} 开头`;
  if (format === 'ends_with' && facts.suffix !== undefined)
    return `格式不正确：应以 ${quoted(facts.suffix)} 结尾`;
  if (format === 'includes' && facts.includes !== undefined)
    return `格式不正确：应包含 ${quoted(facts.includes)}`;
  const name = format ? formatNames[format] : undefined;
  // A pattern (`regex`) is never shown: the reader learns the form is wrong, as in English.
  if (!name) return '格式不正确';
  return `格式不正确：应为${/^[A-Za-z]/.test(name) ? ' ' : ''}${name}`;
}

function chineseReason(code: string, facts: IssueFacts, message: string | undefined): string {
  switch (code) {
    case 'invalid_type':
      return typeReason(facts, message);
    case 'too_small':
      return sizeReason('small', facts);
    case 'too_big':
      return sizeReason('big', facts);
    case 'invalid_format':
    case 'invalid_string':
      return formatReason(facts);
    case 'not_multiple_of':
      return facts.divisor === undefined ? '不是要求的倍数' : `应为 ${String(facts.divisor)} 的倍数`;
    case 'invalid_value':
    case 'invalid_enum_value':
    case 'invalid_literal':
      return valueReason(facts);
    case 'unrecognized_keys': {
      const keys = Array.isArray(facts.keys) ? facts.keys : [];
      return keys.length ? `包含不认识的字段：${keys.map(quoted).join('、')}` : '包含不认识的字段';
    }
    case 'invalid_union':
      return '不符合任何一种允许的形式';
    case 'invalid_key':
      return '包含无效的键';
    case 'invalid_element':
      return '包含无效的元素';
    default:
      return '取值无效';
  }
}
