import { sql } from 'drizzle-orm';
import { type AnyPgColumn, boolean, check, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A tenant is one federation (city, province or national), or the platform itself. */
export const tenants = pgTable(
  'tenants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    parentTenantId: uuid('parent_tenant_id').references((): AnyPgColumn => tenants.id),
    kind: text('kind').notNull(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    isDemo: boolean('is_demo').notNull().default(false),
    /** Commercial use changes what some instrument licences allow (WHO-5: non-commercial only). */
    commercialUse: boolean('commercial_use').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [check('tenants_kind_check', sql`${t.kind} in ('platform', 'national', 'province', 'city')`)],
);
