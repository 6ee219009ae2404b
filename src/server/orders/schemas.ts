import { z } from 'zod';
import { orderStates, orderSteps } from '../../core/orders/workflow';

const localDate = z.iso.date().describe('A calendar day, YYYY-MM-DD, in the federation’s zone');
const localTime = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
  .describe('A time of day, HH:MM, in the federation’s zone');

export const preferredDate = z
  .strictObject({ date: localDate, time: localTime.optional() })
  .describe('A day the enterprise would like, and the time if it matters');

export const menuItemInput = z.strictObject({
  kind: z
    .string()
    .trim()
    .min(1)
    .max(48)
    .describe('An event kind (lecture, group_counselling, healing_workshop …) or checkup_campaign'),
  title: z.string().trim().min(1).max(120).describe('Name in Chinese'),
  titleEn: z.string().trim().min(1).max(120).describe('Name in English'),
  description: z.string().trim().max(4000).default('').describe('What it is, in Chinese'),
  descriptionEn: z.string().trim().max(4000).default('').describe('What it is, in English'),
  topics: z.array(z.string().trim().min(1).max(48)).max(12).default([]).describe('Topics it covers'),
  durationMinutes: z.number().int().min(15).max(1440).describe('How long one session lasts'),
  maxHeadcount: z.number().int().min(1).max(5000).describe('The most people it serves at once'),
  active: z.boolean().default(true).describe('Offered on the menu now'),
});

export const menuItemSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    title: z.string(),
    titleEn: z.string(),
    description: z.string(),
    descriptionEn: z.string(),
    topics: z.array(z.string()),
    durationMinutes: z.number().int(),
    maxHeadcount: z.number().int(),
    active: z.boolean(),
  })
  .describe('A service the federation offers to come and deliver');

export const placeOrderBody = z.strictObject({
  menuItemId: z.uuid().describe('The service ordered'),
  organisationId: z.uuid().optional().describe('The ordering enterprise; the officer’s own when not given'),
  preferredDates: z.array(preferredDate).min(1).max(3).describe('One to three preferred days'),
  headcount: z.number().int().min(1).max(5000).describe('How many people are expected'),
  site: z
    .strictObject({
      name: z.string().trim().min(1).max(120).describe('The place, e.g. 二号车间会议室'),
      address: z.string().trim().min(1).max(300),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
    })
    .describe('Where the service is to be delivered'),
  audiences: z.array(z.string().trim().min(1).max(64)).max(12).default([]).describe('Who it is for'),
  note: z.string().trim().max(2000).default('').describe('Anything the federation should know'),
});

const iso = z.iso.datetime({ offset: true });

export const stepBodies = {
  accept: z.strictObject({
    message: z.string().trim().max(1000).optional().describe('A word to the enterprise'),
  }),
  propose: z.strictObject({
    dates: z.array(preferredDate).min(1).max(3).describe('The days the federation can offer instead'),
    message: z.string().trim().min(1).max(1000).describe('Why, and anything to agree'),
  }),
  decline: z.strictObject({
    reason: z.string().trim().min(1).max(1000).describe('Why the order is declined'),
  }),
  schedule: z.strictObject({
    startsAt: iso.describe('When the service starts'),
    endsAt: iso.describe('When it ends'),
    hostUserIds: z.array(z.uuid()).min(1).max(6).describe('The counsellors who deliver it'),
    furtherSessions: z
      .array(z.strictObject({ startsAt: iso, endsAt: iso }))
      .max(9)
      .default([])
      .describe(
        'Later sessions of the same service (a workshop over two days, say), each made its own event with the same hosts; after the first and not overlapping',
      ),
    blockDutySlots: z
      .boolean()
      .default(false)
      .describe(
        'Take the hosts’ open counselling slots at their stations in that time (blocked time); without it a host on duty then is refused 409 host_busy',
      ),
  }),
  confirm: z.strictObject({}),
  deliver: z.strictObject({
    attendance: z.number().int().min(0).max(5000).describe('How many people took part'),
    summary: z.string().trim().min(1).max(4000).describe('What was done, for both sides’ records'),
  }),
  rate: z.strictObject({
    rating: z.number().int().min(1).max(5).describe('1 (poor) to 5 (very good)'),
    comment: z.string().trim().max(1000).optional(),
  }),
  close: z.strictObject({ note: z.string().trim().max(1000).optional() }),
  cancel: z.strictObject({
    reason: z.string().trim().min(1).max(1000).describe('Why the enterprise cancels'),
  }),
} as const;

