import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';
import { contentKinds, selfHelpTools, topicIds } from '../../core/content/topics';
import { contentStatuses, historyActions } from '../../core/content/workflow';
import { langSchema } from '../checkup/schemas';

/** Request and response shapes of the content library (issue 6 contract). */
export const kindSchema = z.enum(contentKinds);
export const topicSchema = z.enum(topicIds);
export const audienceSchema = z.enum(audienceIds);
export const statusSchema = z.enum(contentStatuses);
export const toolSchema = z.enum(selfHelpTools);

const iso = z.string().meta({ description: 'ISO 8601 instant' });
const person = z.object({ id: z.string(), displayName: z.string() }).meta({ id: 'ContentPerson' });

const mediaOut = z
  .object({ type: z.enum(['video', 'audio']), url: z.string(), durationMinutes: z.number().int().nullable() })
  .nullable();

export const contentSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    kind: kindSchema,
    topics: z.array(topicSchema),
    audiences: z.array(audienceSchema),
    title: z.string(),
    summary: z.string(),
    readingMinutes: z.number().int(),
    publishedAt: iso,
    coverImageUrl: z.string().nullable(),
    media: mediaOut,
    lang: langSchema.meta({ description: 'The language of this text (English falls back to Chinese)' }),
  })
  .meta({ id: 'ContentSummary' });

export const contentDetailSchema = contentSummarySchema
  .extend({
    bodyHtml: z.string(),
    version: z.number().int(),
    updatedAt: iso,
    availableLangs: z.array(langSchema),
  })
  .meta({ id: 'ContentDetail' });

export const searchHitSchema = contentSummarySchema
  .extend({ snippet: z.string() })
  .meta({ id: 'ContentSearchHit' });

const text = (max: number) => z.string().trim().min(1).max(max);
const langInput = z.strictObject({ title: text(120), summary: text(500), bodyHtml: z.string().max(200_000) });
const langOutput = z.object({ title: z.string(), summary: z.string(), bodyHtml: z.string() });

export const contentInputSchema = z
  .strictObject({
    kind: kindSchema,
    slug: z
      .string()
      .regex(/^[a-z0-9-]{3,80}$/, 'A short name of 3–80 lower-case letters, digits and dashes')
      .meta({ description: 'Part of the address workers open: a-z, 0-9 and -, 3–80 characters' }),
    topics: z.array(topicSchema).min(1).max(9),
    audiences: z.array(audienceSchema).max(20),
    readingMinutes: z.number().int().min(1).max(600).optional(),
    zh: langInput,
    en: langInput.nullable(),
    media: z
      .strictObject({
        type: z.enum(['video', 'audio']),
        url: z.url({ protocol: /^https$/ }).max(2000),
        durationMinutes: z.number().int().min(1).max(1440).nullable().optional(),
      })
      .nullable(),
    coverImageId: z.uuid().nullable(),
  })
  .meta({ id: 'ContentInput' });

export const contentUpdateSchema = contentInputSchema
  .extend({ baseVersion: z.number().int().min(1), note: z.string().trim().max(500).optional() })
  .meta({ id: 'ContentUpdate' });

export const staffSummarySchema = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    kind: kindSchema,
    status: statusSchema,
    topics: z.array(topicSchema),
    audiences: z.array(audienceSchema),
    titleZh: z.string(),
    titleEn: z.string().nullable(),
    currentVersion: z.number().int(),
    publishedVersion: z.number().int().nullable(),
    publishAt: iso.nullable(),
    publishedAt: iso.nullable(),
    updatedAt: iso,
    author: person,
    reviewer: person.nullable(),
  })
  .meta({ id: 'StaffContentSummary' });

export const versionBodySchema = z.object({
  zh: langOutput,
  en: langOutput.nullable(),
  media: mediaOut,
  coverImageId: z.uuid().nullable(),
  readingMinutes: z.number().int(),
});

export const staffDetailSchema = staffSummarySchema
  .extend({
    ...versionBodySchema.shape,
    versions: z.array(
      z.object({ version: z.number().int(), savedAt: iso, savedBy: person, note: z.string().nullable() }),
    ),
    history: z.array(
      z.object({
        at: iso,
        action: z.enum(historyActions),
        by: person.nullable(),
        comment: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: 'StaffContentDetail' });

export const versionSchema = versionBodySchema
  .extend({
    version: z.number().int(),
    savedAt: iso,
    savedBy: person,
    topics: z.array(topicSchema),
    audiences: z.array(audienceSchema),
  })
  .meta({ id: 'ContentVersion' });

export const imageSchema = z
  .object({
    id: z.uuid(),
    url: z.string(),
    width: z.number().int(),
    height: z.number().int(),
    bytes: z.number().int(),
  })
  .meta({ id: 'ContentImage' });
