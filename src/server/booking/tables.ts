import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RecurrenceRule } from '../../core/booking/recurrence';
import { retrievalIdentities } from '../checkup/tables';
import { users } from '../identity/tables';
import { servicePoints } from '../service-points/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** Rooms of a service point that a counselling slot can take (consulting, sandplay, group). */
export const serviceRooms = pgTable(
  'service_rooms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('service_rooms_point_idx').on(t.servicePointId),
    check('service_rooms_kind_check', sql`${t.kind} in ('consulting', 'sandplay', 'group')`),
  ],
);

/** What a worker sees of a counsellor; a counsellor without a profile is not offered to workers. */
export const counsellorProfiles = pgTable('counsellor_profiles', {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  /** The name workers see (often a surname and 老师), not the account name. */
  publicName: text('public_name').notNull(),
  publicNameEn: text('public_name_en').notNull(),
  qualification: text('qualification').notNull(),
  qualificationEn: text('qualification_en').notNull(),
  specialties: text('specialties').array().notNull(),
  languages: text('languages').array().notNull(),
  bio: text('bio').notNull().default(''),
  bioEn: text('bio_en').notNull().default(''),
  photoUrl: text('photo_url'),
  active: boolean('active').notNull().default(true),
  updatedAt: ts('updated_at').notNull().defaultNow(),
});

/** A counsellor's recurring duty at a service point; open slots are generated from it. */
export const dutyRosters = pgTable(
  'duty_rosters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    counsellorId: uuid('counsellor_id')
      .notNull()
      .references(() => users.id),
    roomId: uuid('room_id').references(() => serviceRooms.id),
    rule: jsonb('rule').$type<RecurrenceRule>().notNull(),
    startTime: text('start_time').notNull(),
    endTime: text('end_time').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validUntil: date('valid_until', { mode: 'string' }),
    slotMinutes: integer('slot_minutes').notNull(),
    bufferMinutes: integer('buffer_minutes').notNull(),
    modes: text('modes').array().notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('duty_rosters_point_idx').on(t.servicePointId),
    index('duty_rosters_counsellor_idx').on(t.counsellorId),
  ],
);

/** A day without duty: one roster's (rosterId) or the whole service point's (a holiday, rosterId null). */
export const rosterExceptions = pgTable(
  'roster_exceptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    rosterId: uuid('roster_id').references(() => dutyRosters.id, { onDelete: 'cascade' }),
    date: date('date', { mode: 'string' }).notNull(),
    reason: text('reason').notNull().default(''),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('roster_exceptions_point_idx').on(t.servicePointId, t.date)],
);

/**
 * A stretch of a counsellor's time: an open slot from a roster, a walk-in, or blocked time. An exclusion
 * constraint (migration 0006) forbids two live slots of one counsellor, or of one room, from overlapping.
 */
