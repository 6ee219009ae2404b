import { and, asc, eq, inArray, isNull, lte, ne, or, sql } from 'drizzle-orm';
import { reminderTimes } from '../../core/booking/policy';
import { isValidDate } from '../../core/booking/recurrence';
import { appointmentWhen } from '../../core/booking/wording';
import { AppError } from '../../core/errors';
import type { Lang } from '../../core/instruments/types';
import { dayEnd, dayStart, localDateOf } from '../../core/time';
import type { Db } from '../db/client';
import { isUniqueViolation } from '../db/errors';
import { servicePoints } from '../service-points/tables';
import {
  BOOKING_CONSENT_VERSION,
  type BookingDeps,
  bookerFor,
  type Credential,
  type Mode,
  phoneOfBooker,
  slotTaken,
  type Topic,
  takeSlot,
  viewOf,
} from './booking';
import type { BookingView } from './presenters';
import { presentPointBrief } from './presenters';
import {
  findBooker,
  findServicePoint,
  insertBooking,
  insertReminders,
  liveSlotId,
  type ServicePointRow,
} from './repository';
import { bookings, slots, waitlistEntries } from './tables';

type Entry = typeof waitlistEntries.$inferSelect;

export interface WaitlistView {
  id: string;
  status: 'waiting' | 'offered' | 'booked' | 'expired' | 'left';
  date: string;
  topic: Topic;
  mode: Mode | null;
  servicePoint: ReturnType<typeof presentPointBrief>;
  /** Place in line among those still waiting (1 = next), while waiting. */
  position: number | null;
  offer: { slotId: string; startsAt: string; endsAt: string; expiresAt: string } | null;
  bookingId: string | null;
  createdAt: string;
}

async function present(db: Db, e: Entry, point: ServicePointRow): Promise<WaitlistView> {
  let position: number | null = null;
  if (e.status === 'waiting') {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.servicePointId, e.servicePointId),
          eq(waitlistEntries.date, e.date),
          eq(waitlistEntries.status, 'waiting'),
          lte(waitlistEntries.createdAt, e.createdAt),
        ),
      );
    position = Number(row?.n ?? 1);
  }
  let offer: WaitlistView['offer'] = null;
  if (e.status === 'offered' && e.offeredSlotId && e.offerExpiresAt) {
    const [slot] = await db.select().from(slots).where(eq(slots.id, e.offeredSlotId));
    if (slot)
      offer = {
        slotId: slot.id,
        startsAt: slot.startsAt.toISOString(),
        endsAt: slot.endsAt.toISOString(),
        expiresAt: e.offerExpiresAt.toISOString(),
      };
  }
  return {
    id: e.id,
    status: e.status as WaitlistView['status'],
    date: e.date,
    topic: e.topic as Topic,
    mode: e.mode as Mode | null,
    servicePoint: presentPointBrief(point),
    position,
    offer,
    bookingId: e.bookingId,
    createdAt: e.createdAt.toISOString(),
  };
}

export interface WaitlistInput {
  servicePointId: string;
  date: string;
  topic: Topic;
  mode: Mode | null;
  credential: Credential;
  consent: boolean;
  lang: Lang;
}

/**
 * Joins the line for a full day. Only a day with duty and no time left to book can be waited for: with free
 * times the worker is told to book one instead.
 */
