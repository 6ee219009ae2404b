import { z } from 'zod';
import { errorBodySchema } from './errors';

/** Shared building blocks for route schemas. */
export const uuid = z.uuid();
export const idParams = z.strictObject({ id: z.uuid() });

export const pageQuery = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
};

/** "true"/"false" in a query string. */
export const queryBoolean = z
  .enum(['true', 'false', '1', '0'])
  .transform((v) => v === 'true' || v === '1')
  .optional();

export const isoDate = z.iso.datetime({ offset: true }).or(z.iso.date());

/** The error responses every API route may give, documented once. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  429: errorBodySchema,
} as const;

export const okSchema = z.object({ ok: z.literal(true) });

/**
 * For hot routes whose response is built by typed presenters: write it out without re-validating it against
 * its schema (which stays for the documentation, and the tests check responses against it).
 */
export const plainJsonSerializer = () => (data: unknown) => JSON.stringify(data);

/** The Idempotency-Key header of public writes that a phone may retry on a weak signal. */
export const idempotencyKeyHeader = (what: string) =>
  z
    .object({
      'idempotency-key': z
        .string()
        .regex(
          /^[A-Za-z0-9_.:-]{8,100}$/,
          'Idempotency-Key: 8–100 letters, digits, dots, dashes, colons or underscores',
        )
        .optional(),
    })
    .meta({ description: `A retry with the same Idempotency-Key returns the first answer and ${what}` });
