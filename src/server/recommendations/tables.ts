import { integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { Rule } from '../../core/recommendations/types';
import { users } from '../identity/tables';
import { tenants } from '../tenancy/tables';

const ts = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/**
 * A federation's recommendation rules, one row per saved version (never updated): the newest is in force, the
 * older ones say what workers were shown when. No row: the default rules (core/recommendations/defaults.ts).
 * The unique version per tenant makes two saves from the same version refuse the second.
 */
export const recommendationRuleSets = pgTable(
  'recommendation_rule_sets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    tenantId: uuid('tenant_id')
      .notNull()
      .references(() => tenants.id),
    version: integer('version').notNull(),
    rules: jsonb('rules').$type<Rule[]>().notNull(),
    note: text('note'),
    savedBy: uuid('saved_by').references(() => users.id),
    savedAt: ts('saved_at').notNull(),
  },
  (t) => [unique('recommendation_rule_sets_tenant_version_key').on(t.tenantId, t.version)],
);
