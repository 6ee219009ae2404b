import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

/** Opening hours: on these ISO weekdays (1 = Monday), from opens to closes, local time. */
export interface OpeningHours {
  weekdays: number[];
  opens: string;
  closes: string;
}

/** Service points (心灵驿站) hang under an organisation; their rooms and rosters are in booking/tables.ts. */
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
    /** Slots, reminders and the counsellor's calendar are in this zone. */
    timeZone: text('time_zone').notNull().default('Asia/Shanghai'),
    openingHours: jsonb('opening_hours').$type<OpeningHours[]>().notNull().default([]),
    accessibility: text('accessibility'),
    accessibilityEn: text('accessibility_en'),
    // Booking policy (src/core/booking/policy.ts)
    minNoticeMinutes: integer('min_notice_minutes').notNull().default(120),
    maxAdvanceDays: integer('max_advance_days').notNull().default(28),
    cancelCutoffMinutes: integer('cancel_cutoff_minutes').notNull().default(120),
    maxOpenBookings: integer('max_open_bookings').notNull().default(2),
    /** Minutes a freed slot is held for the first in the waitlist before it goes to the next. */
    waitlistOfferMinutes: integer('waitlist_offer_minutes').notNull().default(30),
    /** The check-in code on the station's poster (a hash of it); workers scan it when they arrive. */
    checkinCodeHash: text('checkin_code_hash'),
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
