import { sql } from 'drizzle-orm';
import { boolean, check, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { submissions } from '../checkup/tables';
import { users } from '../identity/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A request for help that reaches the federation's counsellors. Today: a worker asking to be contacted after a
 * check-up, under a separate consent. Contact details are sealed; reading them is audited.
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
    contactSealed: text('contact_sealed').notNull(),
    consentVersion: text('consent_version').notNull(),
    consentedAt: ts('consented_at').notNull(),
    status: text('status').notNull().default('new'),
    isDemo: boolean('is_demo').notNull().default(false),
    createdAt: ts('created_at').notNull().defaultNow(),
    acknowledgedBy: uuid('acknowledged_by').references(() => users.id),
    acknowledgedAt: ts('acknowledged_at'),
    closedBy: uuid('closed_by').references(() => users.id),
    closedAt: ts('closed_at'),
  },
  (t) => [
    index('alerts_tenant_status_idx').on(t.tenantId, t.status, t.createdAt),
    check('alerts_priority_check', sql`${t.priority} in ('crisis', 'high', 'normal')`),
    check('alerts_status_check', sql`${t.status} in ('new', 'acknowledged', 'closed')`),
    check('alerts_source_check', sql`${t.source} in ('checkup_contact_request')`),
  ],
);
