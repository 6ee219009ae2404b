import { desc, eq } from 'drizzle-orm';
import type { Rule } from '../../core/recommendations/types';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { recommendationRuleSets } from './tables';

export type RuleSetRow = typeof recommendationRuleSets.$inferSelect & { savedByName: string | null };

/** The version in force: the newest saved one, with who saved it; undefined while the defaults apply. */
export async function currentRuleSet(db: Db, tenantId: string): Promise<RuleSetRow | undefined> {
  const [row] = await db
    .select({ set: recommendationRuleSets, savedByName: users.displayName })
    .from(recommendationRuleSets)
    .leftJoin(users, eq(users.id, recommendationRuleSets.savedBy))
    .where(eq(recommendationRuleSets.tenantId, tenantId))
    .orderBy(desc(recommendationRuleSets.version))
    .limit(1);
  return row ? { ...row.set, savedByName: row.savedByName } : undefined;
}

/** A new version; the unique (tenant, version) refuses a second save from the same base. */
export async function insertRuleSet(
  db: Db,
  values: {
    tenantId: string;
    version: number;
    rules: Rule[];
    note: string | null;
    savedBy: string | null;
    savedAt: Date;
  },
): Promise<void> {
  await db.insert(recommendationRuleSets).values(values);
}
