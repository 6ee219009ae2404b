import { createHash, randomBytes } from 'node:crypto';
import { and, eq, isNull, lt, ne, or } from 'drizzle-orm';
import type { Assignment, Stage } from '../../core/access/policy';
import type { StaffRole } from '../../core/access/roles';
import type { Db } from '../db/client';
import { organisations } from '../organisations/tables';
import { roleAssignments, sessions, users } from './tables';

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/** Only touch last_seen_at this often: a write on every request would cost more than idle precision is worth. */
const TOUCH_INTERVAL_MS = 60_000;

export interface SessionPolicy {
  idleMs: number;
  absoluteMs: number;
}

export interface NewSession {
  token: string;
  idHash: string;
  csrfToken: string;
}

export async function createSession(
  db: Db,
  input: { userId: string; tenantId: string; stage: Stage; ip: string | null; userAgent: string | null },
  now: Date,
  policy: SessionPolicy,
): Promise<NewSession> {
  const token = randomBytes(32).toString('base64url'); // 256 bits
  const csrfToken = randomBytes(24).toString('base64url');
  const idHash = hashToken(token);
  await db.insert(sessions).values({
    idHash,
    tenantId: input.tenantId,
    userId: input.userId,
    stage: input.stage,
    csrfToken,
    createdAt: now,
    lastSeenAt: now,
    expiresAt: new Date(now.getTime() + policy.absoluteMs),
    ip: input.ip,
    userAgent: input.userAgent?.slice(0, 300) ?? null,
  });
  return { token, idHash, csrfToken };
}

export interface LoadedSession {
  idHash: string;
  userId: string;
  tenantId: string;
  login: string;
  stage: Stage;
  csrfToken: string;
  assignments: Assignment[];
}

export type SessionLookup =
  | { status: 'ok'; session: LoadedSession }
  | { status: 'none' }
  | { status: 'expired' };

/** Resolves a cookie token to a live session, enforcing revocation, idle and absolute time-outs. */
export async function loadSession(
  db: Db,
  token: string,
  now: Date,
  policy: SessionPolicy,
): Promise<SessionLookup> {
  const idHash = hashToken(token);
  const [row] = await db
    .select({ s: sessions, login: users.login, disabledAt: users.disabledAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.idHash, idHash));
  if (!row || row.s.revokedAt) return { status: 'none' };
  const idleDeadline = row.s.lastSeenAt.getTime() + policy.idleMs;
  if (row.disabledAt || row.s.expiresAt <= now || idleDeadline <= now.getTime()) {
    await db.update(sessions).set({ revokedAt: now }).where(eq(sessions.idHash, idHash));
    return { status: 'expired' };
  }
  if (now.getTime() - row.s.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.idHash, idHash));
  }
  return {
    status: 'ok',
    session: {
      idHash,
      userId: row.s.userId,
      tenantId: row.s.tenantId,
      login: row.login,
      stage: row.s.stage as Stage,
      csrfToken: row.s.csrfToken,
      assignments: await assignmentsOf(db, row.s.userId),
    },
  };
}

export async function assignmentsOf(db: Db, userId: string): Promise<Assignment[]> {
  const rows = await db
    .select({
      role: roleAssignments.role,
      tenantId: roleAssignments.tenantId,
      organisationId: roleAssignments.organisationId,
      orgPath: organisations.path,
    })
    .from(roleAssignments)
    .innerJoin(organisations, eq(organisations.id, roleAssignments.organisationId))
    .where(and(eq(roleAssignments.userId, userId), eq(organisations.active, true)));
  return rows.map((r) => ({ ...r, role: r.role as StaffRole }));
}

export async function revokeSession(db: Db, idHash: string, now: Date): Promise<void> {
  await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(and(eq(sessions.idHash, idHash), isNull(sessions.revokedAt)));
}

/** Revokes every live session of a user, optionally sparing one (the session making the change). */
export async function revokeUserSessions(
  db: Db,
  userId: string,
  now: Date,
  except?: string,
): Promise<number> {
  const revoked = await db
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        except ? ne(sessions.idHash, except) : undefined,
      ),
    )
    .returning({ idHash: sessions.idHash });
  return revoked.length;
}

/** Deletes sessions that ended more than a day ago (the purge job). */
export async function purgeEndedSessions(db: Db, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - 24 * 3_600_000);
  const deleted = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, cutoff), lt(sessions.revokedAt, cutoff)))
    .returning({ idHash: sessions.idHash });
  return deleted.length;
}
