import { sql } from 'drizzle-orm';
import {
  bigserial,
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  smallint,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from '../campaigns/tables';
import { users } from '../identity/tables';
import { organisations } from '../organisations/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** The federation's service menu (服务菜单): what an enterprise may order to its door. */
export const serviceMenuItems = pgTable(
  'service_menu_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** An event kind (lecture, healing_workshop …) or checkup_campaign (an on-site check-up). */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    titleEn: text('title_en').notNull(),
    description: text('description').notNull().default(''),
    descriptionEn: text('description_en').notNull().default(''),
    topics: text('topics').array().notNull().default(sql`'{}'::text[]`),
    durationMinutes: integer('duration_minutes').notNull(),
    maxHeadcount: integer('max_headcount').notNull(),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('service_menu_items_tenant_idx').on(t.tenantId),
    check('service_menu_items_duration_check', sql`${t.durationMinutes} between 15 and 1440`),
    check('service_menu_items_headcount_check', sql`${t.maxHeadcount} between 1 and 5000`),
  ],
);

export interface PreferredDate {
  date: string;
  time?: string;
}

/**
 * An enterprise's order for a service at its site. The state moves only along the core's transition table
 * (src/core/orders/workflow.ts), each step by an update that names the state it starts from, so two people
 * pressing at once cannot both move it; every milestone keeps its time for the SLA figures.
 */
export const serviceOrders = pgTable(
  'service_orders',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    /** The ordering enterprise (its union). */
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    menuItemId: uuid('menu_item_id')
      .notNull()
      .references(() => serviceMenuItems.id),
    state: text('state').notNull().default('submitted'),
    preferredDates: jsonb('preferred_dates').$type<PreferredDate[]>().notNull(),
    headcount: integer('headcount').notNull(),
    siteName: text('site_name').notNull(),
    siteAddress: text('site_address').notNull(),
    siteLatitude: doublePrecision('site_latitude'),
    siteLongitude: doublePrecision('site_longitude'),
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    note: text('note').notNull().default(''),
    placedBy: uuid('placed_by').references(() => users.id),
    /** The federation's other dates and message, while proposed (kept afterwards for the record). */
    proposedDates: jsonb('proposed_dates').$type<PreferredDate[]>(),
    proposalMessage: text('proposal_message'),
    declineReason: text('decline_reason'),
    cancelReason: text('cancel_reason'),
    scheduledStartsAt: ts('scheduled_starts_at'),
    scheduledEndsAt: ts('scheduled_ends_at'),
    /** The on-site check-up's campaign (checkup_campaign orders). */
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    attendance: integer('attendance'),
    deliverySummary: text('delivery_summary'),
    rating: smallint('rating'),
    ratingComment: text('rating_comment'),
    submittedAt: ts('submitted_at').notNull(),
    acceptedAt: ts('accepted_at'),
    proposedAt: ts('proposed_at'),
    declinedAt: ts('declined_at'),
    scheduledAt: ts('scheduled_at'),
    confirmedAt: ts('confirmed_at'),
    deliveredAt: ts('delivered_at'),
    ratedAt: ts('rated_at'),
    closedAt: ts('closed_at'),
    cancelledAt: ts('cancelled_at'),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('service_orders_tenant_state_idx').on(t.tenantId, t.state, t.submittedAt),
    // Statistics: orders placed in a period, whatever their state (src/server/statistics/queries-orders.ts).
    index('service_orders_tenant_submitted_idx').on(t.tenantId, t.submittedAt),
    index('service_orders_org_idx').on(t.organisationId),
    check(
      'service_orders_state_check',
      sql`${t.state} in ('submitted', 'proposed', 'accepted', 'declined', 'scheduled', 'confirmed', 'delivered', 'rated', 'closed', 'cancelled')`,
    ),
    check('service_orders_headcount_check', sql`${t.headcount} between 1 and 5000`),
    check('service_orders_rating_check', sql`${t.rating} is null or ${t.rating} between 1 and 5`),
  ],
);

/** The order's timeline: one row per step, shown to both sides. */
export const serviceOrderEvents = pgTable(
  'service_order_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Order of writing: two steps within one millisecond still read back in the order they were taken. */
    seq: bigserial('seq', { mode: 'number' }).notNull(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    orderId: uuid('order_id')
      .notNull()
      .references(() => serviceOrders.id, { onDelete: 'cascade' }),
    /** 'submit' for the first row, else the step taken. */
    step: text('step').notNull(),
    fromState: text('from_state'),
    toState: text('to_state').notNull(),
    side: text('side').notNull(),
    actorId: uuid('actor_id').references(() => users.id),
    /** The step's words (message, reason, dates, rating …), as shown in the timeline. */
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    at: ts('at').notNull(),
  },
  (t) => [
    index('service_order_events_order_idx').on(t.orderId, t.at),
    check('service_order_events_side_check', sql`${t.side} in ('enterprise', 'federation')`),
  ],
);
