import { sql } from 'drizzle-orm';
import {
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import type { RecurrenceRule } from '../../core/booking/recurrence';
import { bookers, serviceRooms } from '../booking/tables';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { servicePoints } from '../service-points/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A recurring run of events ("twice a month"): the rule that made them; each event is its own row. */
export const eventSeries = pgTable('event_series', {
  id: uuid('id').primaryKey().defaultRandom(),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  rule: jsonb('rule').$type<RecurrenceRule>().notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: ts('created_at').notNull().defaultNow(),
});

/**
 * A group event (讲座, 工作坊, 沙盘, 团辅 …). `held` counts the places taken — registered and offered — and
 * the check constraint `held <= capacity` is what keeps an event from being overbooked: every registration,
 * cancellation and offer changes `held` in the same transaction as the registration row, under the event's
 * row lock, so PostgreSQL refuses the one too many whatever the code above it does.
 */
export const groupEvents = pgTable(
  'group_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** Where it sits in the tree, for staff reach: the station's, the enterprise's or the federation's. */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    seriesId: uuid('series_id').references(() => eventSeries.id),
    /** The grassroots order it delivers, if any (issue 7's orders). */
    orderId: uuid('order_id'),
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    description: text('description').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    placeKind: text('place_kind').notNull(),
    servicePointId: uuid('service_point_id').references(() => servicePoints.id),
    roomId: uuid('room_id').references(() => serviceRooms.id),
    siteName: text('site_name'),
    siteAddress: text('site_address'),
    siteLatitude: doublePrecision('site_latitude'),
    siteLongitude: doublePrecision('site_longitude'),
    onlineUrl: text('online_url'),
    startsAt: ts('starts_at').notNull(),
    endsAt: ts('ends_at').notNull(),
    capacity: integer('capacity').notNull(),
    held: integer('held').notNull().default(0),
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    /** open: anyone in the federation; invitation: the workers of `invitedOrganisationId` (by invite link). */
    visibility: text('visibility').notNull().default('open'),
    invitedOrganisationId: uuid('invited_organisation_id').references(() => organisations.id),
    /** The invite link's secret, hashed; the link is shown to staff and the enterprise officer. */
    inviteTokenHash: text('invite_token_hash'),
    registrationOpensAt: ts('registration_opens_at'),
    registrationClosesAt: ts('registration_closes_at'),
    status: text('status').notNull().default('draft'),
    cancelReason: text('cancel_reason'),
    /** The door poster's check-in code, hashed (shown once when printed, like a station's poster). */
    doorCodeHash: text('door_code_hash'),
    replayUrl: text('replay_url'),
    summary: text('summary'),
    summaryEn: text('summary_en'),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
    publishedAt: ts('published_at'),
    cancelledAt: ts('cancelled_at'),
  },
  (t) => [
    index('group_events_tenant_start_idx').on(t.tenantId, t.startsAt),
    index('group_events_org_idx').on(t.organisationId),
    index('group_events_series_idx').on(t.seriesId),
    index('group_events_order_idx').on(t.orderId),
    check('group_events_held_check', sql`${t.held} >= 0 and ${t.held} <= ${t.capacity}`),
    check('group_events_capacity_check', sql`${t.capacity} between 1 and 5000`),
    check('group_events_time_check', sql`${t.endsAt} > ${t.startsAt}`),
    check('group_events_status_check', sql`${t.status} in ('draft', 'published', 'cancelled')`),
    check('group_events_visibility_check', sql`${t.visibility} in ('open', 'invitation')`),
    check('group_events_place_check', sql`${t.placeKind} in ('service_point', 'site', 'online')`),
    check(
      'group_events_place_fields_check',
      sql`(${t.placeKind} <> 'service_point' or ${t.servicePointId} is not null) and (${t.placeKind} <> 'online' or ${t.onlineUrl} is not null) and (${t.placeKind} <> 'site' or ${t.siteAddress} is not null)`,
    ),
    check(
      'group_events_invitation_check',
      sql`${t.visibility} <> 'invitation' or ${t.invitedOrganisationId} is not null`,
    ),
  ],
);

/** Who hosts an event: a counsellor with an account, or an outside expert named by text. */
export const eventHosts = pgTable(
  'event_hosts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id, { onDelete: 'cascade' }),
    userId: uuid('user_id').references(() => users.id),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
  },
  (t) => [
    index('event_hosts_event_idx').on(t.eventId),
    index('event_hosts_user_idx').on(t.userId),
    uniqueIndex('event_hosts_user_uniq').on(t.eventId, t.userId),
  ],
);

