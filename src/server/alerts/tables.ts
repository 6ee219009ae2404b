import { sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  boolean,
  check,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bookings } from '../booking/tables';
import { cases } from '../care/tables';
import { retrievalIdentities, submissions } from '../checkup/tables';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A request for help in the federation's triage queue: a worker asking to be contacted after a check-up (a
 * separate consent), a shared high result, a hotline call or walk-in entered by staff, an enterprise officer's
 * referral, or a critical answer in a case's questionnaire. Contact details are sealed; reading them is
 * audited. Nobody taking it by `due_at` escalates it (src/core/care/triage.ts).
 */
export const alerts = pgTable(
  'alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    source: text('source').notNull(),
    priority: text('priority').notNull(),
    /** Set only when the worker chose to share the check-up results with the counsellor. */
    submissionId: uuid('submission_id').references(() => submissions.id, { onDelete: 'set null' }),
    /** Null once the worker withdrew the consent or asked for deletion (`contact_erased_at`). */
    contactSealed: text('contact_sealed'),
    contactErasedAt: ts('contact_erased_at'),
    consentVersion: text('consent_version').notNull(),
    consentedAt: ts('consented_at').notNull(),
    status: text('status').notNull().default('new'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
    /** When someone should have taken it, by priority and the federation's settings. */
    dueAt: ts('due_at').notNull(),
    escalationLevel: integer('escalation_level').notNull().default(0),
    escalatedAt: ts('escalated_at'),
    /** Who the request is about, so they can see and erase what is kept: a phone's blind index, a code. */
    subjectPhoneHash: text('subject_phone_hash'),
    subjectIdentityId: uuid('subject_identity_id').references(() => retrievalIdentities.id, {
      onDelete: 'set null',
    }),
    bookingId: uuid('booking_id').references(() => bookings.id, { onDelete: 'set null' }),
    /** The case a critical questionnaire answer came from (source case_measure). */
    fromCaseId: uuid('from_case_id').references((): AnyPgColumn => cases.id, { onDelete: 'cascade' }),
    /** Staff who entered it (hotline, walk-in, enterprise referral), and the organisation it came through. */
    enteredBy: uuid('entered_by').references(() => users.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: ts('acknowledged_at'),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: ts('closed_at'),
    closedReason: text('closed_reason'),
    /** The case opened from it. */
    caseId: uuid('case_id').references((): AnyPgColumn => cases.id, { onDelete: 'set null' }),
  },
  (t) => [
    index('alerts_tenant_status_idx').on(t.tenantId, t.status, t.createdAt),
    index('alerts_due_idx').on(t.dueAt).where(sql`${t.status} = 'new'`),
    index('alerts_subject_phone_idx').on(t.tenantId, t.subjectPhoneHash),
    index('alerts_subject_identity_idx').on(t.subjectIdentityId),
    check('alerts_priority_check', sql`${t.priority} in ('crisis', 'high', 'normal')`),
    check('alerts_status_check', sql`${t.status} in ('new', 'acknowledged', 'closed')`),
    check(
      'alerts_source_check',
      sql`${t.source} in ('checkup_contact_request', 'shared_result', 'hotline', 'walk_in', 'enterprise_referral', 'case_measure')`,
    ),
    check('alerts_escalation_check', sql`${t.escalationLevel} between 0 and 2`),
    check(
      'alerts_closed_reason_check',
      sql`${t.closedReason} is null or ${t.closedReason} in ('case_opened', 'handled', 'no_case_needed', 'duplicate', 'unreachable', 'consent_withdrawn')`,
    ),
  ],
);
