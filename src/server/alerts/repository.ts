import { and, desc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { alerts } from './tables';

export type AlertRow = typeof alerts.$inferSelect;

export async function insertAlert(db: Db, values: typeof alerts.$inferInsert): Promise<AlertRow> {
  const [row] = await db.insert(alerts).values(values).returning();
  return row as AlertRow;
}

export async function alertsOf(
  db: Db,
  tenantId: string,
  statuses: string[],
  limit: number,
): Promise<AlertRow[]> {
  return db
    .select()
    .from(alerts)
    .where(and(eq(alerts.tenantId, tenantId), inArray(alerts.status, statuses)))
    .orderBy(desc(alerts.createdAt))
    .limit(limit);
}

export async function findAlert(db: Db, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id));
  return row;
}

/** Takes a new alert for one counsellor; undefined when someone else took it first. */
export async function acknowledgeNewAlert(
  db: Db,
  id: string,
  by: string | null,
  at: Date,
): Promise<AlertRow | undefined> {
  const [row] = await db
    .update(alerts)
    .set({ status: 'acknowledged', acknowledgedBy: by, acknowledgedAt: at })
    .where(and(eq(alerts.id, id), eq(alerts.status, 'new')))
    .returning();
  return row;
}