/**
 * A place at an event: a worker's own (a booker — phone or retrieval code), or one an enterprise officer
 * registered for a member (name and phone sealed). Status: registered, waitlisted (in line by `queuedAt`,
 * then id), offered (a freed place held for them until `offerExpiresAt`), cancelled, expired (an offer let
 * lapse). registered and offered count in the event's `held`.
 */
export const eventRegistrations = pgTable(
  'event_registrations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id),
    bookerId: uuid('booker_id').references(() => bookers.id, { onDelete: 'set null' }),
    source: text('source').notNull(),
    /** The officer's enterprise, for a member they registered. */
    organisationId: uuid('organisation_id').references(() => organisations.id),
    registeredBy: uuid('registered_by').references(() => users.id),
    memberNameSealed: text('member_name_sealed'),
    memberPhoneSealed: text('member_phone_sealed'),
    status: text('status').notNull(),
    queuedAt: ts('queued_at'),
    offerExpiresAt: ts('offer_expires_at'),
    lang: text('lang').notNull().default('zh-CN'),
    consentVersion: text('consent_version'),
    createdAt: ts('created_at').notNull().defaultNow(),
    cancelledAt: ts('cancelled_at'),
    cancelledBy: text('cancelled_by'),
    checkedInAt: ts('checked_in_at'),
    checkedInBy: uuid('checked_in_by').references(() => users.id),
    /** How: the worker scanned the door poster, staff scanned the worker's code, or staff ticked the list. */
    checkInMethod: text('check_in_method'),
    /** When feedback was given; the feedback row itself is not linked when it is anonymous. */
    feedbackAt: ts('feedback_at'),
  },
  (t) => [
    index('event_registrations_event_idx').on(t.eventId, t.status),
    index('event_registrations_booker_idx').on(t.bookerId),
    index('event_registrations_queue_idx')
      .on(t.eventId, t.queuedAt, t.id)
      .where(sql`${t.status} = 'waitlisted'`),
    index('event_registrations_offer_idx').on(t.offerExpiresAt).where(sql`${t.status} = 'offered'`),
    uniqueIndex('event_registrations_one_per_booker_uniq')
      .on(t.eventId, t.bookerId)
      .where(sql`${t.status} in ('registered', 'waitlisted', 'offered')`),
    check(
      'event_registrations_status_check',
      sql`${t.status} in ('registered', 'waitlisted', 'offered', 'cancelled', 'expired')`,
    ),
    check('event_registrations_source_check', sql`${t.source} in ('worker', 'officer')`),
    check(
      'event_registrations_method_check',
      sql`${t.checkInMethod} is null or ${t.checkInMethod} in ('door_code', 'ticket_scan', 'staff_list')`,
    ),
  ],
);

/** Reminders for a registration (the day before, two hours before); sent_at records when each went. */
export const eventReminders = pgTable(
  'event_reminders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    registrationId: uuid('registration_id')
      .notNull()
      .references(() => eventRegistrations.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    dueAt: ts('due_at').notNull(),
    sentAt: ts('sent_at'),
    outcome: text('outcome'),
  },
  (t) => [
    uniqueIndex('event_reminders_uniq').on(t.registrationId, t.kind),
    index('event_reminders_due_idx').on(t.dueAt).where(sql`${t.sentAt} is null`),
  ],
);

/** People who came without registering, counted at the door (no names). */
export const eventWalkIns = pgTable(
  'event_walk_ins',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id, { onDelete: 'cascade' }),
    count: integer('count').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_walk_ins_event_idx').on(t.eventId),
    check('event_walk_ins_count_check', sql`${t.count} between 1 and 1000`),
  ],
);

/** Care packages (关爱礼包) handed out, counted per attendee group (an audience group id or 'general'). */
export const eventCarePackages = pgTable(
  'event_care_packages',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id, { onDelete: 'cascade' }),
    audienceGroup: text('audience_group').notNull(),
    count: integer('count').notNull(),
    recordedBy: uuid('recorded_by').references(() => users.id),
    recordedAt: ts('recorded_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_care_packages_event_idx').on(t.eventId),
    check('event_care_packages_count_check', sql`${t.count} between 1 and 5000`),
  ],
);

/**
 * Feedback after an event: a rating and a comment. Anonymous by default — then nothing links it to the
 * registration (which only records that feedback was given, so it is given once).
 */
export const eventFeedback = pgTable(
  'event_feedback',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    eventId: uuid('event_id')
      .notNull()
      .references(() => groupEvents.id, { onDelete: 'cascade' }),
    /** Only when the worker chose to sign it. */
    registrationId: uuid('registration_id').references(() => eventRegistrations.id, { onDelete: 'set null' }),
    rating: smallint('rating').notNull(),
    comment: text('comment'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('event_feedback_event_idx').on(t.eventId),
    check('event_feedback_rating_check', sql`${t.rating} between 1 and 5`),
  ],
);
