import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { alerts } from '../alerts/tables';
import { bookings } from '../booking/tables';
import { retrievalIdentities } from '../checkup/tables';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });
const tenant = () =>
  uuid('tenant_id')
    .notNull()
    .references(() => tenants.id);

/**
 * What a federation decides about its care loop: when an untaken request escalates, and the named duty phone
 * the last step texts (sealed). A federation without a row uses src/core/care/triage.ts's defaults.
 */
export const careSettings = pgTable(
  'care_settings',
  {
    tenantId: uuid('tenant_id')
      .primaryKey()
      .references(() => tenants.id),
    crisisAckMinutes: integer('crisis_ack_minutes').notNull().default(15),
    dutyPhoneAfterMinutes: integer('duty_phone_after_minutes').notNull().default(15),
    highDueMinutes: integer('high_due_minutes').notNull().default(240),
    normalDueMinutes: integer('normal_due_minutes').notNull().default(2880),
    dutyPhoneSealed: text('duty_phone_sealed'),
    /** Whose phone it is ("值班主任 张科长"), shown to staff; not secret. */
    dutyPhoneLabel: text('duty_phone_label'),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    check(
      'care_settings_minutes_check',
      sql`${t.crisisAckMinutes} between 1 and 240 and ${t.dutyPhoneAfterMinutes} between 1 and 240 and ${t.highDueMinutes} between 5 and 10080 and ${t.normalDueMinutes} between 5 and 20160`,
    ),
  ],
);

/**
 * A counsellor or supervisor who said "I am on duty" in the console until a time. With duty rosters (a slot
 * now) this decides whose console rings for a crisis; when nobody is on duty, every counsellor's does.
 */
export const careDuty = pgTable('care_duty', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  tenantId: tenant(),
  since: ts('since').notNull(),
  until: ts('until').notNull(),
});

/** Case numbers run per federation and year ("2026-0007"), readable on the phone and in supervision. */
export const caseCounters = pgTable(
  'case_counters',
  {
    tenantId: tenant(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.year] })],
);

/**
 * A case: one person's continuing care. The contact details are sealed and readable only by whoever may read
 * the records (src/core/care/case-access.ts). `subject_*` say who it is about, for the worker's own access and
 * deletion; they are keyed hashes and ids, never readable contact data.
 */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    number: text('number').notNull(),
    status: text('status').notNull().default('open'),
    priority: text('priority').notNull(),
    origin: text('origin').notNull(),
    alertId: uuid('alert_id').references((): AnyPgColumn => alerts.id, { onDelete: 'set null' }),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    counsellorId: uuid('counsellor_id')
      .notNull()
      .references(() => users.id),
    /** The supervisor the case is escalated to (who may then read the records), or null. */
    escalatedTo: uuid('escalated_to').references(() => users.id),
    escalatedAt: ts('escalated_at'),
    /** The organisation it came through (an enterprise referral, a campaign), for aggregate statistics only. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    subjectPhoneHash: text('subject_phone_hash'),
    subjectIdentityId: uuid('subject_identity_id').references(() => retrievalIdentities.id, {
      onDelete: 'set null',
    }),
    /** JSON { name, phone, preferredTime, message } as the worker consented; null once withdrawn or erased. */
    contactSealed: text('contact_sealed'),
    contactConsentVersion: text('contact_consent_version'),
    contactErasedAt: ts('contact_erased_at'),
    openedBy: uuid('opened_by').references(() => users.id),
    openedAt: ts('opened_at').notNull(),
    closedAt: ts('closed_at'),
    closedBy: uuid('closed_by').references(() => users.id),
    closureReason: text('closure_reason'),
    /** The questionnaire the case closed with (a final measure), or null with a stated reason in the event. */
    finalMeasureId: uuid('final_measure_id'),
    /** Three years after closure (src/core/care/retention.ts); a job deletes the case then. */
    retainUntil: ts('retain_until'),
    isDemo: boolean('is_demo').notNull().default(false),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cases_number_uniq').on(t.tenantId, t.number),
    index('cases_counsellor_idx').on(t.counsellorId, t.status),
    index('cases_tenant_status_idx').on(t.tenantId, t.status, t.openedAt),
    // Statistics: cases opened in a period, whatever their state (src/server/statistics/queries-care.ts).
    index('cases_tenant_opened_idx').on(t.tenantId, t.openedAt),
    index('cases_subject_phone_idx').on(t.tenantId, t.subjectPhoneHash),
    index('cases_subject_identity_idx').on(t.subjectIdentityId),
    index('cases_retain_idx').on(t.retainUntil),
    check('cases_status_check', sql`${t.status} in ('open', 'closed')`),
    check('cases_priority_check', sql`${t.priority} in ('crisis', 'high', 'normal')`),
    check('cases_origin_check', sql`${t.origin} in ('alert', 'booking', 'walk_in')`),
    check(
      'cases_closure_check',
      sql`(${t.status} = 'open' and ${t.closedAt} is null) or (${t.status} = 'closed' and ${t.closedAt} is not null and ${t.closureReason} is not null)`,
    ),
  ],
);

