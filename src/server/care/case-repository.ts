import { and, eq, gt } from 'drizzle-orm';
import type { Db } from '../db/client';
import { breakGlassGrants, cases } from './tables';

export type CaseRow = typeof cases.$inferSelect;

export async function findCase(db: Db, id: string): Promise<CaseRow | undefined> {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}

/** The viewer's break-glass grants on a case that have not run out. */
export async function activeBreakGlass(db: Db, caseId: string, userId: string, now: Date) {
  return db
    .select({ userId: breakGlassGrants.userId, expiresAt: breakGlassGrants.expiresAt })
    .from(breakGlassGrants)
    .where(
      and(
        eq(breakGlassGrants.caseId, caseId),
        eq(breakGlassGrants.userId, userId),
        gt(breakGlassGrants.expiresAt, now),
      ),
    );
}
