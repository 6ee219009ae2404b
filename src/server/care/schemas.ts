import { z } from 'zod';
import {
  caseOrigins,
  caseStatuses,
  closureReasons,
  concerns,
  interventions,
  noteKinds,
  referralItems,
  riskLevels,
  taskKinds,
  taskStatuses,
} from '../../core/care/records';
import { priorities } from '../../core/care/triage';

const instant = z.string().meta({ description: 'An instant (ISO 8601)' });
const text = (max: number) => z.string().trim().max(max);

export const staffRefSchema = z.object({ id: z.uuid(), name: z.string() }).meta({ id: 'StaffRef' });

export const recordBasisSchema = z
  .enum(['assigned', 'escalated', 'break_glass'])
  .nullable()
  .meta({ description: 'Why the viewer reads the records; null: metadata only' });

/** What a list shows of a case: nothing confidential, so a supervisor sees it for every case. */
export const caseSummarySchema = z
  .object({
    id: z.uuid(),
    number: z.string(),
    status: z.enum(caseStatuses),
    priority: z.enum(priorities),
    origin: z.enum(caseOrigins),
    counsellor: staffRefSchema,
    escalatedTo: staffRefSchema.nullable(),
    openedAt: instant,
    closedAt: instant.nullable(),
    nextTaskDueAt: instant.nullable(),
    overdueTasks: z.number().int(),
    lastContactAt: instant.nullable(),
  })
  .meta({ id: 'CaseSummary' });

export const caseContactSchema = z
  .object({
    name: z.string().nullable(),
    phone: z.string().nullable(),
    preferredTime: z.string().nullable(),
    message: z.string().nullable(),
  })
  .meta({ id: 'CaseContact' });

export const noteBodySchema = z
  .strictObject({
    concern: z.strictObject({
      primary: z.enum(concerns),
      others: z.array(z.enum(concerns)).max(concerns.length).default([]),
    }),
    risk: z.strictObject({
      level: z.enum(riskLevels),
      selfHarmThoughts: z.boolean(),
      harmToOthers: z.boolean(),
      protectiveFactors: text(2000).default(''),
    }),
    intervention: z.strictObject({
      methods: z.array(z.enum(interventions)).max(interventions.length).default([]),
      text: text(10_000).default(''),
    }),
    plan: text(10_000).default(''),
    text: text(20_000).default(''),
  })
  .meta({ id: 'NoteBody', description: 'The structured session note (sealed as one document)' });

export const noteSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(noteKinds),
    happenedAt: instant,
    bookingId: z.uuid().nullable(),
    amendsId: z.uuid().nullable().meta({ description: 'The note this addendum corrects' }),
    author: staffRefSchema,
    riskLevel: z.enum(riskLevels),
    body: noteBodySchema,
    createdAt: instant,
  })
  .meta({ id: 'CaseNote' });

export const taskSchema = z
  .object({
    id: z.uuid(),
    caseId: z.uuid(),
    kind: z.enum(taskKinds),
    dueAt: instant,
    state: z.enum(['done', 'cancelled', 'overdue', 'due_today', 'upcoming']),
    status: z.enum(taskStatuses),
    assigneeId: z.uuid(),
    title: z.string(),
    detail: z.string().nullable(),
    instrumentId: z.string().nullable(),
    link: z.string().nullable(),
    outcome: z.string().nullable(),
    followed: z.boolean().nullable(),
    remindedAt: instant.nullable(),
    completedAt: instant.nullable(),
    createdAt: instant,
  })
  .meta({ id: 'FollowUpTask' });

export const sharedContentSchema = z
  .object({
    contact: caseContactSchema.nullable(),
    summary: z.string().nullable(),
    measures: z
      .array(
        z.object({ instrumentId: z.string(), at: instant, score: z.number(), band: z.string().nullable() }),
      )
      .nullable(),
  })
  .meta({ id: 'ReferralSharedContent', description: 'Only the items the worker agreed to pass on' });

const referralFields = {
  id: z.uuid(),
  institution: z.object({ id: z.uuid(), name: z.string() }),
  items: z.array(z.enum(referralItems)),
  status: z.enum(['sent', 'acknowledged', 'declined', 'withdrawn']),
  sentAt: instant,
  sentBy: z.object({ name: z.string() }),
  acknowledgedAt: instant.nullable(),
  acknowledgedBy: z.string().nullable(),
  response: z.string().nullable(),
  shared: sharedContentSchema.nullable().meta({ description: 'Null once the worker withdrew the consent' }),
};

export const caseReferralSchema = z.object(referralFields).meta({ id: 'CaseReferral' });
export const partnerReferralSchema = z.object(referralFields).meta({
  id: 'PartnerReferral',
  description: 'A referral as the partner institution sees it: what was passed on and who sent it',
});

export const appointmentSchema = z
  .object({
    id: z.uuid(),
    startsAt: instant,
    endsAt: instant,
    status: z.string(),
    mode: z.string(),
    source: z.string(),
    servicePoint: z.string(),
    counsellor: z.string(),
  })
  .meta({ id: 'CaseAppointment' });

export const caseEventSchema = z
  .object({
    id: z.uuid(),
    kind: z.string(),
    at: instant,
    actor: z.string().nullable(),
    detail: z.record(z.string(), z.unknown()).nullable().meta({
      description: 'The sealed facts of the event (a reason, who from and to); null without a basis',
    }),
  })
  .meta({ id: 'CaseEvent' });

export const caseDetailSchema = caseSummarySchema
  .extend({
    closureReason: z.enum(closureReasons).nullable(),
    finalMeasureId: z.uuid().nullable(),
    retainUntil: instant.nullable(),
    alertId: z.uuid().nullable(),
    bookingId: z.uuid().nullable(),
    basis: recordBasisSchema,
    records: z
      .object({
        contact: caseContactSchema.nullable(),
        contactWithdrawn: z.boolean(),
        notes: z.array(noteSchema),
        tasks: z.array(taskSchema),
        referrals: z.array(caseReferralSchema),
        appointments: z.array(appointmentSchema),
      })
      .nullable(),
    events: z.array(caseEventSchema),
  })
  .meta({ id: 'CaseDetail' });

export const contactBodySchema = z.strictObject({
  name: text(100).optional(),
  phone: z
    .string()
    .trim()
    .regex(/^\+?[0-9][0-9 -]{4,24}$/, 'A phone number: digits, spaces and dashes')
    .optional(),
  preferredTime: text(200).optional(),
});

export const reasonSchema = z.string().trim().min(2).max(2000);

export const queueSchema = z
  .object({
    alerts: z.object({ new: z.number().int(), crisis: z.number().int(), overdue: z.number().int() }),
    tasks: z.array(
      z.object({
        id: z.uuid(),
        caseId: z.uuid(),
        caseNumber: z.string(),
        kind: z.enum(taskKinds),
        dueAt: instant,
        state: z.enum(['overdue', 'due_today', 'upcoming']),
      }),
    ),
    cases: z.object({ open: z.number().int(), escalatedToMe: z.number().int() }),
  })
  .meta({ id: 'CareQueue', description: 'Counts and due times only: nothing confidential, not audited' });

export const careStaffSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    roles: z.array(z.enum(['counsellor', 'supervisor'])),
    onDuty: z.boolean(),
  })
  .meta({ id: 'CareStaff' });
