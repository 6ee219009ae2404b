import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { eventReminderTimes, offerExpiry } from '../../core/events/rules';
import { phoneOfBooker } from '../booking/booking';
import { findBooker } from '../booking/repository';
import type { Db } from '../db/client';
import { aad } from '../ops/sealed-columns';
import type { SmsSender } from '../sms/sender';
import { zoneOf } from './presenters';
import {
  changeHeld,
  deletePendingEventReminders,
  type EventRow,
  eventsWithLapsedOffers,
  eventWithPlace,
  findRegistration,
  firstWaiting,
  insertEventReminders,
  lapsedOffersOf,
  lockEvent,
  lockRegistration,
  type RegistrationRow,
  registrationsOfEvent,
  updateRegistration,
} from './repository';
import { eventOfferText, eventPlaceGivenText, textPlaceOf } from './wording';

export interface EventDeps {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
}

/** Someone to text once the transaction that moved them up has committed. */
export interface Notice {
  registration: RegistrationRow;
  kind: 'offer' | 'given';
}

/** Who a registration's texts go to: the worker's confirmed phone, or the member's the officer gave. */
export async function phoneOfRegistration(deps: EventDeps, r: RegistrationRow): Promise<string | null> {
  if (r.memberPhoneSealed) return deps.cipher.decrypt(r.memberPhoneSealed, aad.eventMemberPhone(r.id));
  if (!r.bookerId) return null;
  const booker = await findBooker(deps.db, r.bookerId);
  return booker ? phoneOfBooker(deps.cipher, booker) : null;
}

/** Reminders for a place just taken (only when there is a phone to text). */
export async function planReminders(
  tx: Db,
  r: RegistrationRow,
  event: EventRow,
  hasPhone: boolean,
  now: Date,
) {
  if (!hasPhone) return;
  await insertEventReminders(
    tx,
    eventReminderTimes(event.startsAt, now).map((t) => ({
      registrationId: r.id,
      kind: t.kind,
      dueAt: t.dueAt,
    })),
  );
}

async function hasPhone(tx: Db, r: RegistrationRow): Promise<boolean> {
  if (r.memberPhoneSealed) return true;
  if (!r.bookerId) return false;
  const booker = await findBooker(tx, r.bookerId);
  return Boolean(booker?.phoneSealed);
}

/**
 * After staff move an event (its start changed): the reminders not yet sent to those registered are planned
 * again for the new time. Call inside the transaction that changes the event, under its lock.
 */
export async function replanEventReminders(tx: Db, event: EventRow, now: Date): Promise<number> {
  const registered = (await registrationsOfEvent(tx, event.id)).filter((r) => r.status === 'registered');
  for (const r of registered) {
    await deletePendingEventReminders(tx, r.id);
    await planReminders(tx, r, event, await hasPhone(tx, r), now);
  }
  return registered.length;
}

/**
 * Under the event's lock: gives each free place to the first in line — as an offer held until
 * `offerExpiry()`, or, when there is no time left to hold one, as a place registered at once. Each move
 * counts in `held` in the same transaction, so two cancellations one after the other offer to positions
 * 1 and 2, each once.
 */
export async function fillFreedPlaces(tx: Db, event: EventRow, now: Date): Promise<Notice[]> {
  const notices: Notice[] = [];
  if (event.status !== 'published' || now >= event.startsAt) return notices;
  let held = event.held;
  while (held < event.capacity) {
    const next = await firstWaiting(tx, event.id);
    if (!next) break;
    const until = offerExpiry(now, event.startsAt);
    const moved = until
      ? await updateRegistration(tx, next.id, { status: 'offered', offerExpiresAt: until })
      : await updateRegistration(tx, next.id, { status: 'registered', offerExpiresAt: null });
    if (!until) await planReminders(tx, moved, event, await hasPhone(tx, moved), now);
    await changeHeld(tx, event.id, 1);
    held++;
    notices.push({ registration: moved, kind: until ? 'offer' : 'given' });
  }
  return notices;
}

/** Texts those moved up. The move stands without the text: the worker also sees it in the app. */
export async function sendNotices(deps: EventDeps, notices: Notice[]): Promise<void> {
  if (notices.length === 0) return;
  const e = await eventWithPlace(deps.db, notices[0]?.registration.eventId as string);
  if (!e) return;
  const place = textPlaceOf(e);
  for (const n of notices) {
    const phone = await phoneOfRegistration(deps, n.registration);
    if (!phone) continue;
    const r = n.registration;
    const body =
      n.kind === 'offer' && r.offerExpiresAt
        ? eventOfferText(r.lang, e.event.startsAt, zoneOf(e), place, r.offerExpiresAt)
        : eventPlaceGivenText(r.lang, e.event.startsAt, zoneOf(e), place);
    await deps.sms
      .send({ tenantId: r.tenantId, to: phone, body, purpose: 'waitlist' })
      .catch(() => undefined);
  }
}

/** Takes the place on offer (409 offer_expired once it has run out). */
export async function acceptOfferedPlace(deps: EventDeps, registrationId: string, now: Date) {
  const expired = () =>
    new AppError('offer_expired', 'The place on offer has run out and gone to the next in line');
  await deps.db.transaction(async (tx) => {
    // The event's lock first, as everywhere that changes places (one order of locks, no deadlocks).
    const peek = await findRegistration(tx, registrationId);
    if (!peek) throw new AppError('registration_not_found', 'That registration was not found');
    const event = (await lockEvent(tx, peek.eventId)) as EventRow;
    const r = (await lockRegistration(tx, registrationId)) as RegistrationRow;
    if (r.status === 'registered') return;
    if (r.status !== 'offered' || !r.offerExpiresAt || r.offerExpiresAt <= now) throw expired();
    const taken = await updateRegistration(tx, r.id, { status: 'registered', offerExpiresAt: null });
    await planReminders(tx, taken, event, await hasPhone(tx, taken), now);
  });
}

/**
 * The offers job (every minute): offers that ran out lapse (expired, their place freed) and go to the next
 * in line, event by event under each event's lock.
 */
export async function expireEventOffers(
  deps: EventDeps,
  now: Date,
): Promise<{ expired: number; offered: number }> {
  let expired = 0;
  let offered = 0;
  for (const eventId of await eventsWithLapsedOffers(deps.db, now)) {
    const notices = await deps.db.transaction(async (tx) => {
      const event = await lockEvent(tx, eventId);
      if (!event) return [];
      const lapsed = await lapsedOffersOf(tx, eventId, now);
      for (const r of lapsed) await updateRegistration(tx, r.id, { status: 'expired' });
      if (lapsed.length) await changeHeld(tx, eventId, -lapsed.length);
      expired += lapsed.length;
      return fillFreedPlaces(tx, { ...event, held: event.held - lapsed.length }, now);
    });
    offered += notices.length;
    await sendNotices(deps, notices);
  }
  return { expired, offered };
}
