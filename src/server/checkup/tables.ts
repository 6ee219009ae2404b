import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { campaigns } from '../campaigns/tables';
import { users } from '../identity/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** A supervisor's current decision on one instrument text (version × language); history is in the audit trail. */
export const instrumentTextReviews = pgTable(
  'instrument_text_reviews',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    lang: text('lang').notNull(),
    status: text('status').notNull(),
    variant: text('variant'),
    reason: text('reason').notNull(),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: ts('decided_at').notNull(),
    isDemo: boolean('is_demo').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.instrumentId, t.version, t.lang] }),
    check('instrument_text_reviews_status_check', sql`${t.status} in ('approved', 'rejected')`),
    check('instrument_text_reviews_lang_check', sql`${t.lang} in ('zh-CN', 'en')`),
    check('instrument_text_reviews_variant_check', sql`${t.variant} is null or ${t.variant} in ('A', 'B')`),
  ],
);

/** An administrator's record that a licence allows this federation's use of an instrument. */
export const instrumentLicencePermissions = pgTable(
  'instrument_licence_permissions',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    instrumentId: text('instrument_id').notNull(),
    reference: text('reference').notNull(),
    note: text('note'),
    grantedBy: uuid('granted_by').references(() => users.id),
    grantedAt: ts('granted_at').notNull(),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.instrumentId] })],
);

/** Check-ups a federation defines beyond the default one, from instruments its workers may see. */
export const checkupDefinitions = pgTable(
  'checkup_definitions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    name: jsonb('name').$type<{ 'zh-CN': string; en: string }>().notNull(),
    description: jsonb('description').$type<{ 'zh-CN': string; en: string }>().notNull(),
    instruments: text('instruments').array().notNull(),
    /** Audience groups it is meant for (core/content/audiences.ts); empty is for everyone. */
    audiences: text('audiences').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: ts('created_at').notNull().defaultNow(),
    updatedAt: ts('updated_at').notNull().defaultNow(),
  },
  (t) => [index('checkup_definitions_tenant_idx').on(t.tenantId)],
);

/** An anonymous person known only by the hash of their retrieval code. */
export const retrievalIdentities = pgTable(
  'retrieval_identities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    codeHash: text('code_hash').notNull().unique(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [index('retrieval_identities_tenant_idx').on(t.tenantId)],
);

/** One completed check-up. Answers are sealed (health data); results stay readable for statistics. */
export const submissions = pgTable(
  'submissions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    identityId: uuid('identity_id').references(() => retrievalIdentities.id, { onDelete: 'cascade' }),
    campaignId: uuid('campaign_id').references(() => campaigns.id),
    checkupId: text('checkup_id').notNull(),
    lang: text('lang').notNull(),
    answersSealed: text('answers_sealed').notNull(),
    crisisLevel: text('crisis_level'),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    index('submissions_tenant_created_idx').on(t.tenantId, t.createdAt),
    index('submissions_identity_idx').on(t.identityId),
    index('submissions_campaign_idx').on(t.campaignId),
  ],
);

export const submissionResults = pgTable(
  'submission_results',
  {
    submissionId: uuid('submission_id')
      .notNull()
      .references(() => submissions.id, { onDelete: 'cascade' }),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    instrumentId: text('instrument_id').notNull(),
    version: text('version').notNull(),
    score: doublePrecision('score').notNull(),
    transformed: doublePrecision('transformed'),
    bandCode: text('band_code').notNull(),
    bandLevel: integer('band_level').notNull(),
    flags: text('flags').array().notNull(),
    subscales: jsonb('subscales').$type<{ id: string; score: number; positive: boolean }[]>().notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.submissionId, t.instrumentId] }),
    index('submission_results_tenant_instrument_idx').on(t.tenantId, t.instrumentId, t.createdAt),
  ],
);

/** A retried submission returns the first answer: the response is kept (sealed, it holds the code) for a day. */
export const idempotencyKeys = pgTable(
  'idempotency_keys',
  {
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    key: text('key').notNull(),
    requestHash: text('request_hash').notNull(),
    responseSealed: text('response_sealed').notNull(),
    createdAt: ts('created_at').notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.tenantId, t.key] }),
    index('idempotency_keys_created_idx').on(t.createdAt),
  ],
);
