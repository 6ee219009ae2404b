import { and, eq, inArray, lt, notExists, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { bookers, bookings, slots, waitlistEntries } from './tables';

/** What the booking consent promises: who booked is kept until a year after the appointment. */
export const KEEP_BOOKERS_DAYS = 365;

/**
 * Forgets who booked, a year after each appointment: the booking keeps its time, station, mode and status
 * (the service's statistics count them) but loses its link to the person and to any shared results; a
 * booker (the sealed phone number, or the link to a retrieval code) with nothing left to remind or show is
 * deleted, and so are waiting-list places of days long past.
 */
export async function forgetOldBookers(
  db: Db,
  now: Date,
): Promise<{ bookings: number; bookers: number; waits: number }> {
  const before = new Date(now.getTime() - KEEP_BOOKERS_DAYS * 86_400_000);
  return db.transaction(async (tx) => {
    const old = tx.select({ id: slots.id }).from(slots).where(lt(slots.endsAt, before));
    const forgotten = await tx
      .update(bookings)
      .set({ bookerId: null, sharedIdentityId: null })
      .where(
        and(
          inArray(bookings.slotId, old),
          sql`(${bookings.bookerId} is not null or ${bookings.sharedIdentityId} is not null)`,
        ),
      )
      .returning({ id: bookings.id });
    const waits = await tx
      .delete(waitlistEntries)
      .where(lt(waitlistEntries.date, before.toISOString().slice(0, 10)))
      .returning({ id: waitlistEntries.id });
    const gone = await tx
      .delete(bookers)
      .where(
        and(
          lt(bookers.createdAt, before),
          notExists(tx.select({ id: bookings.id }).from(bookings).where(eq(bookings.bookerId, bookers.id))),
          notExists(
            tx
              .select({ id: waitlistEntries.id })
              .from(waitlistEntries)
              .where(eq(waitlistEntries.bookerId, bookers.id)),
          ),
        ),
      )
      .returning({ id: bookers.id });
    return { bookings: forgotten.length, bookers: gone.length, waits: waits.length };
  });
}
