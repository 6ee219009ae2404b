import { sql } from 'drizzle-orm';
import { check, customType, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** The files live in PostgreSQL, so any process behind the load balancer can serve them (no shared disk). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

/**
 * Monthly reports (月度报告) as generated: the PDF, the workbook and the figures they were drawn from, one per
 * tenant, organisation (null: the whole tenant) and month. Generating again replaces the row.
 */
export const monthlyReports = pgTable(
  'monthly_reports',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    organisationId: uuid('organisation_id').references(() => organisations.id),
    /** 'YYYY-MM' in the tenant's zone. */
    month: text('month').notNull(),
    generatedAt: ts('generated_at').notNull(),
    /** null: the monthly job. */
    generatedBy: uuid('generated_by').references(() => users.id),
    /** null when no CJK font was installed at the time; the workbook is always there. */
    pdf: bytea('pdf'),
    xlsx: bytea('xlsx').notNull(),
    /** The dashboard's answers the files were drawn from (OverviewView and BreakdownViews). */
    figures: jsonb('figures').notNull(),
  },
  (t) => [
    // One report per tenant, organisation and month; the whole tenant's (no organisation) counted once too.
    unique('monthly_reports_scope_month_uniq').on(t.tenantId, t.organisationId, t.month).nullsNotDistinct(),
    index('monthly_reports_tenant_month_idx').on(t.tenantId, t.month),
    check('monthly_reports_month_check', sql`${t.month} ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'`),
  ],
);

export type MonthlyReportRow = typeof monthlyReports.$inferSelect;
