import { and, eq, gt, inArray, isNotNull, lt, ne, or, sql } from 'drizzle-orm';
import { alerts } from '../alerts/tables';
import { bookers, bookingReminders, bookings, phoneVerifications, slots } from '../booking/tables';
import { caseEvents, cases, followUpTasks, referrals, staffNotifications } from '../care/tables';
import type { Db } from '../db/client';

const none = <T>(): T[] => [];

/** Erases the contact details of requests for help; open ones close (nobody may call any more). */
export async function eraseAlertContacts(db: Db, ids: string[], now: Date, unlinkSubject: boolean) {
  if (ids.length === 0) return { erased: 0, closed: 0 };
  const closed = await db
    .update(alerts)
    .set({ status: 'closed', closedAt: now, closedReason: 'consent_withdrawn' })
    .where(and(inArray(alerts.id, ids), ne(alerts.status, 'closed')))
    .returning({ id: alerts.id });
  const erased = await db
    .update(alerts)
    .set({ contactSealed: null, contactErasedAt: now })
    .where(and(inArray(alerts.id, ids), isNotNull(alerts.contactSealed)))
    .returning({ id: alerts.id });
  if (unlinkSubject)
    await db
      .update(alerts)
      .set({ subjectPhoneHash: null, subjectIdentityId: null, submissionId: null })
      .where(inArray(alerts.id, ids));
  return { erased: erased.length, closed: closed.length };
}

/** Erases the contact details of cases; the case stays, and says "contact withdrawn" to its counsellor. */
export async function eraseCaseContacts(db: Db, ids: string[], now: Date) {
  if (ids.length === 0) return none<{ id: string }>();
  return db
    .update(cases)
    .set({ contactSealed: null, contactErasedAt: now, updatedAt: now })
    .where(and(inArray(cases.id, ids), isNotNull(cases.contactSealed)))
    .returning({ id: cases.id });
}

export async function insertCaseEvents(db: Db, values: (typeof caseEvents.$inferInsert)[]) {
  if (values.length) await db.insert(caseEvents).values(values);
}

/** Closes open cases (the worker asked for deletion): open tasks are cancelled, the retention clock starts. */
export async function closeCases(db: Db, ids: string[], reason: string, now: Date, retainUntil: Date) {
  if (ids.length === 0) return none<{ id: string }>();
  const closed = await db
    .update(cases)
    .set({ status: 'closed', closedAt: now, closureReason: reason, retainUntil, updatedAt: now })
    .where(and(inArray(cases.id, ids), eq(cases.status, 'open')))
    .returning({ id: cases.id });
  if (closed.length)
    await db
      .update(followUpTasks)
      .set({ status: 'cancelled' })
      .where(
        and(
          inArray(
            followUpTasks.caseId,
            closed.map((c) => c.id),
          ),
          eq(followUpTasks.status, 'open'),
        ),
      );
  return closed;
}

/** Unlinks shared check-up results from requests for help. */
export async function unlinkAlertResults(db: Db, ids: string[]) {
  if (ids.length === 0) return none<{ id: string }>();
  return db
    .update(alerts)
    .set({ submissionId: null })
    .where(and(inArray(alerts.id, ids), isNotNull(alerts.submissionId)))
    .returning({ id: alerts.id });
}

/** Unlinks shared check-up results from bookings. */
export async function unlinkBookingResults(db: Db, ids: string[]) {
  if (ids.length === 0) return none<{ id: string }>();
  return db
    .update(bookings)
    .set({ sharedIdentityId: null })
    .where(and(inArray(bookings.id, ids), isNotNull(bookings.sharedIdentityId)))
    .returning({ id: bookings.id });
}

/** Erases what referrals passed on; the institution sees them withdrawn. */
export async function withdrawReferrals(db: Db, caseIds: string[]) {
  if (caseIds.length === 0) return none<{ id: string; caseId: string }>();
  return db
    .update(referrals)
    .set({ sharedSealed: null, status: 'withdrawn' })
    .where(
      and(
        inArray(referrals.caseId, caseIds),
        or(isNotNull(referrals.sharedSealed), ne(referrals.status, 'withdrawn')),
      ),
    )
    .returning({ id: referrals.id, caseId: referrals.caseId });
}

/**
 * Forgets a booker: upcoming appointments are cancelled (nobody could be reminded or change them), past ones
 * keep their time and status for the statistics but lose the link; pending reminders and phone codes go.
 */
export async function forgetBooker(
  db: Db,
  tenantId: string,
  bookerId: string,
  phoneHash: string | null,
  now: Date,
) {
  const upcoming = db.select({ id: slots.id }).from(slots).where(gt(slots.startsAt, now));
  const cancelled = await db
    .update(bookings)
    .set({ status: 'cancelled', cancelledAt: now, cancelledBy: 'worker' })
    .where(
      and(eq(bookings.bookerId, bookerId), eq(bookings.status, 'booked'), inArray(bookings.slotId, upcoming)),
    )
    .returning({ id: bookings.id });
  const mine = db.select({ id: bookings.id }).from(bookings).where(eq(bookings.bookerId, bookerId));
  await db
    .delete(bookingReminders)
    .where(and(inArray(bookingReminders.bookingId, mine), sql`${bookingReminders.sentAt} is null`));
  const unlinked = await db
    .update(bookings)
    .set({ bookerId: null, sharedIdentityId: null })
    .where(eq(bookings.bookerId, bookerId))
    .returning({ id: bookings.id });
  await db.delete(bookers).where(eq(bookers.id, bookerId));
  if (phoneHash)
    await db
      .delete(phoneVerifications)
      .where(and(eq(phoneVerifications.tenantId, tenantId), eq(phoneVerifications.phoneHash, phoneHash)));
  return { cancelled: cancelled.length, appointments: unlinked.length };
}

/** Closed cases whose retention has run out (the daily purge). */
export async function expiredCases(db: Db, now: Date, limit: number) {
  return db
    .select({ id: cases.id, tenantId: cases.tenantId, number: cases.number })
    .from(cases)
    .where(and(eq(cases.status, 'closed'), lt(cases.retainUntil, now)))
    .limit(limit);
}

/** Deletes cases with everything recorded in them (notes, questionnaires, tasks, referrals cascade). */
export async function deleteCases(db: Db, ids: string[]): Promise<void> {
  if (ids.length === 0) return;
  await db
    .delete(staffNotifications)
    .where(and(eq(staffNotifications.objectType, 'case'), inArray(staffNotifications.objectId, ids)));
  await db.delete(cases).where(inArray(cases.id, ids));
}
