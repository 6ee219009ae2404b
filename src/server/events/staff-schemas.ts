import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';
import { isEventKind } from '../../core/events/kinds';
import { localDate } from '../booking/schemas';
import { ruleSchema } from '../booking/staff-schemas';

/** Shapes of the staff side of group events (issue 7's "Staff API"), for the API and the console. */

const instant = z.iso.datetime({ offset: true });

export const eventKindSchema = z
  .string()
  .refine(isEventKind, { message: 'not a known event kind (or custom:<slug>)' })
  .meta({
    description: 'A built-in kind (lecture, roadside_station …) or the federation’s own custom:<slug>',
  });

export const placeInputSchema = z
  .discriminatedUnion('kind', [
    z.strictObject({
      kind: z.literal('service_point'),
      servicePointId: z.uuid(),
      roomId: z.uuid().optional(),
    }),
    z.strictObject({
      kind: z.literal('site'),
      siteName: z.string().trim().min(2).max(120),
      siteAddress: z.string().trim().min(2).max(200),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
    }),
    z.strictObject({ kind: z.literal('online'), onlineUrl: z.url().max(500) }),
  ])
  .meta({ description: 'At a service point (and room), at a site (an enterprise, a truck stop), or online' });

export const hostInputSchema = z
  .union([
    z.strictObject({ userId: z.uuid() }),
    z.strictObject({ name: z.string().trim().min(1).max(60), nameEn: z.string().trim().min(1).max(120) }),
  ])
  .meta({ description: 'A counsellor with an account and a profile, or an outside expert by name' });

export const eventFields = {
  organisationId: z.uuid().meta({ description: 'Where the event sits in the tree (its staff reach)' }),
  kind: eventKindSchema,
  title: z.string().trim().min(2).max(120),
  titleEn: z.string().trim().min(2).max(200),
  description: z.string().trim().max(5000).default(''),
  descriptionEn: z.string().trim().max(8000).default(''),
  place: placeInputSchema,
  startsAt: instant,
  endsAt: instant,
  capacity: z.number().int().min(1).max(5000),
  audiences: z.array(z.enum(audienceIds)).max(20).default([]),
  visibility: z.enum(['open', 'invitation']).default('open'),
  invitedOrganisationId: z.uuid().nullable().optional(),
  registrationOpensAt: instant.nullable().optional(),
  registrationClosesAt: instant.nullable().optional(),
  hosts: z.array(hostInputSchema).max(10).default([]),
};

export const seriesSchema = z
  .strictObject({ rule: ruleSchema, until: localDate })
  .meta({ description: 'One event per occurrence of the rule up to `until`, each at the same local time' });

const blockDutySlots = z.boolean().meta({
  description:
    'Take the hosts’ open counselling slots at their stations in that time for the event (blocked as the calendar blocks time); without it their duty refuses 409 host_busy. Booked slots always refuse.',
});

export const eventInputSchema = z
  .strictObject({
    ...eventFields,
    series: seriesSchema.optional(),
    blockDutySlots: blockDutySlots.default(false),
  })
  .meta({ id: 'EventInput' });

type WithoutDefault<T> = T extends z.ZodDefault<infer Inner> ? Inner : T;

/** A change names only the fields it changes (a default would otherwise put every default back). */
export const eventChangesSchema = z
  .strictObject(
    Object.fromEntries(
      Object.entries(eventFields).map(([k, v]) => [
        k,
        (v instanceof z.ZodDefault ? v.unwrap() : v).optional(),
      ]),
    ) as { [K in keyof typeof eventFields]: z.ZodOptional<WithoutDefault<(typeof eventFields)[K]>> },
  )
  .extend({ blockDutySlots: blockDutySlots.optional() })
  .meta({ id: 'EventChanges' });

export type EventInput = z.output<typeof eventInputSchema>;
export type EventChanges = z.output<typeof eventChangesSchema>;

export const listQuerySchema = z.strictObject({
  from: instant.optional(),
  to: instant.optional(),
  kind: z.string().max(60).optional(),
  status: z.enum(['draft', 'published', 'cancelled']).optional(),
});

