import { and, eq, lt, sql } from 'drizzle-orm';
import { alerts } from '../alerts/tables';
import { bookings } from '../booking/tables';
import type { Db } from '../db/client';

export type AlertRow = typeof alerts.$inferSelect;

/** Locks a request for help while a case is opened from it (one case per request). */
export async function lockAlert(db: Db, id: string): Promise<AlertRow | undefined> {
  const [row] = await db.select().from(alerts).where(eq(alerts.id, id)).for('update');
  return row;
}

/** The request is answered by the case: taken (if nobody had) and closed with a link to it. */
export async function closeAlertWithCase(
  db: Db,
  alert: AlertRow,
  caseId: string,
  by: string | null,
  at: Date,
): Promise<AlertRow> {
  const [row] = await db
    .update(alerts)
    .set({
      ...(alert.status === 'new' ? { acknowledgedBy: by, acknowledgedAt: at } : {}),
      status: 'closed',
      closedBy: by,
      closedAt: at,
      closedReason: 'case_opened',
      caseId,
    })
    .where(eq(alerts.id, alert.id))
    .returning();
  return row as AlertRow;
}

export async function findBooking(db: Db, id: string) {
  const [row] = await db.select().from(bookings).where(eq(bookings.id, id));
  return row;
}

/** Requests nobody has taken yet, for the queue's counts: no contact details are read. */
export async function waitingAlertCounts(db: Db, tenantId: string, now: Date) {
  const [row] = await db
    .select({
      fresh: sql<number>`count(*)::int`,
      crisis: sql<number>`count(*) filter (where ${alerts.priority} = 'crisis')::int`,
      overdue: sql<number>`count(*) filter (where ${lt(alerts.dueAt, now)})::int`,
    })
    .from(alerts)
    .where(and(eq(alerts.tenantId, tenantId), eq(alerts.status, 'new')));
  return {
    new: Number(row?.fresh ?? 0),
    crisis: Number(row?.crisis ?? 0),
    overdue: Number(row?.overdue ?? 0),
  };
}
