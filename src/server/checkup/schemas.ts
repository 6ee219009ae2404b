import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';
import { isRetrievalCode } from '../../core/instruments/retrieval-code';

export const langSchema = z.enum(['zh-CN', 'en']);

export const publicQuery = {
  lang: langSchema
    .optional()
    .meta({ description: 'zh-CN (default) or en; otherwise taken from Accept-Language' }),
  tenant: z
    .string()
    .trim()
    .max(40)
    .optional()
    .meta({ description: 'Federation short name; default: the configured one' }),
};

export const retrievalCodeSchema = z
  .string()
  .trim()
  .max(40)
  .refine(isRetrievalCode, 'A retrieval code has 16 letters and digits, like ABCD-EFGH-2345-JKLM')
  .meta({ description: 'The private code returned by the first submission; send it only in request bodies' });

const localisedOption = z.object({ value: z.number(), label: z.string() });

export const instrumentFormSchema = z
  .object({
    id: z.string(),
    version: z.string(),
    lang: langSchema,
    variant: z.enum(['A', 'B']).nullable(),
    name: z.string(),
    shortName: z.string(),
    minutes: z.number(),
    timeframe: z.string().nullable(),
    instructions: z.string(),
    items: z.array(
      z.object({
        n: z.number().int(),
        text: z.string(),
        options: z.array(localisedOption),
        reverse: z.boolean().meta({ description: 'Scored from the other end (scoring.reverseFrom − value)' }),
        critical: z.boolean(),
      }),
    ),
    scoring: z.object({
      method: z.enum(['sum', 'mean']),
      reverseFrom: z.number().optional(),
      range: z.tuple([z.number(), z.number()]),
      transform: z
        .object({
          code: z.literal('percentage'),
          factor: z.number(),
          range: z.tuple([z.number(), z.number()]),
        })
        .optional(),
      direction: z.enum(['higher_is_worse', 'higher_is_better']),
      subscales: z
        .array(
          z.object({
            id: z.string(),
            label: z.object({ 'zh-CN': z.string(), en: z.string() }),
            items: z.array(z.number().int()),
            range: z.tuple([z.number(), z.number()]),
            positiveAt: z.number(),
            equals: z.string().optional(),
          }),
        )
        .optional(),
      decimals: z.number().optional(),
    }),
    bands: z.array(
      z.object({ code: z.string(), min: z.number(), label: z.string(), level: z.number().int() }),
    ),
    bandsDescriptive: z.boolean(),
    flags: z.array(z.record(z.string(), z.unknown())),
    criticalItems: z.array(z.object({ n: z.number().int(), threshold: z.number(), urgentAt: z.number() })),
    attribution: z.string(),
  })
  .meta({
    id: 'InstrumentForm',
    description: 'One instrument in one language and wording, with how to score it',
  });

export const stepUpSchema = z.object({
  instrument: z.string(),
  reason: z.string(),
  when: z.array(z.record(z.string(), z.unknown())),
  carryOver: z.array(z.object({ from: z.string(), item: z.number().int(), to: z.number().int() })),
});

export const checkupSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    description: z.string(),
    instruments: z.array(z.string()),
    audiences: z.array(z.enum(audienceIds)).meta({
      description: 'Audience groups it is meant for; empty is for everyone (list it first for them)',
    }),
    itemCount: z.number().int(),
    minutes: z.number(),
    stepUps: z.array(stepUpSchema),
  })
  .meta({ id: 'Checkup' });

export const submissionBody = z.strictObject({
  checkup: z
    .string()
    .trim()
    .min(1)
    .max(64)
    .meta({ description: '"default", a federation check-up id, or an instrument id' }),
  answers: z
    .record(z.string().max(32), z.array(z.unknown()).max(100))
    .refine((a) => Object.keys(a).length > 0 && Object.keys(a).length <= 20, 'Answer at least one instrument')
    .meta({ description: 'Instrument id → option values, in item order' }),
  retrievalCode: retrievalCodeSchema.optional(),
  campaign: z
    .string()
    .trim()
    .min(4)
    .max(40)
    .optional()
    .meta({ description: 'The code of a campaign link or QR code' }),
  lang: langSchema.optional(),
  tenant: publicQuery.tenant,
});

export const submissionResponseSchema = z
  .object({
    id: z.uuid(),
    retrievalCode: z.string(),
    createdAt: z.string(),
    results: z.array(
      z.object({
        instrument: z.string(),
        version: z.string(),
        score: z
          .number()
          .meta({ description: 'In the metric of scoring.range (WHO-5 raw 0–25, CBI the 0–100 mean)' }),
        percentage: z.number().optional().meta({ description: 'WHO-5: raw × 4' }),
        band: z.object({ code: z.string(), label: z.string(), level: z.number().int() }),
        bandsDescriptive: z.boolean(),
        subscales: z.array(z.object({ id: z.string(), score: z.number(), positive: z.boolean() })),
        flags: z.array(z.string()),
      }),
    ),
    crisis: z.object({
      triggered: z.boolean(),
      level: z.enum(['urgent', 'elevated']).nullable(),
      reasons: z.array(z.string()),
      resources: z.array(
        z.object({
          name: z.string(),
          phone: z.string(),
          hours: z.string(),
          kind: z.enum(['hotline', 'emergency']),
        }),
      ),
    }),
    stepUps: z.array(z.object({ instrument: z.string(), reason: z.string() })),
  })
  .meta({ id: 'SubmissionResult' });

export const historyResponseSchema = z.object({
  submissions: z.array(
    z.object({
      id: z.uuid(),
      checkup: z.string(),
      createdAt: z.string(),
      results: z.array(
        z.object({
          instrument: z.string(),
          name: z.string(),
          score: z.number(),
          percentage: z.number().optional(),
          range: z.tuple([z.number(), z.number()]),
          direction: z.enum(['higher_is_worse', 'higher_is_better']),
          band: z.object({ code: z.string(), label: z.string(), level: z.number().int() }),
          flags: z.array(z.string()),
        }),
      ),
    }),
  ),
});

/** Mainland mobile or a landline with area code; spaces and dashes allowed. */
export const phoneSchema = z
  .string()
  .trim()
  .transform((p) => p.replace(/[\s-]/g, '').replace(/^\+?86/, ''))
  .refine(
    (p) => /^1[3-9]\d{9}$/.test(p) || /^0\d{2,3}\d{7,8}$/.test(p),
    'A mobile number (11 digits) or a landline with its area code',
  );

export const contactRequestBody = z.strictObject({
  phone: phoneSchema,
  preferredTime: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .meta({ description: 'When to call, in the worker’s words' }),
  message: z.string().trim().max(500).optional(),
  consent: z
    .literal(true)
    .meta({ description: 'The worker agreed to the contact consent text (separate, explicit)' }),
  submissionId: z.uuid().optional(),
  retrievalCode: retrievalCodeSchema.optional(),
  shareResults: z.boolean().default(false),
  crisisLevel: z.enum(['urgent', 'elevated']).optional().meta({
    description:
      'The crisis level the worker’s phone assessed (core crisis rules), for a request made from the crisis screen before the check-up was sent; it can only raise the priority',
  }),
  tenant: publicQuery.tenant,
});
