import { boolean, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A campaign link or QR code an enterprise or event hands out: submissions made through it count towards the
 * campaign in statistics. Nobody at the enterprise ever sees an individual answer.
 */
export const campaigns = pgTable(
  'campaigns',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    code: text('code').notNull().unique(),
    name: text('name').notNull(),
    checkupId: text('checkup_id').notNull().default('default'),
    active: boolean('active').notNull().default(true),
    startsAt: ts('starts_at'),
    endsAt: ts('ends_at'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('campaigns_tenant_idx').on(t.tenantId),
    index('campaigns_organisation_idx').on(t.organisationId),
  ],
);
