import { and, eq, gt, inArray, isNull, lte } from 'drizzle-orm';
import { slots } from '../booking/tables';
import { careDuty } from '../care/tables';
import type { Db } from '../db/client';
import { roleAssignments, users } from '../identity/tables';

export interface CareStaff {
  id: string;
  name: string;
  roles: ('counsellor' | 'supervisor')[];
}

/** The federation's counsellors and supervisors whose accounts work (for duty, reassigning, escalating). */
export async function careStaffOf(db: Db, tenantId: string): Promise<CareStaff[]> {
  const rows = await db
    .select({ id: users.id, name: users.displayName, role: roleAssignments.role })
    .from(roleAssignments)
    .innerJoin(users, eq(users.id, roleAssignments.userId))
    .where(
      and(
        eq(roleAssignments.tenantId, tenantId),
        inArray(roleAssignments.role, ['counsellor', 'supervisor']),
        isNull(users.disabledAt),
      ),
    )
    .orderBy(users.displayName);
  const byId = new Map<string, CareStaff>();
  for (const r of rows) {
    const s = byId.get(r.id) ?? { id: r.id, name: r.name, roles: [] };
    const role = r.role as 'counsellor' | 'supervisor';
    if (!s.roles.includes(role)) s.roles.push(role);
    byId.set(r.id, s);
  }
  return [...byId.values()];
}

/**
 * Who is on duty now: those who said so in the console (until a time), and counsellors with a slot of
 * their roster running now. Returns ids among `candidates` only.
 */
export async function onDutyAmong(
  db: Db,
  tenantId: string,
  candidates: string[],
  now: Date,
): Promise<Set<string>> {
  if (candidates.length === 0) return new Set();
  const declared = await db
    .select({ id: careDuty.userId })
    .from(careDuty)
    .where(
      and(eq(careDuty.tenantId, tenantId), inArray(careDuty.userId, candidates), gt(careDuty.until, now)),
    );
  const rostered = await db
    .selectDistinct({ id: slots.counsellorId })
    .from(slots)
    .where(
      and(
        eq(slots.tenantId, tenantId),
        inArray(slots.counsellorId, candidates),
        eq(slots.status, 'open'),
        lte(slots.startsAt, now),
        gt(slots.endsAt, now),
      ),
    );
  return new Set([...declared, ...rostered].map((r) => r.id));
}

/** The member of staff's own declared duty, if any. */
export async function declaredDutyOf(db: Db, userId: string) {
  const [row] = await db.select().from(careDuty).where(eq(careDuty.userId, userId));
  return row;
}

/** Declares (or extends, or shortens) one's duty until a time. */
export async function declareDuty(
  db: Db,
  values: { userId: string; tenantId: string; since: Date; until: Date },
): Promise<void> {
  await db
    .insert(careDuty)
    .values(values)
    .onConflictDoUpdate({
      target: careDuty.userId,
      set: { tenantId: values.tenantId, since: values.since, until: values.until },
    });
}

export async function endDuty(db: Db, userId: string): Promise<boolean> {
  const rows = await db.delete(careDuty).where(eq(careDuty.userId, userId)).returning();
  return rows.length > 0;
}

/** Whether a roster slot of this member of staff is running now (they are at a station). */
export async function rosteredNow(db: Db, tenantId: string, userId: string, now: Date): Promise<boolean> {
  const [row] = await db
    .select({ id: slots.id })
    .from(slots)
    .where(
      and(
        eq(slots.tenantId, tenantId),
        eq(slots.counsellorId, userId),
        eq(slots.status, 'open'),
        lte(slots.startsAt, now),
        gt(slots.endsAt, now),
      ),
    )
    .limit(1);
  return row !== undefined;
}
