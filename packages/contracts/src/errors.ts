/**
 * The closed set of error codes Gigpact answers with. Every error a user can see is one of these, with a message
 * in Chinese and English; the HTTP status of each code is fixed here and nowhere else.
 */
export const errorCatalogue = {
  VALIDATION_FAILED: { status: 400, zh: '提交的数据不符合要求', en: 'The submitted data is not valid' },
  MALFORMED_JSON: { status: 400, zh: '请求体不是有效的 JSON', en: 'The request body is not valid JSON' },
  UNAUTHENTICATED: { status: 401, zh: '请先登录', en: 'Please sign in first' },
  INVALID_CREDENTIALS: { status: 401, zh: '用户名或密码错误', en: 'Wrong user name or password' },
  ACCOUNT_LOCKED: {
    status: 423,
    zh: '登录失败次数过多，账户已临时锁定，请稍后再试',
    en: 'Too many failed sign-ins: the account is locked for a while, try again later',
  },
  ACCOUNT_DISABLED: { status: 403, zh: '账户已停用', en: 'This account is disabled' },
  FORBIDDEN: { status: 403, zh: '您的角色或辖区无权执行此操作', en: 'Your role or area does not allow this' },
  CSRF_INVALID: {
    status: 403,
    zh: '安全令牌缺失或已失效，请刷新页面后重试',
    en: 'The security token is missing or expired: reload the page and try again',
  },
  NOT_FOUND: { status: 404, zh: '找不到请求的内容', en: 'Not found' },
  ROUTE_NOT_FOUND: { status: 404, zh: '没有这个接口', en: 'No such endpoint' },
  METHOD_NOT_ALLOWED: {
    status: 405,
    zh: '该接口不支持此请求方法',
    en: 'This endpoint does not accept that method',
  },
  CONFLICT: {
    status: 409,
    zh: '数据已被他人修改或已存在，请刷新后重试',
    en: 'Someone changed this first, or it already exists: reload and try again',
  },
  PAYLOAD_TOO_LARGE: { status: 413, zh: '提交的内容过大', en: 'The request body is too large' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, zh: '不支持的内容类型', en: 'Unsupported content type' },
  RATE_LIMITED: { status: 429, zh: '请求过于频繁，请稍后再试', en: 'Too many requests: try again later' },
  INTERNAL: { status: 500, zh: '服务器内部错误，已记录', en: 'Internal server error: it has been logged' },
  NOT_READY: { status: 503, zh: '系统正在启动，请稍候', en: 'The system is starting: please wait' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;

export type ErrorCode = keyof typeof errorCatalogue;
export const errorCodes = Object.keys(errorCatalogue) as ErrorCode[];

/** One problem with one field of the input; `path` is where it is, e.g. `["clauses", 2, "params"]`. */
export interface FieldIssue {
  path: (string | number)[];
  zh: string;
  en: string;
}

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: ErrorCode;
    message: { zh: string; en: string };
    requestId?: string;
    issues?: FieldIssue[];
  };
}

export function httpStatusOf(code: ErrorCode): number {
  return errorCatalogue[code].status;
}
