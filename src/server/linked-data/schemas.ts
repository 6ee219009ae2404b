import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';
import { retrievalCodeSchema } from '../checkup/schemas';

/** The limits of one linked diary: a year of days, and the note as long as the phone lets it be. */
export const DIARY_MAX_ENTRIES = 366;
export const NOTE_MAX = 500;

const day = z.iso.date().meta({ description: 'The phone’s calendar day, YYYY-MM-DD' });

export const diaryEntrySchema = z
  .strictObject({
    date: day,
    mood: z.number().int().min(1).max(5).meta({ description: '1 very low … 5 very good' }),
    sleepHours: z.number().min(0).max(16).multipleOf(0.5).nullable().optional(),
    sleepQuality: z.enum(['poor', 'fair', 'good']).nullable().optional(),
    note: z.string().max(NOTE_MAX).default(''),
    savedAt: z.iso
      .datetime({ offset: true })
      .meta({ description: 'When the phone last saved this day: the newer one wins when two phones merge' }),
  })
  .meta({ description: 'One day of the mood diary (心情日记)' });

export type LinkedDiaryEntry = z.infer<typeof diaryEntrySchema>;

const baseUpdatedAt = z.iso.datetime({ offset: true }).nullable().meta({
  description:
    'The updatedAt of the copy this set was merged from, or null when the phone saw none; a copy changed since answers 409 conflict (nothing written), and the phone merges again',
});

export const diaryPutBody = z.strictObject({
  entries: z
    .array(diaryEntrySchema)
    .max(DIARY_MAX_ENTRIES)
    .refine((list) => new Set(list.map((e) => e.date)).size === list.length, 'One entry per day')
    .meta({ description: 'The whole diary: it replaces what is linked' }),
  baseUpdatedAt,
});

export const groupsPutBody = z.strictObject({
  groups: z
    .array(z.enum(audienceIds))
    .max(audienceIds.length)
    .refine((list) => new Set(list).size === list.length, 'Each group once')
    .meta({ description: 'The worker’s groups (audience ids): they replace what is linked' }),
  baseUpdatedAt,
});

const updatedAt = z
  .string()
  .nullable()
  .meta({ description: 'When the linked copy last changed; null when nothing is linked' });

export const diaryResponse = z.object({ entries: z.array(diaryEntrySchema), updatedAt });
export const groupsResponse = z.object({ groups: z.array(z.enum(audienceIds)), updatedAt });
export const unlinkResponse = z.object({
  deleted: z.boolean().meta({ description: 'Whether there was a linked copy to delete' }),
});

export const retrievalCodeHeader = z.object({ 'x-retrieval-code': retrievalCodeSchema }).meta({
  description: 'X-Retrieval-Code: the check-up retrieval code the copy is linked to (never in a URL)',
});
