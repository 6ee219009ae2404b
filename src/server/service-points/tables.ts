import { sql } from 'drizzle-orm';
import { boolean, check, doublePrecision, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

/** Service points (心灵驿站) hang under an organisation. Rooms, hours and rosters arrive with booking. */
export const servicePoints = pgTable(
  'service_points',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    address: text('address').notNull(),
    addressEn: text('address_en'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    phone: text('phone'),
    description: text('description'),
    descriptionEn: text('description_en'),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('service_points_tenant_idx').on(t.tenantId),
    check(
      'service_points_kind_check',
      sql`${t.kind} in ('city_station', 'district_station', 'enterprise_station', 'roadside_station', 'remote')`,
    ),
  ],
);