export async function joinWaitlist(
  deps: BookingDeps,
  input: WaitlistInput,
  now: Date,
): Promise<WaitlistView> {
  if (!input.consent)
    throw new AppError('consent_required', 'Please agree to what is kept before joining the waiting list');
  const point = await findServicePoint(deps.db, input.servicePointId);
  if (!point?.active) throw new AppError('not_found', 'That service point was not found');
  if (!isValidDate(input.date))
    throw new AppError('validation_failed', 'date is a calendar date like 2026-12-03');
  const today = localDateOf(now, point.timeZone);
  const last = localDateOf(new Date(now.getTime() + point.maxAdvanceDays * 86_400_000), point.timeZone);
  if (input.date < today || input.date > last)
    throw new AppError('validation_failed', 'That day is outside the days this station takes bookings for');
  const from = new Date(Math.max(dayStart(input.date, point.timeZone).getTime(), now.getTime()));
  const to = dayEnd(input.date, point.timeZone);
  const day = await deps.db
    .select({
      id: slots.id,
      modes: slots.modes,
      startsAt: slots.startsAt,
      booked: sql<boolean>`exists (select 1 from ${bookings} b where b.slot_id = ${liveSlotId} and b.status <> 'cancelled')`,
    })
    .from(slots)
    .where(
      and(
        eq(slots.servicePointId, point.id),
        eq(slots.kind, 'rostered'),
        ne(slots.status, 'cancelled'),
        sql`${slots.startsAt} >= ${from}`,
        sql`${slots.startsAt} <= ${to}`,
      ),
    );
  const fits = day.filter((s) => !input.mode || s.modes.includes(input.mode));
  if (fits.length === 0)
    throw new AppError('no_duty', 'No counsellor is on duty that day for this way of talking');
  const notice = now.getTime() + point.minNoticeMinutes * 60_000;
  if (fits.some((s) => !s.booked && s.startsAt.getTime() >= notice))
    throw new AppError('slots_available', 'There are still free times that day; please book one of them');
  const booker = await bookerFor(deps, point.tenantId, input.credential, now, true);
  if (!booker) throw new AppError('unauthenticated', 'Say who you are to join the waiting list');
  try {
    const [entry] = await deps.db
      .insert(waitlistEntries)
      .values({
        tenantId: point.tenantId,
        servicePointId: point.id,
        date: input.date,
        bookerId: booker.id,
        topic: input.topic,
        mode: input.mode,
        lang: input.lang,
        consentVersion: BOOKING_CONSENT_VERSION,
        createdAt: now,
      })
      .returning();
    return present(deps.db, entry as Entry, point);
  } catch (err) {
    if (isUniqueViolation(err))
      throw new AppError('already_waiting', 'You are already on the waiting list for that day');
    throw err;
  }
}

async function ownEntry(deps: BookingDeps, id: string, credential: Credential, now: Date) {
  const [entry] = await deps.db.select().from(waitlistEntries).where(eq(waitlistEntries.id, id));
  const notFound = new AppError('not_found', 'That waiting-list place was not found');
  if (!entry) throw notFound;
  const booker = await bookerFor(deps, entry.tenantId, credential, now, false);
  if (!booker || booker.id !== entry.bookerId) throw notFound;
  return entry;
}

export async function listOwnWaitlist(
  deps: BookingDeps,
  tenantId: string,
  credential: Credential,
  now: Date,
): Promise<WaitlistView[]> {
  const booker = await bookerFor(deps, tenantId, credential, now, false);
  if (!booker) return [];
  const entries = await deps.db
    .select({ entry: waitlistEntries, point: servicePoints })
    .from(waitlistEntries)
    .innerJoin(servicePoints, eq(servicePoints.id, waitlistEntries.servicePointId))
    .where(eq(waitlistEntries.bookerId, booker.id))
    .orderBy(asc(waitlistEntries.date));
  return Promise.all(entries.map((e) => present(deps.db, e.entry, e.point)));
}

