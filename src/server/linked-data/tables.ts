import { integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { retrievalIdentities } from '../checkup/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * What a worker chose to link to their retrieval code from the phone (issue 6): otherwise both stay on the
 * phone. One row per retrieval identity, sealed whole (the field cipher, associated data naming the row), and
 * deleted with the identity — erasing the code or deleting "my data" takes it too (on delete cascade).
 * `updated_at` is the version the phone sends back as `baseUpdatedAt`, so two phones never overwrite blindly.
 */
export const linkedDiaries = pgTable('linked_diaries', {
  identityId: uuid('identity_id')
    .primaryKey()
    .references(() => retrievalIdentities.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  /** The entries as JSON, sealed: mood, sleep and the worker's own words are health data. */
  entriesSealed: text('entries_sealed').notNull(),
  /** How many entries, readable so the holdings overview need not open the seal. */
  entryCount: integer('entry_count').notNull(),
  updatedAt: ts('updated_at').notNull(),
});

/** The worker's groups (我是…), linked the same way: which groups someone says they belong to is theirs. */
export const linkedGroups = pgTable('linked_groups', {
  identityId: uuid('identity_id')
    .primaryKey()
    .references(() => retrievalIdentities.id, { onDelete: 'cascade' }),
  tenantId: uuid('tenant_id')
    .notNull()
    .references(() => tenants.id),
  groupsSealed: text('groups_sealed').notNull(),
  updatedAt: ts('updated_at').notNull(),
});
