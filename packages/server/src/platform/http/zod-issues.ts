import type { FieldIssue } from '@gigpact/contracts';

interface ZodLikeIssue {
  path?: PropertyKey[];
  instancePath?: string;
  message?: string;
  code?: string;
  keyword?: string;
  params?: Record<string, unknown>;
}

/**
 * Turns validation issues (zod's, as fastify reports them) into bilingual field issues. The English text is zod's
 * own; the Chinese text names the field and the kind of problem.
 */
export function toFieldIssues(issues: readonly ZodLikeIssue[], where?: string): FieldIssue[] {
  return issues.map((issue) => {
    const path =
      issue.path?.map((p) => (typeof p === 'number' ? p : String(p))) ??
      (issue.instancePath ?? '').split('/').filter(Boolean);
    const field = path.length ? path.join('.') : (where ?? '请求');
    const code = issue.code ?? issue.keyword ?? 'invalid';
    const said = bilingualMessage(issue.message);
    return {
      path: where ? [where, ...path] : path,
      zh: `${field}：${said?.zh ?? chineseReason(code)}`,
      en: `${path.length ? path.join('.') : (where ?? 'request')}: ${said?.en ?? englishReason(issue.message, code)}`,
    };
  });
}

/** A schema's own message written `中文 / English` (`区代码（6位数字） / a district code (6 digits)`), split. */
function bilingualMessage(message: string | undefined): { zh: string; en: string } | undefined {
  const match = message?.match(/^(.*[\u4e00-\u9fff].*?) \/ ([^\u4e00-\u9fff]+)$/);
  return match ? { zh: match[1]!, en: match[2]! } : undefined;
}

/** zod's own words, but never a regular expression: a reader is told the form is wrong, not shown the pattern. */
function englishReason(message: string | undefined, code: string): string {
  if (!message) return code;
  return /must match pattern/.test(message) ? 'not in the expected form' : message;
}

function chineseReason(code: string): string {
  switch (code) {
    case 'invalid_type':
      return '类型不正确或缺失';
    case 'too_small':
      return '太短或太小';
    case 'too_big':
      return '太长或太大';
    case 'invalid_format':
    case 'invalid_string':
      return '格式不正确';
    case 'invalid_value':
    case 'invalid_enum_value':
      return '不是允许的取值';
    case 'unrecognized_keys':
      return '包含不认识的字段';
    default:
      return '取值无效';
  }
}
