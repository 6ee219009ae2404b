import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { alerts } from './tables';

export type AlertRow = typeof alerts.$inferSelect;

export async function insertAlert(db: Db, values: typeof alerts.$inferInsert): Promise<AlertRow> {
  const [row] = await db.insert(alerts).values(values).returning();
  return row as AlertRow;
}

export type AlertWithHandler = AlertRow & { acknowledgedByName: string | null };

export async function alertsOf(
  db: Db,
  tenantId: string,
  statuses: string[],
  limit: number,
): Promise<AlertWithHandler[]> {
  const rows = await db
    .select({ alert: alerts, acknowledgedByName: users.displayName })
    .from(alerts)
    .leftJoin(users, eq(users.id, alerts.acknowledgedBy))
    .where(and(eq(alerts.tenantId, tenantId), inArray(alerts.status, statuses)))
    .orderBy(desc(alerts.createdAt))
    .limit(limit);
  return rows.map((r) => ({ ...r.alert, acknowledgedByName: r.acknowledgedByName }));
}

/** Counts for a badge: no contact details are read. */
export async function alertCounts(db: Db, tenantId: string) {
  const [row] = await db
    .select({
      fresh: sql<number>`count(*) filter (where ${alerts.status} = 'new')::int`,
      crisis: sql<number>`count(*) filter (where ${alerts.status} = 'new' and ${alerts.priority} = 'crisis')::int`,
      acknowledged: sql<number>`count(*) filter (where ${alerts.status} = 'acknowledged')::int`,
    })
    .from(alerts)
    .where(eq(alerts.tenantId, tenantId));
  return {
    new: Number(row?.fresh ?? 0),
    crisis: Number(row?.crisis ?? 0),
    acknowledged: Number(row?.acknowledged ?? 0),
  };
}

/** Closes a request that is being handled; undefined when it is not (anymore) in that state. */
export async function closeAcknowledgedAlert(
  db: Db,
  id: string,
  by: string | null,
  at: Date,
): Promise<AlertRow | undefined> {
  const [row] = await db
    .update(alerts)
    .set({ status: 'closed', closedBy: by, closedAt: at })
    .where(and(eq(alerts.id, id), eq(alerts.status, 'acknowledged')))
    .returning();
  return row;
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