/** Accepts an offer: books the held slot in one transaction, as any booking (PostgreSQL still decides). */
export async function acceptOffer(
  deps: BookingDeps,
  id: string,
  credential: Credential,
  now: Date,
): Promise<BookingView> {
  await ownEntry(deps, id, credential, now);
  let bookingId: string;
  try {
    bookingId = await deps.db.transaction(async (tx) => {
      const [entry] = await tx.select().from(waitlistEntries).where(eq(waitlistEntries.id, id)).for('update');
      if (entry?.status !== 'offered' || !entry.offeredSlotId || !entry.offerExpiresAt)
        throw new AppError('offer_expired', 'There is no time on offer for you now');
      if (entry.offerExpiresAt.getTime() <= now.getTime())
        throw new AppError('offer_expired', 'The offer has run out and gone to the next in line');
      const booker = await findBooker(tx, entry.bookerId);
      // Waiting for "any way of talking" takes the slot in person when it offers that, else its first way.
      const [offeredSlot] = await tx
        .select({ modes: slots.modes })
        .from(slots)
        .where(eq(slots.id, entry.offeredSlotId));
      const modes = offeredSlot?.modes ?? [];
      const mode = (entry.mode ?? (modes.includes('in_person') ? 'in_person' : modes[0])) as Mode;
      const { slot } = await takeSlot(
        tx,
        entry.offeredSlotId,
        mode,
        entry.bookerId,
        now,
        undefined,
        entry.id,
      );
      const booking = await insertBooking(tx, {
        tenantId: slot.tenantId,
        slotId: slot.id,
        servicePointId: slot.servicePointId,
        counsellorId: slot.counsellorId,
        bookerId: entry.bookerId,
        source: 'waitlist',
        topic: entry.topic,
        mode,
        lang: entry.lang,
        consentVersion: entry.consentVersion,
        createdAt: now,
      });
      if (booker?.phoneSealed)
        await insertReminders(
          tx,
          reminderTimes(slot.startsAt, now).map((r) => ({
            bookingId: booking.id,
            kind: r.kind,
            dueAt: r.at,
          })),
        );
      await tx.update(slots).set({ heldFor: null, heldUntil: null }).where(eq(slots.id, slot.id));
      await tx
        .update(waitlistEntries)
        .set({ status: 'booked', bookingId: booking.id })
        .where(eq(waitlistEntries.id, entry.id));
      return booking.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw slotTaken();
    throw err;
  }
  return viewOf(deps.db, bookingId);
}

/** Leaves the line; an offer held for this person goes to the next. */
export async function leaveWaitlist(
  deps: BookingDeps,
  id: string,
  credential: Credential,
  now: Date,
): Promise<{ id: string; status: 'left' }> {
  const entry = await ownEntry(deps, id, credential, now);
  if (entry.status !== 'waiting' && entry.status !== 'offered')
    throw new AppError('booking_closed', 'This waiting-list place is no longer open');
  await deps.db.transaction(async (tx) => {
    await tx.update(waitlistEntries).set({ status: 'left' }).where(eq(waitlistEntries.id, id));
    if (entry.offeredSlotId)
      await tx
        .update(slots)
        .set({ heldFor: null, heldUntil: null })
        .where(and(eq(slots.id, entry.offeredSlotId), eq(slots.heldFor, id)));
  });
  if (entry.status === 'offered' && entry.offeredSlotId) await offerFreedSlot(deps, entry.offeredSlotId, now);
  return { id, status: 'left' };
}

const offerWays = {
  phone: ['电话咨询', 'by phone'],
  video: ['视频咨询', 'by video'],
  either: ['电话或视频咨询', 'by phone or video'],
} as const;

/**
 * The offer of a freed time, as discreet as a reminder on a lock screen: when (on the station's clock),
 * where or how, and how long it is held. A line without a place of its own is not named (its name may say
 * what kind of service it is), only how the conversation happens.
 */
export function offerText(
  lang: string,
  startsAt: Date,
  point: { kind: string; name: string; nameEn: string; timeZone: string },
  mode: string | null,
  minutes: number,
): string {
  const en = lang === 'en';
  const when = appointmentWhen(startsAt, point.timeZone, lang);
  const way = mode === 'phone' || mode === 'video' ? mode : point.kind === 'remote' ? 'either' : null;
  const how = way ? offerWays[way][en ? 1 : 0] : en ? `at ${point.nameEn}` : `地点：${point.name}`;
  return en
    ? `[Carnation] Appointment reminder: a time you were waiting for has come free: ${when}, ${how}. Open Carnation within ${minutes} minutes to take it; after that it goes to the next person waiting.`
    : `【康乃馨】预约提醒：您候补的咨询有空位了：${when}，${how}。请在${minutes}分钟内打开康乃馨确认，逾时将让给下一位。`;
}

/**
 * A booked slot came free: offer it to the first person waiting for that day (in a way of talking it has),
 * holding it for them for the station's offer time. Nothing happens when nobody waits, the slot is held or
 * booked again already, or it is too soon to book.
 */
export async function offerFreedSlot(
  deps: BookingDeps,
  slotId: string,
  now: Date,
): Promise<{ offeredTo: string } | null> {
  const offered = await deps.db.transaction(async (tx) => {
    const [slot] = await tx.select().from(slots).where(eq(slots.id, slotId)).for('update');
    if (slot?.status !== 'open' || slot.kind !== 'rostered') return null;
    if (slot.heldUntil && slot.heldUntil > now) return null;
    const [live] = await tx
      .select({ id: bookings.id })
      .from(bookings)
      .where(and(eq(bookings.slotId, slotId), ne(bookings.status, 'cancelled')));
    if (live) return null;
    const point = (await findServicePoint(tx, slot.servicePointId)) as ServicePointRow;
    if (slot.startsAt.getTime() < now.getTime() + point.minNoticeMinutes * 60_000) return null;
    const date = localDateOf(slot.startsAt, point.timeZone);
    const [next] = await tx
      .select()
      .from(waitlistEntries)
      .where(
        and(
          eq(waitlistEntries.servicePointId, point.id),
          eq(waitlistEntries.date, date),
          eq(waitlistEntries.status, 'waiting'),
          or(isNull(waitlistEntries.mode), inArray(waitlistEntries.mode, slot.modes)),
        ),
      )
      .orderBy(asc(waitlistEntries.createdAt))
      .limit(1)
      .for('update', { skipLocked: true });
    if (!next) return null;
    const until = new Date(now.getTime() + point.waitlistOfferMinutes * 60_000);
    await tx.update(slots).set({ heldFor: next.id, heldUntil: until }).where(eq(slots.id, slotId));
    await tx
      .update(waitlistEntries)
      .set({ status: 'offered', offeredSlotId: slotId, offerExpiresAt: until })
      .where(eq(waitlistEntries.id, next.id));
    return { entry: next, slot, point };
  });
  if (!offered) return null;
  const booker = await findBooker(deps.db, offered.entry.bookerId);
  const phone = booker ? phoneOfBooker(deps.cipher, booker) : null;
  if (phone) {
    await deps.sms
      .send({
        tenantId: offered.point.tenantId,
        to: phone,
        purpose: 'waitlist',
        body: offerText(
          offered.entry.lang,
          offered.slot.startsAt,
          offered.point,
          offered.entry.mode,
          offered.point.waitlistOfferMinutes,
        ),
      })
      // The offer stands without the text: the worker also sees it in the app.
      .catch(() => undefined);
  }
  return { offeredTo: offered.entry.id };
}

/** Offers that ran out: the place lapses and the slot goes to the next in line (a job, every minute). */
export async function expireOffers(
  deps: BookingDeps,
  now: Date,
): Promise<{ expired: number; reoffered: number }> {
  const lapsed = await deps.db
    .update(waitlistEntries)
    .set({ status: 'expired' })
    .where(and(eq(waitlistEntries.status, 'offered'), lte(waitlistEntries.offerExpiresAt, now)))
    .returning({ id: waitlistEntries.id, slotId: waitlistEntries.offeredSlotId });
  if (lapsed.length === 0) return { expired: 0, reoffered: 0 };
  await deps.db
    .update(slots)
    .set({ heldFor: null, heldUntil: null })
    .where(
      inArray(
        slots.heldFor,
        lapsed.map((l) => l.id),
      ),
    );
  let reoffered = 0;
  for (const l of lapsed) if (l.slotId && (await offerFreedSlot(deps, l.slotId, now))) reoffered++;
  return { expired: lapsed.length, reoffered };
}
