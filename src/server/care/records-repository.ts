import { and, asc, desc, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { bookers, bookings, slots } from '../booking/tables';
import type { Db } from '../db/client';
import { users } from '../identity/tables';
import { servicePoints } from '../service-points/tables';
import type { CaseRow } from './case-repository';
import { caseMeasures, caseNotes, cases, followUpTasks } from './tables';

export type NoteRow = typeof caseNotes.$inferSelect;
export type TaskRow = typeof followUpTasks.$inferSelect;
export type MeasureRow = typeof caseMeasures.$inferSelect;

export async function insertNote(db: Db, values: typeof caseNotes.$inferInsert): Promise<NoteRow> {
  const [row] = await db.insert(caseNotes).values(values).returning();
  return row as NoteRow;
}

export async function findNote(db: Db, id: string): Promise<NoteRow | undefined> {
  const [row] = await db.select().from(caseNotes).where(eq(caseNotes.id, id));
  return row;
}

export async function notesOf(db: Db, caseId: string) {
  return db
    .select({ note: caseNotes, authorName: users.displayName })
    .from(caseNotes)
    .innerJoin(users, eq(users.id, caseNotes.authorId))
    .where(eq(caseNotes.caseId, caseId))
    .orderBy(asc(caseNotes.happenedAt), asc(caseNotes.createdAt));
}

export async function insertTask(db: Db, values: typeof followUpTasks.$inferInsert): Promise<TaskRow> {
  const [row] = await db.insert(followUpTasks).values(values).returning();
  return row as TaskRow;
}

export async function findTask(db: Db, id: string): Promise<TaskRow | undefined> {
  const [row] = await db.select().from(followUpTasks).where(eq(followUpTasks.id, id));
  return row;
}

export async function updateTask(
  db: Db,
  id: string,
  set: Partial<typeof followUpTasks.$inferInsert>,
): Promise<TaskRow> {
  const [row] = await db.update(followUpTasks).set(set).where(eq(followUpTasks.id, id)).returning();
  return row as TaskRow;
}

export async function tasksOf(db: Db, caseId: string): Promise<TaskRow[]> {
  return db
    .select()
    .from(followUpTasks)
    .where(eq(followUpTasks.caseId, caseId))
    .orderBy(asc(followUpTasks.dueAt), asc(followUpTasks.createdAt));
}

/** Gives a case's open tasks to its new counsellor. */
export async function reassignOpenTasks(db: Db, caseId: string, assigneeId: string): Promise<number> {
  const rows = await db
    .update(followUpTasks)
    .set({ assigneeId })
    .where(and(eq(followUpTasks.caseId, caseId), eq(followUpTasks.status, 'open')))
    .returning({ id: followUpTasks.id });
  return rows.length;
}

export async function cancelOpenTasks(db: Db, caseId: string, by: string | null, at: Date): Promise<number> {
  const rows = await db
    .update(followUpTasks)
    .set({ status: 'cancelled', completedAt: at, completedBy: by })
    .where(and(eq(followUpTasks.caseId, caseId), eq(followUpTasks.status, 'open')))
    .returning({ id: followUpTasks.id });
  return rows.length;
}

/** Questionnaire links of a case still waiting for answers are withdrawn (when the case closes). */
export async function cancelOpenMeasureLinks(db: Db, caseId: string): Promise<number> {
  const rows = await db
    .update(caseMeasures)
    .set({ status: 'cancelled' })
    .where(and(eq(caseMeasures.caseId, caseId), eq(caseMeasures.status, 'requested')))
    .returning({ id: caseMeasures.id });
  return rows.length;
}

/** The assignee's open tasks due before `until`, with their case number; nothing sealed is read. */
export async function openTasksOf(db: Db, tenantId: string, assigneeId: string, until: Date) {
  return db
    .select({
      id: followUpTasks.id,
      caseId: followUpTasks.caseId,
      caseNumber: cases.number,
      kind: followUpTasks.kind,
      dueAt: followUpTasks.dueAt,
    })
    .from(followUpTasks)
    .innerJoin(cases, eq(cases.id, followUpTasks.caseId))
    .where(
      and(
        eq(followUpTasks.tenantId, tenantId),
        eq(followUpTasks.assigneeId, assigneeId),
        eq(followUpTasks.status, 'open'),
        lte(followUpTasks.dueAt, until),
      ),
    )
    .orderBy(asc(followUpTasks.dueAt))
    .limit(200);
}

/**
 * Open tasks of open cases due before `until` that nobody was reminded of, locked so that two processes never
 * remind twice.
 */
export async function claimTasksToRemind(db: Db, until: Date, limit: number) {
  return db
    .select({
      id: followUpTasks.id,
      tenantId: followUpTasks.tenantId,
      assigneeId: followUpTasks.assigneeId,
      caseNumber: cases.number,
      priority: cases.priority,
    })
    .from(followUpTasks)
    .innerJoin(cases, eq(cases.id, followUpTasks.caseId))
    .where(
      and(
        eq(followUpTasks.status, 'open'),
        isNull(followUpTasks.remindedAt),
        lte(followUpTasks.dueAt, until),
        eq(cases.status, 'open'),
      ),
    )
    .orderBy(asc(followUpTasks.dueAt))
    .limit(limit)
    .for('update', { of: followUpTasks, skipLocked: true });
}

export async function markTasksReminded(db: Db, ids: string[], at: Date): Promise<void> {
  if (ids.length)
    await db.update(followUpTasks).set({ remindedAt: at }).where(inArray(followUpTasks.id, ids));
}

export async function completedMeasuresOf(db: Db, caseId: string): Promise<MeasureRow[]> {
  return db
    .select()
    .from(caseMeasures)
    .where(and(eq(caseMeasures.caseId, caseId), eq(caseMeasures.status, 'completed')))
    .orderBy(asc(caseMeasures.completedAt));
}

export async function findMeasure(db: Db, id: string): Promise<MeasureRow | undefined> {
  const [row] = await db.select().from(caseMeasures).where(eq(caseMeasures.id, id));
  return row;
}

/**
 * The person's appointments in the federation: the one the case was opened from, and every booking of the
 * same booker (by the phone's blind index or the retrieval identity the case is about).
 */
export async function appointmentsOf(db: Db, c: CaseRow) {
  const sameBooker = db
    .select({ id: bookers.id })
    .from(bookers)
    .where(
      and(
        eq(bookers.tenantId, c.tenantId),
        or(
          c.subjectPhoneHash ? eq(bookers.phoneHash, c.subjectPhoneHash) : sql`false`,
          c.subjectIdentityId ? eq(bookers.retrievalIdentityId, c.subjectIdentityId) : sql`false`,
        ),
      ),
    );
  return db
    .select({
      booking: bookings,
      startsAt: slots.startsAt,
      endsAt: slots.endsAt,
      pointName: servicePoints.name,
      counsellorName: users.displayName,
    })
    .from(bookings)
    .innerJoin(slots, eq(slots.id, bookings.slotId))
    .innerJoin(servicePoints, eq(servicePoints.id, bookings.servicePointId))
    .innerJoin(users, eq(users.id, bookings.counsellorId))
    .where(
      and(
        eq(bookings.tenantId, c.tenantId),
        or(c.bookingId ? eq(bookings.id, c.bookingId) : sql`false`, inArray(bookings.bookerId, sameBooker)),
      ),
    )
    .orderBy(desc(slots.startsAt))
    .limit(50);
}

/** Locks a booking while a case is opened from it (one case per booking). */
export async function lockBookingWithBooker(db: Db, id: string) {
  const [row] = await db
    .select({ booking: bookings, booker: bookers })
    .from(bookings)
    .leftJoin(bookers, eq(bookers.id, bookings.bookerId))
    .where(eq(bookings.id, id))
    .for('update', { of: bookings });
  return row;
}