/**
 * The case's timeline: opened, (re)assigned, escalated, break-glass, closed, reopened, consent withdrawn … A
 * reason may be health information, so it is sealed; the kind and who and when stay readable.
 */
export const caseEvents = pgTable(
  'case_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    at: ts('at').notNull(),
    /** JSON facts of the event (a reason, who from and to); sealed. */
    detailSealed: text('detail_sealed'),
  },
  (t) => [index('case_events_case_idx').on(t.caseId, t.at)],
);

/** A session note: the structured form (src/core/care/records.ts NoteBody) sealed as one JSON document. */
export const caseNotes = pgTable(
  'case_notes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    /** When the contact took place (may be earlier than the writing). */
    happenedAt: ts('happened_at').notNull(),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    /** A note is never changed; an addendum names the note it corrects. */
    amendsId: uuid('amends_id').references((): AnyPgColumn => caseNotes.id),
    bodySealed: text('body_sealed').notNull(),
    /** The risk level, kept readable so the queue can order by it without opening notes. */
    riskLevel: text('risk_level').notNull(),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('case_notes_case_idx').on(t.caseId, t.happenedAt),
    check(
      'case_notes_kind_check',
      sql`${t.kind} in ('session', 'phone', 'contact_attempt', 'supervision', 'addendum')`,
    ),
    check('case_notes_risk_check', sql`${t.riskLevel} in ('none', 'low', 'moderate', 'high', 'imminent')`),
  ],
);

/**
 * A questionnaire given in a case: answered in the room (entered by the counsellor) or by a link sent to the
 * worker (a single-use token, kept as a hash). Answers are sealed; the score and band stay readable so the
 * case's trend and the statistics need no decryption.
 */
export const caseMeasures = pgTable(
  'case_measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    instrumentId: text('instrument_id').notNull(),
    instrumentVersion: text('instrument_version').notNull(),
    via: text('via').notNull(),
    status: text('status').notNull(),
    lang: text('lang').notNull().default('zh-CN'),
    tokenHash: text('token_hash'),
    requestedBy: uuid('requested_by')
      .notNull()
      .references(() => users.id),
    requestedAt: ts('requested_at').notNull(),
    expiresAt: ts('expires_at'),
    completedAt: ts('completed_at'),
    answersSealed: text('answers_sealed'),
    score: doublePrecision('score'),
    bandCode: text('band_code'),
    bandLevel: integer('band_level'),
    flags: jsonb('flags').$type<string[]>(),
    crisisLevel: text('crisis_level'),
  },
  (t) => [
    index('case_measures_case_idx').on(t.caseId, t.instrumentId, t.completedAt),
    uniqueIndex('case_measures_token_uniq').on(t.tokenHash),
    check('case_measures_via_check', sql`${t.via} in ('in_room', 'link')`),
    check(
      'case_measures_status_check',
      sql`${t.status} in ('requested', 'completed', 'expired', 'cancelled')`,
    ),
    check(
      'case_measures_completed_check',
      sql`${t.status} <> 'completed' or (${t.completedAt} is not null and ${t.score} is not null and ${t.answersSealed} is not null)`,
    ),
  ],
);

