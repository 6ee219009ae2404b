import { z } from 'zod';
import { isValidDate } from '../../core/booking/recurrence';
import { retrievalCodeSchema } from '../checkup/schemas';

export const topicSchema = z
  .enum(['work', 'family', 'relationships', 'other'])
  .meta({ description: 'What the worker would like to talk about: work, family, relationships or other' });
export const modeSchema = z
  .enum(['in_person', 'phone', 'video'])
  .meta({ description: 'In person at the station, by phone, or by video link' });
export const pointKindSchema = z.enum([
  'city_station',
  'district_station',
  'enterprise_station',
  'roadside_station',
  'remote',
]);
export const roomKindSchema = z.enum(['consulting', 'sandplay', 'group']);
export const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time like 09:30');
export const localDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'a date like 2026-12-03')
  .refine(isValidDate, 'not a real calendar date');

export const phoneSchema = z
  .string()
  .trim()
  .min(5)
  .max(20)
  .meta({ description: 'A mainland mobile number (11 digits; +86 allowed)' });
export const phoneCodeSchema = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'the code has six digits');

export const openingHoursSchema = z.array(
  z.object({ weekdays: z.array(z.number().int().min(1).max(7)).min(1), opens: hhmm, closes: hhmm }),
);

export const counsellorSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameEn: z.string(),
    qualification: z.string(),
    qualificationEn: z.string(),
    specialties: z.array(z.string()),
    languages: z.array(z.string()),
    bio: z.string(),
    bioEn: z.string(),
    photoUrl: z.string().nullable(),
  })
  .meta({ id: 'Counsellor' });

export const roomSchema = z
  .object({ id: z.uuid(), kind: roomKindSchema, name: z.string(), nameEn: z.string() })
  .meta({ id: 'ServiceRoom' });

export const policySchema = z
  .object({
    minNoticeMinutes: z.number().int(),
    maxAdvanceDays: z.number().int(),
    cancelCutoffMinutes: z.number().int(),
    maxOpenBookings: z.number().int(),
  })
  .meta({ id: 'BookingPolicy' });

export const pointBriefSchema = z.object({
  id: z.uuid(),
  kind: pointKindSchema,
  name: z.string(),
  nameEn: z.string(),
  address: z.string(),
  addressEn: z.string().nullable(),
  phone: z.string().nullable(),
  timeZone: z.string(),
});

export const slotSchema = z
  .object({
    id: z.uuid(),
    startsAt: z.string(),
    endsAt: z.string(),
    modes: z.array(modeSchema),
    counsellor: z
      .object({
        id: z.uuid(),
        name: z.string(),
        nameEn: z.string(),
        qualification: z.string(),
        qualificationEn: z.string(),
      })
      .meta({ description: 'Who is on duty; the full profile is in the answer’s counsellors list' }),
    room: roomSchema.nullable(),
  })
  .meta({ id: 'Slot' });

export const bookingSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['booked', 'cancelled', 'attended', 'no_show']),
    topic: topicSchema,
    mode: modeSchema,
    slot: z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string() }),
    servicePoint: pointBriefSchema,
    counsellor: z.object({
      id: z.uuid(),
      name: z.string(),
      nameEn: z.string(),
      qualification: z.string(),
      qualificationEn: z.string(),
    }),
    room: roomSchema.nullable(),
    sharesResults: z.boolean(),
    rescheduledFrom: z.uuid().nullable(),
    createdAt: z.string(),
    cancelledAt: z.string().nullable(),
    checkedInAt: z.string().nullable(),
    changeableUntil: z.string().nullable(),
    reminders: z.array(
      z.object({ kind: z.enum(['day_before', 'two_hours']), at: z.string(), sent: z.boolean() }),
    ),
  })
  .meta({ id: 'Booking' });

/** A place in a waiting list for a full day, with the freed time held for the worker (if any). */
export const waitlistSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(['waiting', 'offered', 'booked', 'expired', 'left']),
    date: z.string(),
    topic: topicSchema,
    mode: modeSchema.nullable(),
    servicePoint: pointBriefSchema,
    position: z.number().int().nullable().meta({ description: 'Place in line while waiting (1 = next)' }),
    offer: z
      .object({ slotId: z.uuid(), startsAt: z.string(), endsAt: z.string(), expiresAt: z.string() })
      .nullable()
      .meta({ description: 'A freed time held for this person until expiresAt' }),
    bookingId: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'WaitlistEntry' });

/** Either the retrieval code, or the phone with its code: exactly one way of saying who one is. */
export const credentialFields = {
  retrievalCode: retrievalCodeSchema.optional(),
  phone: phoneSchema.optional(),
  code: phoneCodeSchema.optional().meta({ description: 'The six-digit code sent to the phone' }),
};

export const credentialHeaders = z
  .object({
    'x-retrieval-code': retrievalCodeSchema.optional(),
    'x-phone': phoneSchema.optional(),
    'x-phone-code': phoneCodeSchema.optional(),
  })
  .meta({
    description:
      'Who is asking: X-Retrieval-Code, or X-Phone with X-Phone-Code (a code sent in the last ten minutes)',
  });

/** What a service point is, as both workers and staff see it. */
export const servicePointFields = {
  kind: pointKindSchema,
  name: z.string(),
  nameEn: z.string(),
  address: z.string(),
  addressEn: z.string().nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  phone: z.string().nullable(),
  description: z.string().nullable(),
  descriptionEn: z.string().nullable(),
  accessibility: z.string().nullable(),
  accessibilityEn: z.string().nullable(),
  timeZone: z.string(),
  openingHours: openingHoursSchema,
};

export const servicePointSchema = z
  .object({
    id: z.uuid(),
    tenantId: z.uuid(),
    ...servicePointFields,
    distanceMetres: z.number().nullable().meta({ description: 'From the place given in ?near=, in metres' }),
    walkMinutes: z.number().nullable().meta({ description: 'Estimated minutes on foot' }),
    driveMinutes: z.number().nullable().meta({ description: 'Estimated minutes by car, parking included' }),
    withinReach: z
      .boolean()
      .meta({ description: 'Reachable within 15 minutes (the 15-minute service circle)' }),
    modes: z.array(modeSchema).meta({ description: 'Ways of counselling its counsellors offer' }),
    nextSlot: z.object({ startsAt: z.string(), modes: z.array(modeSchema) }).nullable(),
  })
  .meta({ id: 'ServicePoint' });

export const servicePointDetailSchema = servicePointSchema
  .extend({ rooms: z.array(roomSchema), counsellors: z.array(counsellorSchema), policy: policySchema })
  .meta({ id: 'ServicePointDetail' });

export const slotListSchema = z.object({
  timeZone: z.string(),
  from: z.string(),
  to: z.string(),
  slots: z.array(slotSchema),
  counsellors: z.array(counsellorSchema),
});

export const districtSchema = z
  .object({ id: z.uuid(), name: z.string(), nameEn: z.string(), latitude: z.number(), longitude: z.number() })
  .meta({ id: 'District' });
