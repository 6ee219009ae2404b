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
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Boundary } from '../../core/coverage/boundary';
import { tenants } from '../tenancy/tables';

/** The organisation tree inside a tenant; `path` is the materialised path "/root-id/…/own-id/". */
export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
    path: text('path').notNull(),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en'),
    industry: text('industry'),
    memberCount: integer('member_count'),
    address: text('address'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** A district's outline (GeoJSON Polygon/MultiPolygon) for the coverage map without tiles; seeded, approximate. */
    boundary: jsonb('boundary').$type<Boundary>(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('organisations_tenant_path_idx').on(t.tenantId, t.path.op('text_pattern_ops')),
    index('organisations_parent_idx').on(t.parentId),
    check(
      'organisations_kind_check',
      sql`${t.kind} in ('federation', 'district_union', 'industry_union', 'enterprise_union', 'grassroots_union', 'department', 'partner_institution')`,
    ),
    check('organisations_member_count_check', sql`${t.memberCount} is null or ${t.memberCount} >= 0`),
    check('organisations_latitude_check', sql`${t.latitude} is null or ${t.latitude} between -90 and 90`),
    check(
      'organisations_longitude_check',
      sql`${t.longitude} is null or ${t.longitude} between -180 and 180`,
    ),
  ],
);