export const stepSummaries: Record<(typeof orderSteps)[number], string> = {
  accept: 'Accept an order (federation)',
  propose: 'Propose other dates with a message (federation)',
  decline: 'Decline an order with a reason (federation)',
  schedule:
    'Schedule an accepted order and assign its hosts: creates the invitation-only event at the site (and, for an on-site check-up, its campaign); a busy host (another event, a booked appointment, or duty at a station unless blockDutySlots) is refused 409 host_busy (federation)',
  confirm: 'Agree to the proposed dates, or confirm the schedule (enterprise)',
  deliver: 'Record the delivery: attendance and a summary (federation)',
  rate: 'Rate the delivered service 1–5 with a comment (enterprise)',
  close: 'Close a delivered or rated order (federation)',
  cancel: 'Cancel the order before it is delivered (enterprise)',
};

const timelineEntry = z.object({
  id: z.uuid(),
  step: z.string().describe("'submit' or the step taken"),
  fromState: z.enum(orderStates).nullable(),
  toState: z.enum(orderStates),
  side: z.enum(['enterprise', 'federation']),
  actorName: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
  at: z.string(),
});

export const orderSchema = z
  .object({
    id: z.uuid(),
    state: z.enum(orderStates),
    menuItem: z.object({ id: z.uuid(), kind: z.string(), title: z.string(), titleEn: z.string() }),
    organisationId: z.uuid(),
    organisationName: z.string(),
    preferredDates: z.array(preferredDate),
    headcount: z.number().int(),
    site: z.object({
      name: z.string(),
      address: z.string(),
      latitude: z.number().nullable(),
      longitude: z.number().nullable(),
    }),
    audiences: z.array(z.string()),
    note: z.string(),
    proposal: z.object({ dates: z.array(preferredDate), message: z.string() }).nullable(),
    declineReason: z.string().nullable(),
    cancelReason: z.string().nullable(),
    schedule: z.object({ startsAt: z.string(), endsAt: z.string() }).nullable(),
    events: z.array(z.object({ id: z.uuid(), startsAt: z.string(), endsAt: z.string(), status: z.string() })),
    campaign: z
      .object({ id: z.uuid(), link: z.string(), qrSvg: z.string().nullable() })
      .nullable()
      .describe('The on-site check-up’s link and QR code for the enterprise to hand out'),
    attendance: z.number().int().nullable(),
    deliverySummary: z.string().nullable(),
    rating: z.number().int().nullable(),
    ratingComment: z.string().nullable(),
    times: z.object({
      submittedAt: z.string(),
      acceptedAt: z.string().nullable(),
      proposedAt: z.string().nullable(),
      declinedAt: z.string().nullable(),
      scheduledAt: z.string().nullable(),
      confirmedAt: z.string().nullable(),
      deliveredAt: z.string().nullable(),
      ratedAt: z.string().nullable(),
      closedAt: z.string().nullable(),
      cancelledAt: z.string().nullable(),
    }),
    side: z.enum(['enterprise', 'federation']).nullable().describe('Which side the viewer acts for'),
    steps: z.array(z.enum(orderSteps)).describe('The steps the viewer may take now'),
    timeline: z.array(timelineEntry).optional().describe('Every step so far, oldest first (detail only)'),
  })
  .describe('A grassroots service order');

export const slaSchema = z.object({
  total: z.number().int(),
  ordersByState: z.record(z.enum(orderStates), z.number().int()),
  medianHoursToAcceptance: z.number().nullable(),
  medianHoursToScheduling: z.number().nullable(),
  medianHoursToDelivery: z.number().nullable(),
  acceptedWithin48Hours: z
    .number()
    .nullable()
    .describe('Share (0–1) of accepted orders accepted within 48 hours'),
  averageRating: z.number().nullable(),
  ratings: z.number().int(),
});

const localised = z.object({ 'zh-CN': z.string(), en: z.string() });

export const checkupReportSchema = z.object({
  minGroupSize: z.number().int().describe('Groups smaller than this are never shown'),
  started: z.boolean().describe('Whether the campaign exists yet (after scheduling)'),
  people: z.number().int().nullable().describe('People who took part; null while under the minimum'),
  instruments: z.array(
    z.object({
      instrumentId: z.string(),
      name: localised,
      people: z.number().int().nullable(),
      suppressed: z.boolean().describe('Some cells are hidden to protect a small group'),
      bands: z.array(
        z.object({
          code: z.string(),
          level: z.number().int(),
          label: localised,
          count: z.number().int().nullable(),
        }),
      ),
    }),
  ),
});
