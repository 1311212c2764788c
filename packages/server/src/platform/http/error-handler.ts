import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { AppError } from './errors';
import { toFieldIssues } from './zod-issues';

/**
 * The one place where anything thrown becomes an HTTP response: always the error body of the contracts, with the
 * request id, and never a stack trace.
 */
export function installErrorHandling(app: FastifyInstance): void {
  app.setNotFoundHandler((request, reply) => {
    const error = new AppError('ROUTE_NOT_FOUND');
    void reply.status(error.status).send(error.toBody(request.id));
  });

  app.setErrorHandler((thrown: FastifyError | AppError | Error, request, reply) => {
    const error = classify(thrown);
    if (error.status >= 500) {
      request.log.error({ err: withoutQueryParameters(thrown) }, 'request failed');
    } else {
      request.log.info({ code: error.code }, 'request refused');
    }
    if (error.code === 'RATE_LIMITED' && 'headers' in thrown && thrown.headers) {
      void reply.headers(thrown.headers as Record<string, string>);
    }
    void reply.status(error.status).send(error.toBody(request.id));
  });
}

/**
 * PostgreSQL's errors for a character it cannot store: `22021` (a NUL in text) and `22P05` (a NUL escape in
 * jsonb). Input is refused before it gets there (`nul-bytes.ts`); this is the safety net behind that.
 */
const unstorableCharacter = new Set(['22021', '22P05']);

/** Whether the error, or one of its causes (drizzle wraps the driver's error), carries one of these SQLSTATEs. */
function hasSqlState(thrown: unknown, states: ReadonlySet<string>): boolean {
  let current: unknown = thrown;
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && states.has(code)) return true;
    current = current.cause;
  }
  return false;
}

interface FailedQuery extends Error {
  query: string;
  params: unknown[];
}

function isFailedQuery(thrown: Error): thrown is FailedQuery {
  return (
    'query' in thrown &&
    typeof thrown.query === 'string' &&
    'params' in thrown &&
    Array.isArray(thrown.params)
  );
}

/**
 * A failed query as the log may keep it: its SQL and its cause, never its parameters, which hold what users sent
 * (names, identifiers, password hashes). Other errors are logged as they are.
 */
function withoutQueryParameters(thrown: Error): Error {
  if (!isFailedQuery(thrown)) return thrown;
  const logged = new Error(`Failed query: ${thrown.query}`, { cause: thrown.cause });
  logged.name = thrown.name;
  // The stack without the message it starts with, which lists the parameters.
  const frames = (thrown.stack ?? '').split('\n').filter((line) => /^\s+at /.test(line));
  logged.stack = [`${logged.name}: ${logged.message}`, ...frames].join('\n');
  return Object.assign(logged, { query: thrown.query, parameterCount: thrown.params.length });
}

function classify(thrown: Error): AppError {
  if (thrown instanceof AppError) return thrown;
  if (hasSqlState(thrown, unstorableCharacter)) {
    return new AppError('VALIDATION_FAILED', undefined, {
      zh: '提交的数据包含无法保存的字符（空字符 U+0000），请删除后重试',
      en: 'The submitted data holds a character that cannot be stored (NUL, U+0000): remove it and try again',
    });
  }
  if (hasZodFastifySchemaValidationErrors(thrown)) {
    return new AppError('VALIDATION_FAILED', toFieldIssues(thrown.validation, thrown.validationContext));
  }
  if (isResponseSerializationError(thrown)) return new AppError('INTERNAL');
  const fastifyError = thrown as FastifyError;
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('MALFORMED_JSON');
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('UNSUPPORTED_MEDIA_TYPE');
    case 'FST_ERR_VALIDATION':
      return new AppError('VALIDATION_FAILED');
    default:
      break;
  }
  if (fastifyError.statusCode === 429) return new AppError('RATE_LIMITED');
  if (thrown instanceof SyntaxError && fastifyError.statusCode === 400) return new AppError('MALFORMED_JSON');
  if (fastifyError.statusCode === 404) return new AppError('ROUTE_NOT_FOUND');
  if (fastifyError.statusCode === 405) return new AppError('METHOD_NOT_ALLOWED');
  if (fastifyError.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE');
  if (fastifyError.statusCode === 415) return new AppError('UNSUPPORTED_MEDIA_TYPE');
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new AppError('VALIDATION_FAILED');
  }
  return new AppError('INTERNAL');
}
