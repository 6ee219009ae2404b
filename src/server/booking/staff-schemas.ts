import { z } from 'zod';
import {
  counsellorSchema,
  localDate,
  modeSchema,
  policySchema,
  roomSchema,
  servicePointFields,
  topicSchema,
} from './schemas';

/** Shapes of the staff side of counselling (rosters, exceptions, managed points, the calendar), for the API and the console. */
const weekday = z.number().int().min(1).max(7);
export const ruleSchema = z
  .discriminatedUnion('freq', [
    z.strictObject({
      freq: z.literal('weekly'),
      weekdays: z.array(weekday).min(1).max(7),
      intervalWeeks: z.number().int().min(1).max(8).optional(),
    }),
    z.strictObject({
      freq: z.literal('monthly_nth'),
      weekday,
      nths: z
        .array(z.union([z.literal(-1), z.number().int().min(1).max(5)]))
        .min(1)
        .max(6),
    }),
    z.strictObject({ freq: z.literal('monthly_day'), days: z.array(z.number().int().min(1).max(31)).min(1) }),
    z.strictObject({ freq: z.literal('once'), date: localDate }),
  ])
  .meta({
    id: 'RecurrenceRule',
    description:
      'weekly (ISO weekdays, 1 = Monday), the nth weekday of each month (-1 = last), days of month, or once',
  });

export const rosterSchema = z
  .object({
    id: z.uuid(),
    servicePointId: z.uuid(),
    counsellorId: z.uuid(),
    roomId: z.uuid().nullable(),
    rule: ruleSchema,
    description: z.object({ 'zh-CN': z.string(), en: z.string() }),
    startTime: z.string(),
    endTime: z.string(),
    validFrom: z.string(),
    validUntil: z.string().nullable(),
    slotMinutes: z.number().int(),
    bufferMinutes: z.number().int(),
    modes: z.array(modeSchema),
    active: z.boolean(),
  })
  .meta({ id: 'DutyRoster' });

export const rosterChangeSchema = z.object({
  roster: rosterSchema,
  slotsCreated: z.number().int(),
  bookingsKept: z
    .number()
    .int()
    .meta({ description: 'Booked appointments that stand although the duty changed' }),
});

export const exceptionSchema = z
  .object({
    id: z.uuid(),
    servicePointId: z.uuid(),
    rosterId: z.uuid().nullable(),
    date: z.string(),
    reason: z.string(),
  })
  .meta({ id: 'RosterException' });

export const managedPointSchema = z
  .object({
    id: z.uuid(),
    organisationId: z.uuid(),
    ...servicePointFields,
    policy: policySchema,
    active: z.boolean(),
    rooms: z.array(roomSchema.extend({ active: z.boolean() })),
  })
  .meta({ id: 'ManagedServicePoint' });

export const calendarEntrySchema = z
  .object({
    slot: z.object({
      id: z.uuid(),
      kind: z.enum(['rostered', 'walk_in', 'block']),
      startsAt: z.string(),
      endsAt: z.string(),
      modes: z.array(modeSchema),
      note: z.string().nullable(),
    }),
    servicePoint: z.object({ id: z.uuid(), name: z.string(), nameEn: z.string(), timeZone: z.string() }),
    counsellor: z.object({ id: z.uuid(), name: z.string() }),
    room: roomSchema.nullable(),
    booking: z
      .object({
        id: z.uuid(),
        status: z.enum(['booked', 'cancelled', 'attended', 'no_show']),
        source: z.enum(['worker', 'walk_in', 'waitlist']),
        mode: modeSchema,
        topic: topicSchema
          .nullable()
          .meta({ description: 'Shown to the counsellor of the appointment only' }),
        sharesResults: z.boolean(),
        sharedResults: z
          .object({
            at: z.string(),
            results: z.array(
              z.object({
                instrument: z.string(),
                name: z.string(),
                score: z.number(),
                band: z.string(),
                level: z.number(),
                flags: z.array(z.string()),
              }),
            ),
          })
          .nullable(),
        contact: z.object({ phone: z.string().nullable(), verified: z.boolean() }).nullable(),
        checkedInAt: z
          .string()
          .nullable()
          .meta({ description: 'When the worker scanned the station’s code' }),
        createdAt: z.string(),
      })
      .nullable(),
  })
  .meta({ id: 'CalendarEntry' });

/** A counsellor's profile as workers see it, and whether it is shown. */
export const counsellorProfileSchema = counsellorSchema.extend({ active: z.boolean() });

export const counsellorEntrySchema = z.object({
  id: z.uuid(),
  accountName: z.string(),
  active: z.boolean(),
  profile: counsellorProfileSchema.nullable(),
});

export const feedSchema = z.object({ active: z.boolean(), createdAt: z.string().nullable() });

/** A day's appointments as counts, for the console's home card: nothing about the workers or what they shared. */
export const appointmentSummarySchema = z
  .object({
    date: localDate.meta({ description: 'The day counted, in the federation’s time zone' }),
    timeZone: z.string(),
    booked: z.number().int().meta({ description: 'Appointments still to be marked' }),
    attended: z.number().int(),
    noShow: z.number().int(),
    open: z.number().int().meta({ description: 'Open times nobody has booked' }),
    next: z
      .object({
        startsAt: z.string(),
        servicePointName: z.string(),
        servicePointNameEn: z.string(),
        servicePointTimeZone: z.string().meta({ description: 'The station’s clock, to show the time on' }),
      })
      .nullable()
      .meta({ description: 'The next appointment that has not ended, or null' }),
  })
  .meta({ id: 'AppointmentSummary' });

/** A station's new check-in poster: shown once, as the server keeps only the code's hash. */
export const checkInPosterSchema = z
  .object({
    code: z.string().meta({ description: 'The code to type, for those who cannot scan' }),
    link: z.string(),
    qrSvg: z.string().meta({ description: 'The link as a QR code (SVG)' }),
  })
  .meta({ id: 'CheckInPoster' });
