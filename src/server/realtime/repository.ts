import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { staffNotifications } from '../care/tables';
import type { Db } from '../db/client';
import { sessions, users } from '../identity/tables';

/**
 * Is this session still live? Read-only, unlike the sign-in check: an open event stream must not keep a
 * session from going idle, so it never touches last_seen_at.
 */
export async function sessionStillLive(db: Db, idHash: string, now: Date, idleMs: number): Promise<boolean> {
  const [row] = await db
    .select({ s: sessions, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  if (!row || row.s.revokedAt || row.disabledAt) return false;
  return row.s.expiresAt > now && row.s.lastSeenAt.getTime() + idleMs > now.getTime();
}

export type NotificationRow = typeof staffNotifications.$inferSelect;

export async function notificationsOf(
  db: Db,
  userId: string,
  unreadOnly: boolean,
  limit: number,
): Promise<NotificationRow[]> {
  return db
    .select()
    .from(staffNotifications)
    .where(
      and(eq(staffNotifications.userId, userId), unreadOnly ? isNull(staffNotifications.readAt) : undefined),
    )
    .orderBy(desc(staffNotifications.createdAt), desc(staffNotifications.id))
    .limit(limit);
}

export async function unreadCountOf(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(staffNotifications)
    .where(and(eq(staffNotifications.userId, userId), isNull(staffNotifications.readAt)));
  return Number(row?.n ?? 0);
}

/** Marks one's own notifications read (others' ids are ignored); returns how many changed. */
export async function markRead(db: Db, userId: string, ids: string[] | 'all', at: Date): Promise<number> {
  const rows = await db
    .update(staffNotifications)
    .set({ readAt: at })
    .where(
      and(
        eq(staffNotifications.userId, userId),
        isNull(staffNotifications.readAt),
        ids === 'all' ? undefined : inArray(staffNotifications.id, ids),
      ),
    )
    .returning({ id: staffNotifications.id });
  return rows.length;
}
