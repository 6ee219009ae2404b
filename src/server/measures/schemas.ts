import { z } from 'zod';
import { instrumentFormSchema, langSchema } from '../checkup/schemas';

const answersSchema = z
  .array(z.number().int().min(0).max(100))
  .min(1)
  .max(60)
  .meta({ description: 'One option value per item, in item order (as the instrument form lists them)' });

export const giveMeasureBody = z.discriminatedUnion('via', [
  z.strictObject({
    instrumentId: z.string().max(32),
    via: z.literal('in_room'),
    answers: answersSchema,
    lang: langSchema.optional(),
  }),
  z.strictObject({
    instrumentId: z.string().max(32),
    via: z.literal('link'),
    send: z.enum(['sms', 'none']).meta({
      description: 'sms: text the link to the phone the worker consented to; none: hand it over yourself',
    }),
    lang: langSchema.optional(),
  }),
]);

const bandSchema = z.object({ code: z.string(), label: z.string(), level: z.number().int() });

export const measureSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    instrumentId: z.string(),
    instrumentVersion: z.string(),
    name: z.string(),
    via: z.enum(['in_room', 'link']),
    status: z.enum(['requested', 'completed', 'expired', 'cancelled']),
    lang: langSchema,
    requestedAt: z.string(),
    expiresAt: z.string().nullable(),
    completedAt: z.string().nullable(),
    score: z.number().nullable(),
    percentage: z.number().nullable().meta({ description: 'WHO-5: the raw score × 4' }),
    band: bandSchema.nullable(),
    flags: z.array(z.string()),
    crisis: z.enum(['urgent', 'elevated']).nullable(),
  })
  .meta({ id: 'CaseMeasure' });

export const giveMeasureResponse = z.object({
  measure: measureSchema,
  link: z
    .string()
    .nullable()
    .meta({ description: 'The single-use link for the worker (by link only; shown once)' }),
  sms: z.enum(['sent', 'failed', 'not_sent']),
});

const changeSchema = z.object({
  change: z.number(),
  reliable: z.enum(['improved', 'deteriorated', 'none']),
  baselineInRange: z.boolean(),
  latestInRange: z.boolean(),
  reliableRecovery: z.boolean(),
});

export const measureSeriesResponse = z.object({
  instruments: z.array(
    z.object({
      instrumentId: z.string(),
      name: z.string(),
      range: z.tuple([z.number(), z.number()]),
      direction: z.enum(['higher_is_worse', 'higher_is_better']),
      bands: z.array(z.object({ code: z.string(), min: z.number(), label: z.string(), level: z.number() })),
      reliableChange: z
        .object({ points: z.number(), source: z.string() })
        .nullable()
        .meta({ description: 'The smallest change beyond measurement error, or null (trend only)' }),
      points: z.array(
        z.object({
          id: z.uuid(),
          at: z.string(),
          score: z.number(),
          percentage: z.number().nullable(),
          band: bandSchema,
          flags: z.array(z.string()),
          via: z.enum(['in_room', 'link']),
          sinceBaseline: changeSchema.nullable(),
        }),
      ),
    }),
  ),
  openRequests: z.array(measureSchema),
});

export const measureTokenHeader = z
  .object({
    'x-measure-token': z.string().max(200).meta({
      description: 'The token from the link’s fragment (#t=…): never put it in a URL path or query',
    }),
  })
  .meta({ description: 'The single-use questionnaire link’s token' });

export const currentMeasureResponse = z.object({
  instrument: instrumentFormSchema,
  expiresAt: z.string(),
});

export const answerMeasureBody = z.strictObject({ answers: answersSchema, lang: langSchema.optional() });

export const answerMeasureResponse = z.object({
  score: z.number(),
  percentage: z.number().nullable(),
  band: bandSchema,
  crisis: z.object({
    triggered: z.boolean(),
    level: z.enum(['urgent', 'elevated']).nullable(),
    resources: z.array(
      z.object({
        name: z.string(),
        phone: z.string(),
        hours: z.string(),
        kind: z.enum(['hotline', 'emergency']),
      }),
    ),
  }),
});
