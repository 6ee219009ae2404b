import { z } from 'zod';
import { alertSources, priorities } from '../../core/care/triage';
import { phoneSchema } from '../checkup/schemas';

export const closeReasons = ['handled', 'no_case_needed', 'duplicate', 'unreachable'] as const;
const closedReasons = [...closeReasons, 'case_opened', 'consent_withdrawn'] as const;

/** A request in the triage queue: no contact details (so listing the queue is not an audited read). */
export const alertItemSchema = z
  .object({
    id: z.uuid(),
    source: z.enum(alertSources),
    priority: z.enum(priorities),
    status: z.enum(['new', 'acknowledged', 'closed']),
    createdAt: z.string(),
    dueAt: z
      .string()
      .meta({ description: 'When someone should have taken it (by priority and care settings)' }),
    overdue: z.boolean().meta({ description: 'Still untaken after its due time' }),
    escalationLevel: z
      .number()
      .int()
      .min(0)
      .max(2)
      .meta({ description: '0 in the queue; 1 supervisors told; 2 the duty phone texted' }),
    phoneMasked: z.string().nullable().meta({ description: '138****1234, or null without a phone' }),
    contactUnreadable: z
      .boolean()
      .meta({ description: 'The sealed contact could not be opened (changed, or its key is missing)' }),
    hasSharedResults: z.boolean(),
    acknowledgedBy: z.string().nullable().meta({ description: 'Name of the member of staff who took it' }),
    acknowledgedAt: z.string().nullable(),
    closedAt: z.string().nullable(),
    closedReason: z.enum(closedReasons).nullable(),
    caseId: z.uuid().nullable(),
    caseNumber: z.string().nullable(),
  })
  .meta({ id: 'AlertItem' });

export const contactSchema = z
  .object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    preferredTime: z.string().nullable(),
    message: z.string().nullable(),
  })
  .meta({ id: 'AlertContact' });

export const sharedResultsSchema = z
  .object({
    at: z.string(),
    results: z.array(
      z.object({
        instrument: z.string(),
        name: z.string(),
        score: z.number(),
        band: z.string(),
        level: z.number().int(),
        flags: z.array(z.string()),
      }),
    ),
  })
  .meta({ id: 'AlertSharedResults', description: 'The check-up result the worker chose to share' });

/** One request with the contact details given under consent: reading it is audited. */
export const alertSchema = alertItemSchema
  .extend({
    contact: contactSchema.nullable().meta({ description: 'Null when none was given or once erased' }),
    contactErasedAt: z.string().nullable(),
    consentVersion: z.string(),
    sharedSubmissionId: z.uuid().nullable(),
    sharedResults: sharedResultsSchema.nullable(),
    bookingId: z.uuid().nullable(),
    fromCaseId: z.uuid().nullable(),
    organisation: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    enteredBy: z.string().nullable().meta({ description: 'Name of the member of staff who entered it' }),
  })
  .meta({ id: 'Alert' });

export const alertSummarySchema = z
  .object({ new: z.number().int(), crisis: z.number().int(), acknowledged: z.number().int() })
  .meta({ id: 'AlertSummary', description: 'Counts only: no contact details, so reading it is not audited' });

const text = (max: number) => z.string().trim().min(1).max(max);

export const staffAlertBody = z.strictObject({
  source: z.enum(['hotline', 'walk_in']),
  priority: z.enum(priorities),
  contact: z.strictObject({
    name: text(60).optional(),
    phone: phoneSchema.optional(),
    preferredTime: text(100).optional(),
    message: text(500).optional(),
  }),
  consent: z
    .boolean()
    .meta({ description: 'The person agreed to be contacted and to what is kept (must be true)' }),
});

export const enterpriseReferralBody = z.strictObject({
  organisationId: z.uuid(),
  contact: z.strictObject({
    name: text(60).optional(),
    phone: phoneSchema,
    preferredTime: text(100).optional(),
  }),
  message: text(500).optional(),
  priority: z.enum(['normal', 'high']).default('normal'),
  consent: z.boolean().meta({
    description: 'The worker agreed to be passed on to the federation’s counsellors (must be true)',
  }),
});

export const closeAlertBody = z.strictObject({ reason: z.enum(closeReasons).default('handled') });
