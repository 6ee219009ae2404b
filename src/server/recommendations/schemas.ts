import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';
import { selfHelpTools, topicIds } from '../../core/content/topics';
import { MAX_RULES } from '../../core/recommendations/types';

/** The rule sets' shapes: one schema per route; bands and placeholders are checked by core/recommendations/validate.ts. */
const reasonText = (max: number) => z.string().trim().min(1).max(max);

export const recommendSchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('tool'), tool: z.enum(selfHelpTools) }),
    z.strictObject({ type: z.literal('topic'), topic: z.enum(topicIds) }),
    z.strictObject({
      type: z.literal('article'),
      slug: z
        .string()
        .regex(/^[a-z0-9-]{3,80}$/)
        .meta({ description: 'A library article, by its slug' }),
    }),
    z.strictObject({ type: z.literal('counsellor') }),
    z.strictObject({
      type: z.literal('event_kind'),
      kind: z
        .string()
        .regex(/^[a-z_]{1,40}$/)
        .meta({
          description: 'A kind of event (events come later; the worker app shows nothing for it yet)',
        }),
    }),
  ])
  .meta({ id: 'RecommendationTarget' });

export const ruleSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9_-]{1,40}$/),
    when: z.strictObject({
      instrument: z.string().max(32).optional(),
      bands: z
        .array(z.string().max(40))
        .max(10)
        .optional()
        .meta({ description: 'Band codes of that instrument as the scoring engine gives them' }),
      crisis: z
        .boolean()
        .optional()
        .meta({ description: 'true: only on the crisis path; false: only off it' }),
      audiences: z.array(z.enum(audienceIds)).max(audienceIds.length).optional(),
    }),
    recommend: recommendSchema,
    reason: z
      .strictObject({ zh: reasonText(200), en: reasonText(400) })
      .meta({ description: 'What the worker reads; {{band}}, {{area}} and {{group}} are filled in' }),
    priority: z.number().int().min(0).max(100).meta({ description: 'Higher first; ties keep the order' }),
  })
  .meta({ id: 'RecommendationRule' });

export const rulesSchema = z.array(ruleSchema).max(MAX_RULES);

const person = z.object({ id: z.uuid(), displayName: z.string() }).nullable();

export const publicRulesResponse = z
  .object({
    version: z.number().int().meta({ description: '0 for the default rules' }),
    rules: rulesSchema,
  })
  .meta({ id: 'RecommendationRules' });

export const ruleSetResponse = z
  .object({
    version: z.number().int(),
    isDefault: z.boolean(),
    rules: rulesSchema,
    defaults: rulesSchema.meta({ description: 'The default rules, to start again from' }),
    updatedAt: z.string().nullable(),
    updatedBy: person,
    note: z.string().nullable(),
    instruments: z
      .array(
        z.object({
          id: z.string(),
          shortName: z.string(),
          name: z.object({ 'zh-CN': z.string(), en: z.string() }),
          bands: z.array(
            z.object({
              code: z.string(),
              level: z.number().int(),
              label: z.object({ 'zh-CN': z.string(), en: z.string() }),
            }),
          ),
        }),
      )
      .meta({ description: 'Instruments and the bands their scoring gives, for conditions and samples' }),
  })
  .meta({ id: 'RecommendationRuleSet' });

export const saveRuleSetBody = z.strictObject({
  rules: rulesSchema,
  baseVersion: z.number().int().min(0).meta({ description: 'The version edited (0: the defaults)' }),
  note: z.string().trim().max(200).optional(),
});

export const sampleSchema = z.strictObject({
  results: z.array(z.strictObject({ instrument: z.string().max(32), band: z.string().max(40) })).max(20),
  crisis: z.boolean().default(false),
  audiences: z.array(z.enum(audienceIds)).max(audienceIds.length).default([]),
});

export const previewBody = z.strictObject({
  rules: rulesSchema,
  sample: sampleSchema,
  limit: z.number().int().min(1).max(20).optional(),
});

export const recommendationSchema = z
  .object({
    target: z.union([recommendSchema, z.object({ type: z.literal('crisis_help') })]),
    reason: z.object({ zh: z.string(), en: z.string() }),
    ruleId: z.string(),
  })
  .meta({ id: 'Recommendation' });

export const previewResponse = z.object({ recommendations: z.array(recommendationSchema) });