/**
 * A follow-up task of a case: call back, re-check with an instrument, next appointment, a group activity or
 * lecture, an article or self-help tool, a referral. What it says is sealed (it may name the trouble).
 */
export const followUpTasks = pgTable(
  'follow_up_tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    dueAt: ts('due_at').notNull(),
    assigneeId: uuid('assignee_id')
      .notNull()
      .references(() => users.id),
    /** JSON { title, detail, instrumentId?, link? }. */
    detailSealed: text('detail_sealed').notNull(),
    status: text('status').notNull().default('open'),
    /** The questionnaire a re-check task sent, when it sent one. */
    measureId: uuid('measure_id').references(() => caseMeasures.id, { onDelete: 'set null' }),
    remindedAt: ts('reminded_at'),
    completedAt: ts('completed_at'),
    completedBy: uuid('completed_by').references(() => users.id),
    /** JSON { outcome } written at completion; sealed. */
    outcomeSealed: text('outcome_sealed'),
    /** For a recommendation: did the worker follow it? Null until known. */
    followed: boolean('followed'),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [
    index('follow_up_tasks_assignee_idx').on(t.assigneeId, t.status, t.dueAt),
    index('follow_up_tasks_case_idx').on(t.caseId),
    // Statistics: follow-ups due in a period (src/server/statistics/queries-care.ts).
    index('follow_up_tasks_tenant_due_idx').on(t.tenantId, t.dueAt),
    check(
      'follow_up_tasks_kind_check',
      sql`${t.kind} in ('call_back', 'recheck', 'appointment', 'group_activity', 'content', 'referral', 'other')`,
    ),
    check('follow_up_tasks_status_check', sql`${t.status} in ('open', 'done', 'cancelled')`),
  ],
);

/**
 * A referral to a partner institution (an organisation of kind partner_institution): what the worker agreed
 * to pass on is sealed for the institution's staff, who acknowledge it in the console.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    institutionId: uuid('institution_id')
      .notNull()
      .references(() => organisations.id),
    /** The items the worker agreed to pass on (contact, summary, measures). */
    consentItems: text('consent_items').array().notNull(),
    consentVersion: text('consent_version').notNull(),
    /** JSON of what is passed on; null once the worker withdrew the consent. */
    sharedSealed: text('shared_sealed'),
    status: text('status').notNull().default('sent'),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    sentAt: ts('sent_at').notNull(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: ts('acknowledged_at'),
    /** The institution's answer (an appointment made, declined and why); sealed. */
    responseSealed: text('response_sealed'),
  },
  (t) => [
    index('referrals_institution_idx').on(t.institutionId, t.status),
    index('referrals_case_idx').on(t.caseId),
    check('referrals_status_check', sql`${t.status} in ('sent', 'acknowledged', 'declined', 'withdrawn')`),
  ],
);

/** An emergency read by a supervisor of a case not escalated to them: with a reason, for a limited time. */
export const breakGlassGrants = pgTable(
  'break_glass_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reasonSealed: text('reason_sealed').notNull(),
    grantedAt: ts('granted_at').notNull(),
    expiresAt: ts('expires_at').notNull(),
  },
  (t) => [index('break_glass_case_idx').on(t.caseId, t.userId, t.expiresAt)],
);

/**
 * Something for one member of staff to look at: a new or escalated request, a task due, a referral, a case
 * given to them. It names the object, never what it is about, so the list itself is not confidential.
 */
export const staffNotifications = pgTable(
  'staff_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: tenant(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    kind: text('kind').notNull(),
    objectType: text('object_type').notNull(),
    objectId: uuid('object_id').notNull(),
    /** A case number or similar to show ("2026-0007"); nothing about the person. */
    label: text('label'),
    priority: text('priority'),
    createdAt: ts('created_at').notNull(),
    readAt: ts('read_at'),
  },
  (t) => [
    index('staff_notifications_user_idx').on(t.userId, t.readAt, t.createdAt),
    check(
      'staff_notifications_kind_check',
      sql`${t.kind} in ('alert_new', 'alert_escalated', 'case_assigned', 'case_escalated', 'case_break_glass', 'task_due', 'measure_completed', 'referral_received', 'referral_answered', 'order_update')`,
    ),
  ],
);
