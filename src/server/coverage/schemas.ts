import { z } from 'zod';
import { MAX_SUGGESTIONS } from '../../core/coverage/suggestions';

const day = z.iso.date();
const mode = z
  .enum(['walk', 'drive'])
  .default('walk')
  .describe('On foot or by car: the reach is 15 minutes of this (default walk)');

export const coverageQuery = z.strictObject({
  mode,
  week: day
    .optional()
    .describe(
      'Any day (YYYY-MM-DD) of the ISO week to count open points in; default this week in the federation’s zone',
    ),
  organisationId: z
    .uuid()
    .optional()
    .describe('Count the enterprises of this organisation’s subtree; default the viewer’s own reach'),
});

export const suggestionsQuery = coverageQuery.extend({
  count: z.coerce
    .number()
    .int()
    .min(1)
    .max(MAX_SUGGESTIONS)
    .default(3)
    .describe(`How many sites to suggest, 1 to ${MAX_SUGGESTIONS} (default 3)`),
});

const latLng = { lat: z.number(), lng: z.number() };
const share = z.number().nullable().describe('0–1; null when there is nothing to divide by');
const org = {
  id: z.uuid(),
  name: z.string(),
  nameEn: z.string().nullable(),
};

const scopeSchema = z.object({ ...org, kind: z.string() }).meta({ description: 'The organisation counted' });

const enterpriseSchema = z.object({
  ...org,
  ...latLng,
  members: z.number().int().describe('Members the enterprise reports (an aggregate; 0 when unknown)'),
});

export const coverageSchema = z
  .object({
    scope: scopeSchema,
    mode: z.enum(['walk', 'drive']),
    date: day,
    week: z.object({ monday: day, sunday: day, label: z.string().describe('ISO week, e.g. 2026-W49') }),
    minutes: z.number().int(),
    radiusMetres: z.number().int().describe('Straight-line radius the minutes reach (an estimate)'),
    estimate: z
      .object({
        speeds: z.object({ walkKmh: z.number(), driveKmh: z.number() }),
        detourFactor: z.number().describe('Route length ÷ straight-line length assumed'),
        overheadMinutes: z.number().describe('Minutes lost before moving (parking, by car)'),
      })
      .describe('How the reach is estimated: distance and speed, not a routing service'),
    map: z.object({
      tileUrl: z
        .string()
        .nullable()
        .describe('Tile template with {z}/{x}/{y}; null = draw district outlines'),
      attribution: z.string().nullable(),
    }),
    figures: z.object({
      enterprises: z.object({ total: z.number().int(), covered: z.number().int(), share }),
      members: z.object({ total: z.number().int(), covered: z.number().int(), share }),
      unlocated: z.number().int().describe('Enterprises without coordinates, left out of the figures'),
    }),
    points: z.array(
      z.object({
        ...org,
        nameEn: z.string(),
        kind: z.string(),
        ...latLng,
        open: z.boolean().describe('Open on some day of the week asked for'),
      }),
    ),
    enterprises: z.array(enterpriseSchema.extend({ covered: z.boolean() })),
    outside: z
      .array(enterpriseSchema.extend({ nearestMetres: z.number().int().nullable() }))
      .describe('Enterprises beyond reach of every open point, most members first'),
    districts: z.array(
      z.object({
        ...org,
        rings: z.array(z.array(z.object(latLng))).describe('Outer rings of the outline'),
        approximate: z.boolean().describe('True when drawn as the hull of the district’s places'),
      }),
    ),
  })
  .meta({ id: 'Coverage' });

export const suggestionsSchema = z
  .object({
    scope: scopeSchema,
    mode: z.enum(['walk', 'drive']),
    date: day,
    radiusMetres: z.number().int(),
    members: z.object({ total: z.number().int(), covered: z.number().int() }),
    suggestions: z.array(
      z.object({
        rank: z.number().int(),
        site: z.object({ ...org, kind: z.string(), ...latLng }),
        addedMembers: z.number().int().describe('Members newly within reach, after the sites ranked before'),
        enterprises: z.array(enterpriseSchema),
        membersCoveredAfter: z.number().int(),
      }),
    ),
  })
  .meta({
    id: 'CoverageSuggestions',
    description:
      'Greedy maximum coverage: each site adds the most uncovered members given those before it; within 1 − 1/e (≈ 63%) of the best possible choice of as many sites.',
  });
