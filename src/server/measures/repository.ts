import { and, asc, eq, gt, sql } from 'drizzle-orm';
import { caseMeasures, cases } from '../care/tables';
import type { Db } from '../db/client';

export type MeasureRow = typeof caseMeasures.$inferSelect;

export async function insertMeasure(db: Db, values: typeof caseMeasures.$inferInsert): Promise<MeasureRow> {
  const [row] = await db.insert(caseMeasures).values(values).returning();
  return row as MeasureRow;
}

export async function findMeasure(db: Db, id: string): Promise<MeasureRow | undefined> {
  const [row] = await db.select().from(caseMeasures).where(eq(caseMeasures.id, id));
  return row;
}

export async function findMeasureByToken(db: Db, tokenHash: string): Promise<MeasureRow | undefined> {
  const [row] = await db.select().from(caseMeasures).where(eq(caseMeasures.tokenHash, tokenHash));
  return row;
}

/** Every questionnaire of a case, oldest first (the order a series is drawn in). */
export async function measuresOfCase(db: Db, caseId: string): Promise<MeasureRow[]> {
  return db
    .select()
    .from(caseMeasures)
    .where(eq(caseMeasures.caseId, caseId))
    .orderBy(asc(sql`coalesce(${caseMeasures.completedAt}, ${caseMeasures.requestedAt})`));
}

export interface Completion {
  completedAt: Date;
  answersSealed: string;
  score: number;
  bandCode: string;
  bandLevel: number;
  flags: string[];
  crisisLevel: string | null;
}

/**
 * Records the answers of a requested questionnaire that is still open; undefined when it is not (anymore):
 * of two retries racing, one completes it and the other then answers as it did.
 */
export async function completeRequested(
  db: Db,
  id: string,
  c: Completion,
  now: Date,
): Promise<MeasureRow | undefined> {
  const [row] = await db
    .update(caseMeasures)
    .set({ status: 'completed', ...c })
    .where(
      and(eq(caseMeasures.id, id), eq(caseMeasures.status, 'requested'), gt(caseMeasures.expiresAt, now)),
    )
    .returning();
  return row;
}

/** Moves a requested questionnaire to another state (cancelled, expired); undefined when it was not requested. */
export async function closeRequested(
  db: Db,
  id: string,
  status: 'cancelled' | 'expired',
): Promise<MeasureRow | undefined> {
  const [row] = await db
    .update(caseMeasures)
    .set({ status })
    .where(and(eq(caseMeasures.id, id), eq(caseMeasures.status, 'requested')))
    .returning();
  return row;
}

export async function findCaseRow(db: Db, id: string) {
  const [row] = await db.select().from(cases).where(eq(cases.id, id));
  return row;
}
