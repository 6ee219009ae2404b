import { z } from 'zod';

const iso = z.string().meta({ description: 'ISO 8601, UTC' });

export const eventPlaceSchema = z
  .object({
    kind: z.enum(['service_point', 'site', 'online']),
    name: z.string().meta({ description: 'The station’s or site’s name; 线上 / Online for an online event' }),
    address: z.string().nullable(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    servicePointId: z.uuid().nullable(),
  })
  .meta({ id: 'EventPlace' });

export const refusalSchema = z
  .enum(['not_yet_open', 'closed', 'started', 'cancelled'])
  .nullable()
  .meta({ description: 'Why registering is not possible now, or null when it is' });

export const eventSummarySchema = z
  .object({
    id: z.uuid(),
    kind: z
      .string()
      .meta({ description: 'An event kind id (see src/core/events/kinds.ts) or custom:<slug>' }),
    kindName: z.string(),
    title: z.string(),
    summaryText: z.string().meta({ description: 'The first ~120 characters of the description, plain text' }),
    startsAt: iso,
    endsAt: iso,
    timeZone: z
      .string()
      .meta({ description: 'The zone its times are shown in (its station’s, or the federation’s)' }),
    place: eventPlaceSchema,
    capacity: z.number().int(),
    placesLeft: z.number().int(),
    waitlistLength: z.number().int(),
    audiences: z.array(z.string()),
    visibility: z.enum(['open', 'invitation']),
    invitedOrganisationName: z.string().nullable(),
    hosts: z.array(z.object({ name: z.string() })),
    status: z.enum(['published', 'cancelled']),
    registration: z.object({ opensAt: iso.nullable(), closesAt: iso.nullable(), refusal: refusalSchema }),
    materials: z
      .object({ replayUrl: z.string().nullable(), summary: z.string().nullable() })
      .nullable()
      .meta({ description: 'After the event: a replay and a summary, when staff added them' }),
    distanceMetres: z
      .number()
      .optional()
      .meta({ description: 'From ?near=, when the place has coordinates' }),
  })
  .meta({ id: 'EventSummary' });

export const eventDetailSchema = eventSummarySchema
  .extend({
    description: z.string().meta({ description: 'Plain text, paragraphs separated by \\n' }),
    seriesId: z.uuid().nullable(),
  })
  .meta({ id: 'EventDetail' });

export const registrationViewSchema = z
  .object({
    id: z.uuid(),
    eventId: z.uuid(),
    status: z.enum(['registered', 'waitlisted', 'offered', 'cancelled', 'expired']),
    position: z
      .number()
      .int()
      .nullable()
      .meta({ description: '1-based place in the waiting line, while waitlisted' }),
    offerExpiresAt: iso.nullable().meta({ description: 'Until when a freed place is held, while offered' }),
    ticket: z
      .string()
      .nullable()
      .meta({ description: 'The QR code text staff scan at the door, only while registered' }),
    checkedInAt: iso.nullable(),
    feedbackGiven: z.boolean(),
    canCancel: z.boolean(),
    canCheckIn: z.boolean(),
    canGiveFeedback: z.boolean(),
    onlineUrl: z.string().nullable().meta({ description: 'The online event’s link, only while registered' }),
    event: eventSummarySchema,
  })
  .meta({ id: 'EventRegistration' });

export const registrationResponse = z.object({ registration: registrationViewSchema });

/** The door poster's code (spaces, dashes and case do not count). */
export const doorCodeSchema = z.string().trim().min(6).max(40);

export const inviteSchema = z
  .string()
  .trim()
  .min(8)
  .max(80)
  .meta({ description: 'The invitation link’s token, for an invitation-only event' });

export const eventsQuerySchema = z.strictObject({
  kind: z.string().trim().max(60).optional().meta({ description: 'Only this kind of event' }),
  audience: z
    .string()
    .trim()
    .max(400)
    .regex(/^[A-Za-z0-9_:,-]*$/, 'audience ids separated by commas')
    .optional()
    .meta({ description: 'Audience group ids, comma separated: events for any of them' }),
  from: z.iso.datetime({ offset: true }).optional().meta({ description: 'Starting at or after' }),
  to: z.iso.datetime({ offset: true }).optional().meta({ description: 'Starting before' }),
  near: z.string().max(60).optional().meta({ description: '<latitude>,<longitude>: ordered by distance' }),
  invite: inviteSchema.optional(),
});

/** A registration the staff see: the worker's phone masked, an officer's member by name. */
export const staffRegistrationSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['registered', 'waitlisted', 'offered', 'cancelled', 'expired']),
    source: z.enum(['worker', 'officer']),
    position: z.number().int().nullable(),
    name: z.string().nullable().meta({ description: 'The member’s name, for one an officer registered' }),
    phone: z.string().nullable().meta({ description: 'Masked, like 138****0000' }),
    organisationName: z.string().nullable().meta({ description: 'The enterprise that registered them' }),
    createdAt: iso,
    offerExpiresAt: iso.nullable(),
    checkedInAt: iso.nullable(),
    checkInMethod: z.enum(['door_code', 'ticket_scan', 'staff_list']).nullable(),
  })
  .meta({ id: 'StaffEventRegistration' });

export const memberSchema = z.strictObject({
  name: z.string().trim().min(1).max(40),
  phone: z.string().trim().min(5).max(20).meta({ description: 'A mainland mobile number' }),
});

export const registerMembersBody = z.strictObject({
  members: z.array(memberSchema).min(1).max(200),
  organisationId: z
    .uuid()
    .optional()
    .meta({ description: 'The enterprise registering them (default: the officer’s own)' }),
});

export const memberResultSchema = z.object({
  name: z.string(),
  phone: z.string().meta({ description: 'Masked' }),
  registrationId: z.uuid().nullable(),
  status: z.enum(['registered', 'waitlisted', 'already_registered', 'invalid_phone']),
  position: z.number().int().nullable(),
});

export const checkInBody = z.union([
  z.strictObject({
    code: z.string().trim().min(10).max(200).meta({ description: 'The worker’s QR code text' }),
  }),
  z.strictObject({ registrationId: z.uuid().meta({ description: 'Ticked from the list' }) }),
]);
