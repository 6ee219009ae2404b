import { sql } from 'drizzle-orm';
import {
  bigserial,
  check,
  customType,
  date,
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
import { users } from '../identity/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** Image bytes live in PostgreSQL, so any process behind the load balancer can serve them (no shared disk). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => 'bytea' });

export interface ContentMedia {
  type: 'video' | 'audio';
  url: string;
  durationMinutes: number | null;
}

/**
 * An article, lecture replay or story of a federation's library. `status` is the workflow state of the latest
 * version (`current_version`); `published_version` is the one workers see, which stays live while a new draft
 * is written and reviewed. Archiving takes it off (published_version null).
 */
export const contentItems = pgTable(
  'content_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    slug: text('slug').notNull(),
    kind: text('kind').notNull(),
    status: text('status').notNull(),
    currentVersion: integer('current_version').notNull(),
    publishedVersion: integer('published_version'),
    /** When a scheduled version goes live (the publish job). */
    publishAt: ts('publish_at'),
    /** The first publication (lists sort by it); `live_since` is when the version now live went live. */
    firstPublishedAt: ts('first_published_at'),
    liveSince: ts('live_since'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
    updatedAt: ts('updated_at').notNull(),
  },
  (t) => [
    uniqueIndex('content_items_slug_uniq').on(t.tenantId, t.slug),
    index('content_items_tenant_status_idx').on(t.tenantId, t.status),
    index('content_items_scheduled_idx').on(t.publishAt).where(sql`${t.status} = 'scheduled'`),
    check(
      'content_items_status_check',
      sql`${t.status} in ('draft', 'review', 'scheduled', 'published', 'archived')`,
    ),
  ],
);

/**
 * Every saved version of an item, both languages together, never changed once saved (a save makes a new one);
 * the reviewer is recorded on the version they approved. `search_tokens` are src/core/content/search.ts's
 * tokens of both languages' title, summary and body; `title_tokens` those of the titles (for ranking).
 */
export const contentVersions = pgTable(
  'content_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    kind: text('kind').notNull(),
    topics: text('topics').array().notNull(),
    audiences: text('audiences').array().notNull(),
    zhTitle: text('zh_title').notNull(),
    zhSummary: text('zh_summary').notNull(),
    zhBodyHtml: text('zh_body_html').notNull(),
    enTitle: text('en_title'),
    enSummary: text('en_summary'),
    enBodyHtml: text('en_body_html'),
    media: jsonb('media').$type<ContentMedia | null>(),
    coverImageId: uuid('cover_image_id').references(() => contentImages.id),
    readingMinutes: integer('reading_minutes').notNull(),
    /** Null for versions the system wrote (the starting library). */
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: ts('saved_at').notNull(),
    note: text('note'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: ts('reviewed_at'),
    searchTokens: text('search_tokens').array().notNull(),
    titleTokens: text('title_tokens').array().notNull(),
  },
  (t) => [
    uniqueIndex('content_versions_item_version_uniq').on(t.itemId, t.version),
    index('content_versions_search_idx').using('gin', t.searchTokens),
    index('content_versions_tenant_idx').on(t.tenantId),
  ],
);

/** What happened to an item, in order: the editorial trail the console shows (the audit trail has it too). */
export const contentHistory = pgTable(
  'content_history',
  {
    /** In the order things happened (two entries of one step share their instant). */
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => contentItems.id, { onDelete: 'cascade' }),
    at: ts('at').notNull(),
    action: text('action').notNull(),
    version: integer('version').notNull(),
    /** Null when the system did it (the starting library, the publish job). */
    by: uuid('by').references(() => users.id),
    comment: text('comment'),
  },
  (t) => [index('content_history_item_idx').on(t.itemId, t.at)],
);

/** Pictures for covers and bodies, checked on upload (real type from the bytes, size and side limits). */
export const contentImages = pgTable(
  'content_images',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    mimeType: text('mime_type').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    byteSize: integer('byte_size').notNull(),
    data: bytea('data').notNull(),
    uploadedBy: uuid('uploaded_by').references(() => users.id),
    createdAt: ts('created_at').notNull(),
  },
  (t) => [index('content_images_tenant_idx').on(t.tenantId)],
);

/**
 * Anonymous counts for statistics: how often an item was opened or a tool used, per federation and day (in the
 * federation's zone). Nothing about who: no session, device, address or time of day.
 */
export const contentDailyCounts = pgTable(
  'content_daily_counts',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    day: date('day', { mode: 'string' }).notNull(),
    /** 'read' (subject: content item id) or 'tool' (subject: self-help tool id). */
    kind: text('kind').notNull(),
    subject: text('subject').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.day, t.kind, t.subject] })],
);
