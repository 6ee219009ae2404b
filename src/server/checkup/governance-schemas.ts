import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';
import { langSchema } from './schemas';

/** Response shapes of instrument governance (texts, licences, check-up definitions). */
const variantSchema = z.enum(['A', 'B']);
const verification = z.enum(['verified', 'consistent', 'unverified']);

export const textSchema = z
  .object({
    instrumentId: z.string(),
    version: z.string(),
    name: z.object({ 'zh-CN': z.string(), en: z.string() }),
    shortName: z.string(),
    lang: langSchema,
    verification,
    variants: z.array(variantSchema),
    licence: z.enum(['free', 'permission_required', 'permission_required_if_commercial']),
    review: z
      .object({
        status: z.enum(['approved', 'rejected']),
        variant: variantSchema.nullable(),
        reason: z.string(),
        decidedBy: z.string().nullable(),
        decidedAt: z.string(),
        isDemo: z.boolean(),
      })
      .nullable(),
    shownToWorkers: z.boolean(),
    notShownBecause: z
      .enum(['excluded', 'text_not_approved', 'text_rejected', 'licence_permission_missing'])
      .nullable(),
  })
  .meta({ id: 'InstrumentText' });

export const definitionSchema = z
  .object({
    id: z.uuid(),
    name: z.object({ 'zh-CN': z.string(), en: z.string() }),
    description: z.object({ 'zh-CN': z.string(), en: z.string() }),
    instruments: z.array(z.string()),
    audiences: z.array(z.enum(audienceIds)),
    stepUps: z.array(z.string()),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .meta({ id: 'CheckupDefinition' });

export const licenceSchema = z.object({
  commercialUse: z.boolean(),
  instruments: z.array(
    z.object({
      instrumentId: z.string(),
      name: z.object({ 'zh-CN': z.string(), en: z.string() }),
      shortName: z.string(),
      rule: z.enum(['free', 'permission_required', 'permission_required_if_commercial']),
      notice: z.string(),
      permissionNeeded: z.boolean(),
      permission: z
        .object({ reference: z.string(), note: z.string().nullable(), grantedAt: z.string() })
        .nullable(),
    }),
  ),
});
