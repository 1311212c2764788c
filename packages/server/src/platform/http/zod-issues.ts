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
    return {
      path: where ? [where, ...path] : path,
      zh: `${field}：${chineseReason(code)}`,
      en: `${path.length ? path.join('.') : (where ?? 'request')}: ${issue.message ?? code}`,
    };
  });
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
