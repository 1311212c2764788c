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
      request.log.error({ err: thrown }, 'request failed');
    } else {
      request.log.info({ code: error.code }, 'request refused');
    }
    if (error.code === 'RATE_LIMITED' && 'headers' in thrown && thrown.headers) {
      void reply.headers(thrown.headers as Record<string, string>);
    }
    void reply.status(error.status).send(error.toBody(request.id));
  });
}

function classify(thrown: Error): AppError {
  if (thrown instanceof AppError) return thrown;
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