export const exportQuerySchema = z.strictObject({ from: instant.optional(), to: instant.optional() });

const placeSchema = z.object({
  kind: z.enum(['service_point', 'site', 'online']),
  name: z.string(),
  address: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  servicePointId: z.uuid().nullable(),
  roomId: z.uuid().nullable().meta({ description: 'Staff only: the room at the service point' }),
  onlineUrl: z.string().nullable().meta({ description: 'Staff only: the online session’s address' }),
});

export const managedEventSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    kindName: z.string(),
    title: z.string(),
    titleEn: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    timeZone: z.string(),
    status: z.enum(['draft', 'published', 'cancelled']),
    place: placeSchema,
    capacity: z.number().int(),
    registered: z.number().int(),
    waitlisted: z.number().int(),
    attended: z.number().int().meta({ description: 'Registrations checked in' }),
    walkIns: z.number().int(),
    hosts: z.array(z.object({ userId: z.uuid().nullable(), name: z.string(), nameEn: z.string() })),
    organisationId: z.uuid(),
    organisationName: z.string(),
    visibility: z.enum(['open', 'invitation']),
    seriesId: z.uuid().nullable(),
    orderId: z.uuid().nullable(),
  })
  .meta({ id: 'ManagedEventSummary' });

export const managedEventSchema = managedEventSummarySchema
  .extend({
    description: z.string(),
    descriptionEn: z.string(),
    audiences: z.array(z.string()),
    registrationOpensAt: z.string().nullable(),
    registrationClosesAt: z.string().nullable(),
    invitedOrganisationId: z.uuid().nullable(),
    invitedOrganisationName: z.string().nullable(),
    inviteLink: z
      .string()
      .nullable()
      .meta({ description: 'Only in the answer that made it: the event keeps the token’s hash only' }),
    replayUrl: z.string().nullable(),
    summary: z.string().nullable(),
    summaryEn: z.string().nullable(),
    cancelReason: z.string().nullable(),
  })
  .meta({ id: 'ManagedEvent' });

export const materialsSchema = z.strictObject({
  replayUrl: z.url().max(500).nullable().optional(),
  summary: z.string().trim().max(5000).nullable().optional(),
  summaryEn: z.string().trim().max(8000).nullable().optional(),
});

export const walkInSchema = z.strictObject({
  count: z.number().int().min(1).max(1000),
  note: z.string().trim().max(300).optional(),
});

export const carePackageSchema = z.strictObject({
  audienceGroup: z
    .union([z.literal('general'), z.enum(audienceIds)])
    .meta({ description: '`general`, or the audience group the packages were for' }),
  count: z.number().int().min(1).max(5000),
});

export const cancelSchema = z.strictObject({ reason: z.string().trim().min(2).max(300) });

export const doorPosterSchema = z.object({
  code: z.string(),
  link: z.string(),
  qrSvg: z.string().meta({ description: 'The link as a QR code, to print on the door poster' }),
});

export const reportSchema = z
  .object({
    registered: z.number().int(),
    waitlisted: z.number().int(),
    cancelled: z.number().int(),
    attended: z.number().int(),
    walkIns: z.number().int(),
    attendance: z.number().int().meta({ description: 'Checked in plus walk-ins' }),
    noShows: z.number().int().meta({ description: 'Registered, not checked in, once the event has ended' }),
    carePackages: z.array(z.object({ audienceGroup: z.string(), count: z.number().int() })),
    feedback: z.object({
      count: z.number().int(),
      average: z.number().nullable(),
      distribution: z.array(z.number().int()).meta({ description: 'How many gave 1, 2, 3, 4 and 5' }),
      comments: z.array(z.object({ rating: z.number().int(), comment: z.string(), createdAt: z.string() })),
    }),
  })
  .meta({ id: 'EventReport' });

export const eventHostSchema = z.object({ id: z.uuid(), name: z.string(), nameEn: z.string() });
