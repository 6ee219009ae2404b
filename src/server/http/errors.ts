import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DecryptionError } from '../../core/crypto/field-cipher';
import { AppError, type ErrorCode, errorStatus, isAppError } from '../../core/errors';

export const errorBodySchema = z
  .object({
    error: z.object({
      code: z.string().meta({ description: 'Stable machine-readable code' }),
      message: z.string(),
      details: z.unknown().optional(),
    }),
  })
  .meta({ id: 'Error' });

const body = (code: ErrorCode | string, message: string, details?: unknown) => ({
  error: details === undefined ? { code, message } : { code, message, details },
});

/** Fastify's own errors (bad JSON, too large, wrong content type…) mapped to our stable codes. */
function fromFastifyError(err: FastifyError): AppError | null {
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('payload_too_large', 'The request body is too large');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new AppError('unsupported_media_type', 'Send the body as application/json');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('bad_request', 'The JSON body is empty');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('bad_request', 'The body is not valid JSON');
  }
  if (err instanceof SyntaxError) return new AppError('bad_request', 'The body is not valid JSON');
  if (err.statusCode === 429)
    return new AppError('rate_limited', 'Too many requests; wait a moment and try again');
  if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
    return new AppError('bad_request', err.message);
  return null;
}

const DENIALS = new Set<ErrorCode>(['forbidden', 'stage_incomplete', 'csrf_failed']);

/** The single place where errors become HTTP responses. Refusals of a signed-in user are reported to onDenied. */
export function installErrorHandling(
  app: FastifyInstance,
  onDenied: (request: FastifyRequest, error: AppError) => Promise<void>,
): void {
  app.setErrorHandler(async (err: FastifyError, request, reply) => {
    if (hasZodFastifySchemaValidationErrors(err)) {
      const details = err.validation.map((v) => ({
        in: err.validationContext,
        path: v.instancePath || '/',
        message: v.message,
      }));
      return reply.status(400).send(body('validation_failed', 'Some fields are missing or invalid', details));
    }
    if (isAppError(err)) {
      if (err.status >= 500) request.log.error({ err }, err.message);
      if (DENIALS.has(err.code)) {
        await onDenied(request, err).catch((e: unknown) =>
          request.log.error({ err: e }, 'could not audit a denial'),
        );
      }
      return reply.status(err.status).send(body(err.code, err.message, err.details));
    }
    if (isResponseSerializationError(err)) {
      request.log.error(
        { err: { message: err.message, issues: err.cause.issues } },
        'response did not match its schema',
      );
      return reply.status(500).send(body('internal', 'Something went wrong on our side'));
    }
    if ((err as unknown) instanceof DecryptionError) {
      // Never silence it, never say what the record holds: which request failed is in the log for the operator.
      request.log.error(
        { err: { name: 'DecryptionError', message: err.message } },
        'a sealed record did not open',
      );
      return reply
        .status(errorStatus.record_unreadable)
        .send(
          body(
            'record_unreadable',
            'A confidential record could not be opened: it was changed or its key is missing',
          ),
        );
    }
    const mapped = fromFastifyError(err);
    if (mapped) return reply.status(mapped.status).send(body(mapped.code, mapped.message, mapped.details));
    request.log.error({ err }, 'unhandled error');
    return reply.status(500).send(body('internal', 'Something went wrong on our side'));
  });
}

export { errorStatus };
