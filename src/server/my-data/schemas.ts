import { z } from 'zod';
import { audienceIds } from '../../core/content/audiences';

const band = z.object({ code: z.string(), label: z.string(), level: z.number() }).nullable();

export const holdingsSchema = z
  .object({
    federation: z.string(),
    identifiedBy: z.enum(['retrieval_code', 'phone']),
    checkups: z.array(
      z.object({
        id: z.uuid(),
        checkup: z.string(),
        createdAt: z.string(),
        results: z.array(
          z.object({
            instrument: z.string(),
            name: z.string(),
            score: z.number(),
            percentage: z.number().nullable(),
            band,
          }),
        ),
      }),
    ),
    linked: z
      .object({
        diary: z
          .object({ entryCount: z.number().int(), updatedAt: z.string() })
          .nullable()
          .meta({ description: 'The mood diary linked to the retrieval code (its entries in the download)' }),
        groups: z
          .object({ groups: z.array(z.enum(audienceIds)), updatedAt: z.string() })
          .nullable()
          .meta({ description: 'The groups (我是…) linked to the retrieval code' }),
      })
      .meta({ description: 'What the worker chose to link to their retrieval code from the phone' }),
    appointments: z.array(
      z.object({
        id: z.uuid(),
        startsAt: z.string(),
        endsAt: z.string(),
        servicePoint: z.string(),
        counsellor: z.string(),
        mode: z.string(),
        topic: z.string(),
        status: z.string(),
        bookedAt: z.string(),
        sharesResults: z.boolean(),
      }),
    ),
    eventRegistrations: z
      .array(
        z.object({
          id: z.uuid(),
          title: z.string(),
          startsAt: z.string(),
          endsAt: z.string(),
          timeZone: z
            .string()
            .meta({ description: 'The event’s clock (its service point’s, else the federation’s)' }),
          place: z.string(),
          eventCancelled: z.boolean(),
          status: z.enum(['registered', 'waitlisted', 'offered', 'cancelled', 'expired']),
          registeredAt: z.string(),
          cancelledAt: z.string().nullable(),
          checkedIn: z.boolean(),
          checkedInAt: z.string().nullable(),
        }),
      )
      .meta({
        description:
          'Group events signed up for with this phone or retrieval code (not those an enterprise officer listed); deletion unlinks them',
      }),
    requests: z.array(
      z.object({
        id: z.uuid(),
        source: z.string(),
        createdAt: z.string(),
        status: z.string(),
        closedAt: z.string().nullable(),
        closedReason: z.string().nullable(),
        contactHeld: z.boolean(),
        sharesResults: z.boolean(),
        caseNumber: z.string().nullable(),
      }),
    ),
    cases: z.array(
      z.object({
        id: z.uuid(),
        number: z.string(),
        status: z.string(),
        openedAt: z.string(),
        closedAt: z.string().nullable(),
        closureReason: z.string().nullable(),
        counsellor: z.string(),
        notesCount: z.number().int(),
        contactHeld: z.boolean(),
        contactWithdrawnAt: z.string().nullable(),
        retainUntil: z.string().nullable().meta({ description: 'When the closed case is deleted' }),
        measures: z.array(
          z.object({
            instrument: z.string(),
            name: z.string(),
            at: z.string().nullable(),
            score: z.number().nullable(),
            percentage: z.number().nullable(),
            band,
          }),
        ),
        recommendations: z.array(
          z.object({
            kind: z.string(),
            title: z.string(),
            dueAt: z.string(),
            status: z.string(),
            followed: z.boolean().nullable(),
          }),
        ),
        referrals: z.array(
          z.object({
            institution: z.string(),
            items: z.array(z.string()),
            status: z.string(),
            sentAt: z.string(),
          }),
        ),
      }),
    ),
    consents: z.array(
      z.object({
        kind: z.enum(['contact', 'booking', 'results_sharing', 'referrals']),
        version: z.string(),
        givenAt: z.string(),
        withdrawnAt: z.string().nullable(),
      }),
    ),
    retention: z.object({ caseYears: z.number().int(), statement: z.string() }),
  })
  .meta({ id: 'MyData' });

export const accessLogSchema = z.object({
  entries: z.array(
    z.object({
      at: z.string(),
      who: z.string().meta({ description: 'The staff member’s name, “the system”, or “you”' }),
      role: z.string().nullable(),
      action: z.string(),
      what: z.string(),
      basis: z
        .string()
        .nullable()
        .meta({ description: 'assigned, escalated or break_glass for a case read' }),
      breakGlass: z.boolean(),
    }),
  ),
});

const changed = z.object({
  requests: z.number().int(),
  requestsClosed: z.number().int(),
  cases: z.number().int(),
  bookings: z.number().int(),
  referrals: z.number().int(),
});

export const withdrawalBody = z.strictObject({
  consent: z.enum(['contact', 'results_sharing', 'referrals']),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

export const withdrawalResponse = z.object({
  consent: z.enum(['contact', 'results_sharing', 'referrals']),
  changed,
  message: z.string(),
});

export const deletionBody = z.strictObject({
  confirm: z.literal(true).meta({ description: 'The worker confirms: this cannot be undone' }),
  lang: z.enum(['zh-CN', 'en']).optional(),
});

export const deletionResponse = z.object({
  deleted: z.object({
    checkups: z.number().int(),
    linkedDiaryEntries: z.number().int(),
    linkedGroups: z.number().int().meta({ description: 'How many linked groups were deleted' }),
    appointmentsUnlinked: z.number().int(),
    appointmentsCancelled: z.number().int(),
    requestContacts: z.number().int(),
    requestsClosed: z.number().int(),
    caseContacts: z.number().int(),
    casesClosed: z.number().int(),
    referralsWithdrawn: z.number().int(),
  }),
  retained: z.array(z.object({ caseNumber: z.string(), retainUntil: z.string(), why: z.string() })),
  statement: z.string(),
});