export const slots = pgTable(
  'slots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    counsellorId: uuid('counsellor_id')
      .notNull()
      .references(() => users.id),
    roomId: uuid('room_id').references(() => serviceRooms.id),
    rosterId: uuid('roster_id').references(() => dutyRosters.id, { onDelete: 'set null' }),
    kind: text('kind').notNull(),
    status: text('status').notNull().default('open'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    modes: text('modes').array().notNull(),
    note: text('note'),
    /** A freed slot offered to the first in a waitlist: only that person may book it until heldUntil. */
    heldFor: uuid('held_for'),
    heldUntil: ts('held_until'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('slots_point_start_idx').on(t.servicePointId, t.startsAt),
    index('slots_counsellor_start_idx').on(t.counsellorId, t.startsAt),
    // Statistics: the sessions of a period across a tenant (src/server/statistics/queries-counselling.ts).
    index('slots_tenant_start_idx').on(t.tenantId, t.startsAt),
    check('slots_kind_check', sql`${t.kind} in ('rostered', 'walk_in', 'block')`),
    check('slots_status_check', sql`${t.status} in ('open', 'cancelled')`),
    check('slots_time_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

/**
 * The least identity that works: a confirmed phone number (kept sealed, for reminders; found by a keyed
 * hash) or a check-up retrieval identity. Erasing the retrieval code erases the booker.
 */
export const bookers = pgTable(
  'bookers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    phoneHash: text('phone_hash'),
    phoneSealed: text('phone_sealed'),
    retrievalIdentityId: uuid('retrieval_identity_id').references(() => retrievalIdentities.id, {
      onDelete: 'cascade',
    }),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('bookers_phone_uniq').on(t.tenantId, t.phoneHash),
    uniqueIndex('bookers_retrieval_uniq').on(t.retrievalIdentityId),
    check(
      'bookers_identity_check',
      sql`(${t.phoneHash} is not null and ${t.phoneSealed} is not null) or ${t.retrievalIdentityId} is not null`,
    ),
  ],
);

/**
 * One appointment. The partial unique index on the slot is what makes a double booking impossible: two
 * transactions racing for one slot cannot both commit a live booking.
 */
export const bookings = pgTable(
  'bookings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    slotId: uuid('slot_id')
      .notNull()
      .references(() => slots.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    counsellorId: uuid('counsellor_id')
      .notNull()
      .references(() => users.id),
    bookerId: uuid('booker_id').references(() => bookers.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    topic: text('topic').notNull(),
    mode: text('mode').notNull(),
    /** The language reminders are written in. */
    lang: text('lang').notNull().default('zh-CN'),
    status: text('status').notNull().default('booked'),
    consentVersion: text('consent_version'),
    /** The check-up results the worker chose to show the counsellor (their retrieval identity), or null. */
    sharedIdentityId: uuid('shared_identity_id').references(() => retrievalIdentities.id, {
      onDelete: 'set null',
    }),
    rescheduledFrom: uuid('rescheduled_from'),
    createdAt: ts('created_at').notNull().defaultNow(),
    cancelledAt: ts('cancelled_at'),
    cancelledBy: text('cancelled_by'),
    markedAt: ts('marked_at'),
    markedBy: uuid('marked_by').references(() => users.id),
    /** When the worker scanned the station's check-in code. */
    checkedInAt: ts('checked_in_at'),
  },
  (t) => [
    uniqueIndex('bookings_slot_live_uniq').on(t.slotId).where(sql`${t.status} <> 'cancelled'`),
    index('bookings_booker_idx').on(t.bookerId),
    index('bookings_counsellor_idx').on(t.counsellorId),
    check('bookings_status_check', sql`${t.status} in ('booked', 'cancelled', 'attended', 'no_show')`),
    check('bookings_source_check', sql`${t.source} in ('worker', 'walk_in', 'waitlist')`),
    check('bookings_topic_check', sql`${t.topic} in ('work', 'family', 'relationships', 'other')`),
    check('bookings_mode_check', sql`${t.mode} in ('in_person', 'phone', 'video')`),
  ],
);

/** A one-time code sent to a phone; only its hash is kept, with a count of wrong tries. */
export const phoneVerifications = pgTable(
  'phone_verifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    phoneHash: text('phone_hash').notNull(),
    codeHash: text('code_hash').notNull(),
    attempts: integer('attempts').notNull().default(0),
    expiresAt: ts('expires_at').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('phone_verifications_phone_idx').on(t.tenantId, t.phoneHash, t.createdAt)],
);

/** Reminders due for an appointment; the job records when each went out, so lateness can be measured. */
export const bookingReminders = pgTable(
  'booking_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    bookingId: uuid('booking_id')
      .notNull()
      .references(() => bookings.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    dueAt: ts('due_at').notNull(),
    sentAt: ts('sent_at'),
    outcome: text('outcome'),
  },
  (t) => [
    uniqueIndex('booking_reminders_uniq').on(t.bookingId, t.kind),
    index('booking_reminders_due_idx').on(t.dueAt).where(sql`${t.sentAt} is null`),
  ],
);

/** A counsellor's secret calendar address (only its hash is kept); revoking it ends the feed. */
export const calendarFeeds = pgTable(
  'calendar_feeds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    tokenHash: text('token_hash').notNull().unique(),
    createdAt: ts('created_at').notNull().defaultNow(),
    revokedAt: ts('revoked_at'),
  },
  (t) => [index('calendar_feeds_user_idx').on(t.userId)],
);

/**
 * Waiting for a full day at a service point. When a booked slot that day is freed, the first in line is
 * offered it for a limited time (the slot is held for them), then the next.
 */
export const waitlistEntries = pgTable(
  'waitlist_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    servicePointId: uuid('service_point_id')
      .notNull()
      .references(() => servicePoints.id),
    date: date('date', { mode: 'string' }).notNull(),
    bookerId: uuid('booker_id')
      .notNull()
      .references(() => bookers.id, { onDelete: 'cascade' }),
    topic: text('topic').notNull(),
    mode: text('mode'),
    lang: text('lang').notNull().default('zh-CN'),
    status: text('status').notNull().default('waiting'),
    offeredSlotId: uuid('offered_slot_id').references(() => slots.id),
    offerExpiresAt: ts('offer_expires_at'),
    bookingId: uuid('booking_id').references(() => bookings.id),
    consentVersion: text('consent_version').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('waitlist_point_date_idx').on(t.servicePointId, t.date, t.createdAt),
    uniqueIndex('waitlist_one_per_day_uniq')
      .on(t.bookerId, t.servicePointId, t.date)
      .where(sql`${t.status} in ('waiting', 'offered')`),
    check('waitlist_status_check', sql`${t.status} in ('waiting', 'offered', 'booked', 'expired', 'left')`),
  ],
);
