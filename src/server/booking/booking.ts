import { createHash, randomInt, randomUUID, timingSafeEqual } from 'node:crypto';
import { canonicalJson } from '../../core/audit/hash-chain';
import { normaliseMobile } from '../../core/booking/phone';
import { bookingRefusal, cancelRefusal, reminderTimes } from '../../core/booking/policy';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import type { Lang } from '../../core/instruments/types';
import { publishAll } from '../alerts/intake';
import { alertForSharedResult } from '../alerts/requests';
import { findIdempotent } from '../checkup/repository';
import { identityFor } from '../checkup/retrieval';
import { idempotencyKeys } from '../checkup/tables';
import type { Db } from '../db/client';
import { constraintOf, isExclusionViolation, isUniqueViolation } from '../db/errors';
import type { CareEvent, EventBus } from '../realtime/bus';
import type { SmsSender } from '../sms/sender';
import { type BookingView, policyView, presentBooking } from './presenters';
import {
  type BookerRow,
  bookingDetail,
  bookingsOfBooker,
  countWrongTry,
  deletePendingReminders,
  findBookerByIdentity,
  findBookerByPhone,
  findSlotWithLiveBooking,
  insertBookerIfAbsent,
  insertBooking,
  insertPhoneVerification,
  insertReminders,
  latestVerification,
  lockBookerCountingOpen,
  lockBooking,
  lockSlotForBooking,
  recentVerificationCount,
  remindersOf,
  type ServicePointRow,
  type SlotRow,
  updateBooking,
} from './repository';

/** The wording of the booking consent; its version is kept with each booking (PIPL: separate consent). */
export const BOOKING_CONSENT_VERSION = 'booking-2026-11';
export const PHONE_CODE_MINUTES = 10;
const PHONE_CODE_MAX_TRIES = 5;
const PHONE_CODES_PER_HOUR = 5;

export type Topic = 'work' | 'family' | 'relationships' | 'other';
export type Mode = 'in_person' | 'phone' | 'video';

/** What proves who is booking: the check-up retrieval code, or a phone number with the code sent to it. */
export type Credential = { retrievalCode: string } | { phone: string; code: string };

export interface BookingDeps {
  db: Db;
  cipher: FieldCipher;
  sms: SmsSender;
  /** Called after a booked slot comes free (the waitlist offers it to the first in line). */
  onSlotFreed?: (slotId: string, now: Date) => Promise<unknown>;
  /** Care events: a booking that shares a high result puts a request in the counsellors' queue. */
  events?: EventBus;
}

export const phoneIndex = (cipher: FieldCipher, phone: string) => cipher.blindIndex(phone, 'phone');
const codeHash = (verificationId: string, code: string) =>
  createHash('sha256').update(`carnation-phone-code:${verificationId}:${code}`).digest();
const phoneAad = (tenantId: string, index: string) => `bookers.phone:${tenantId}:${index}`;

function mobileOrThrow(text: string): string {
  const phone = normaliseMobile(text);
  if (!phone)
    throw new AppError('invalid_phone', 'That is not a mobile phone number (11 digits, starting with 1)');
  return phone;
}

const codeText = {
  'zh-CN': (code: string) =>
    `【康乃馨】您的验证码是 ${code}，${PHONE_CODE_MINUTES}分钟内有效。请勿告诉他人。如非本人操作，请忽略。`,
  en: (code: string) =>
    `[Carnation] Your code is ${code}. It works for ${PHONE_CODE_MINUTES} minutes. Do not tell it to anyone.`,
};

/** Sends a six-digit code to a phone; only its hash is kept. At most five codes an hour to one number. */
export async function sendPhoneCode(
  deps: BookingDeps,
  tenantId: string,
  phoneText: string,
  lang: Lang,
  now: Date,
): Promise<{ expiresAt: string; phone: string }> {
  const phone = mobileOrThrow(phoneText);
  const index = phoneIndex(deps.cipher, phone);
  const recent = await recentVerificationCount(deps.db, tenantId, index, new Date(now.getTime() - 3_600_000));
  if (recent >= PHONE_CODES_PER_HOUR)
    throw new AppError(
      'rate_limited',
      'Too many codes were sent to this number; please try again in an hour',
    );
  const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + PHONE_CODE_MINUTES * 60_000);
  await insertPhoneVerification(deps.db, {
    id,
    tenantId,
    phoneHash: index,
    codeHash: codeHash(id, code).toString('hex'),
    expiresAt,
    createdAt: now,
  });
  await deps.sms.send({ tenantId, to: phone, body: codeText[lang](code), purpose: 'verification' });
  return { expiresAt: expiresAt.toISOString(), phone: `${phone.slice(0, 3)}****${phone.slice(7)}` };
}

/**
 * Checks a phone code. A code works for ten minutes (for booking, then seeing or changing the booking) and
 * at most five wrong tries; wrong, expired and exhausted codes answer alike.
 */
export async function confirmPhone(
  deps: BookingDeps,
  tenantId: string,
  phoneText: string,
  code: string,
  now: Date,
) {
  const phone = mobileOrThrow(phoneText);
  const index = phoneIndex(deps.cipher, phone);
  const refused = new AppError('invalid_phone_code', 'That code is wrong or has expired; ask for a new one');
  const v = await latestVerification(deps.db, tenantId, index);
  if (!v || v.expiresAt.getTime() <= now.getTime() || v.attempts >= PHONE_CODE_MAX_TRIES) throw refused;
  const expected = Buffer.from(v.codeHash, 'hex');
  const given = codeHash(v.id, code.trim());
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    await countWrongTry(deps.db, v.id);
    throw refused;
  }
  return { phone, index };
}

/** Finds (and, when booking, creates) the booker behind a credential, within one federation. */
export async function bookerFor(
  deps: BookingDeps,
  tenantId: string,
  credential: Credential,
  now: Date,
  create: boolean,
): Promise<BookerRow | undefined> {
  if ('retrievalCode' in credential) {
    const identity = await identityFor(deps.db, credential.retrievalCode);
    if (identity.tenantId !== tenantId)
      throw new AppError(
        'unknown_retrieval_code',
        'That retrieval code is not known; check it and try again',
      );
    const found = await findBookerByIdentity(deps.db, identity.id);
    if (found || !create) return found;
    await insertBookerIfAbsent(deps.db, { tenantId, retrievalIdentityId: identity.id });
    return findBookerByIdentity(deps.db, identity.id);
  }
  const { phone, index } = await confirmPhone(deps, tenantId, credential.phone, credential.code, now);
  const found = await findBookerByPhone(deps.db, tenantId, index);
  if (found || !create) return found;
  await insertBookerIfAbsent(deps.db, {
    tenantId,
    phoneHash: index,
    phoneSealed: deps.cipher.encrypt(phone, phoneAad(tenantId, index)),
  });
  return findBookerByPhone(deps.db, tenantId, index);
}

export const phoneOfBooker = (cipher: FieldCipher, b: BookerRow): string | null =>
  b.phoneSealed && b.phoneHash ? cipher.decrypt(b.phoneSealed, phoneAad(b.tenantId, b.phoneHash)) : null;

export interface BookingInput {
  slot: string;
  topic: Topic;
  mode: Mode;
  credential: Credential;
  consent: boolean;
  shareResults: boolean;
  lang: Lang;
  /** The check-up retrieval code, when the results it holds are to be shared with the counsellor. */
  resultsCode?: string;
}

export const policyMessages: Record<string, string> = {
  slot_passed: 'That time has already passed; please choose another',
  too_short_notice: 'That time is too soon to book; please choose a later one',
  too_far_ahead: 'That time is too far ahead to book yet',
  too_many_bookings: 'You already have as many upcoming appointments as this station allows',
  cancel_too_late: 'It is too close to the appointment to change it here; please call the station',
};

export const slotTaken = () =>
  new AppError('slot_taken', 'Someone has just booked this time; please choose another', undefined);

/** Checks the slot can be booked now by this booker, inside the booking transaction. */
export async function takeSlot(
  tx: Db,
  slotId: string,
  mode: Mode,
  bookerId: string,
  now: Date,
  excludeBooking?: string,
  /** The waitlist entry a held slot was offered to, when this booking accepts that offer. */
  offerFor?: string,
): Promise<{ slot: SlotRow; point: ServicePointRow }> {
  const locked = await lockSlotForBooking(tx, slotId);
  if (!locked || locked.slot.kind === 'block' || !locked.point.active)
    throw new AppError('slot_not_found', 'That time is not offered');
  const { slot, point } = locked;
  if (slot.status !== 'open') throw slotTaken();
  // A freed slot offered to the first in the waitlist is theirs alone until the offer runs out.
  if (slot.heldUntil && slot.heldUntil > now && slot.heldFor !== offerFor) throw slotTaken();
  if (!slot.modes.includes(mode))
    throw new AppError('bad_request', 'This time is not offered in that way (in person, phone or video)');
  const open = await lockBookerCountingOpen(tx, bookerId, now, excludeBooking);
  const refusal = bookingRefusal(policyView(point), now, slot.startsAt, open);
  if (refusal) throw new AppError(refusal, policyMessages[refusal] as string);
  return { slot, point };
}

const requestHash = (input: BookingInput) =>
  createHash('sha256')
    .update(canonicalJson({ ...input, credential: { ...input.credential } }))
    .digest('hex');

/**
 * Books a slot. PostgreSQL decides a race: the live-booking unique index on the slot lets exactly one
 * transaction commit, and the losers get `slot_taken`. With an Idempotency-Key a retry gets the first answer.
 */
export async function createBooking(
  deps: BookingDeps,
  input: BookingInput,
  now: Date,
  idempotencyKey?: string,
): Promise<{ created: boolean; booking: BookingView }> {
  if (!input.consent)
    throw new AppError(
      'consent_required',
      'Please agree to what is kept about this appointment before booking',
    );
  if (input.shareResults && !input.resultsCode)
    throw new AppError('bad_request', 'To share your check-up results, give your retrieval code');
  // The counsellor calls for phone and video counselling: that needs a number, not only a retrieval code.
  if (input.mode !== 'in_person' && !('phone' in input.credential))
    throw new AppError(
      'phone_required',
      'For counselling by phone or video, book with your phone number so that the counsellor can reach you',
    );
  const peek = await findSlotTenant(deps.db, input.slot);
  const storedKey = idempotencyKey ? `booking:${idempotencyKey}` : undefined;
  const hash = requestHash(input);
  if (storedKey) {
    const earlier = await findIdempotent(deps.db, peek.tenantId, storedKey);
    if (earlier) return { created: false, booking: replay(deps, peek.tenantId, storedKey, earlier, hash) };
  }
  // Most losers of a rush learn it here, without taking locks or waiting on the winner's transaction.
  if (peek.taken) throw slotTaken();
  const booker = (await bookerFor(deps, peek.tenantId, input.credential, now, true)) as BookerRow;
  const sharedIdentityId = input.shareResults
    ? await sharedIdentityOf(deps, peek.tenantId, input.resultsCode)
    : null;
  let bookingId: string;
  let careEvents: CareEvent[] = [];
  try {
    bookingId = await deps.db.transaction(async (tx) => {
      const { slot } = await takeSlot(tx, input.slot, input.mode, booker.id, now);
      const booking = await insertBooking(tx, {
        tenantId: slot.tenantId,
        slotId: slot.id,
        servicePointId: slot.servicePointId,
        counsellorId: slot.counsellorId,
        bookerId: booker.id,
        source: 'worker',
        topic: input.topic,
        mode: input.mode,
        lang: input.lang,
        consentVersion: BOOKING_CONSENT_VERSION,
        sharedIdentityId,
        createdAt: now,
      });
      if (sharedIdentityId)
        careEvents = await alertForSharedResult(
          tx,
          deps.cipher,
          {
            tenantId: slot.tenantId,
            bookingId: booking.id,
            identityId: sharedIdentityId,
            phoneHash: booker.phoneHash,
            consentVersion: BOOKING_CONSENT_VERSION,
          },
          now,
        );
      if (booker.phoneSealed)
        await insertReminders(
          tx,
          reminderTimes(slot.startsAt, now).map((r) => ({
            bookingId: booking.id,
            kind: r.kind,
            dueAt: r.at,
          })),
        );
      if (storedKey) {
        const view = await viewOf(tx, booking.id);
        await tx.insert(idempotencyKeys).values({
          tenantId: slot.tenantId,
          key: storedKey,
          requestHash: hash,
          responseSealed: deps.cipher.encrypt(
            JSON.stringify(view),
            `idempotency:${slot.tenantId}:${storedKey}`,
          ),
          createdAt: now,
        });
      }
      return booking.id;
    });
  } catch (err) {
    if (isUniqueViolation(err) && constraintOf(err) !== 'bookings_slot_live_uniq' && storedKey) {
      // Another request with the same key won the race: answer as it did.
      const stored = await findIdempotent(deps.db, peek.tenantId, storedKey);
      if (stored) return { created: false, booking: replay(deps, peek.tenantId, storedKey, stored, hash) };
    }
    if (isUniqueViolation(err)) throw slotTaken();
    throw err;
  }
  await publishAll(deps.events, careEvents);
  return { created: true, booking: await viewOf(deps.db, bookingId) };
}

/** The anonymous identity whose check-up results the worker chose to share (proved by its code). */
async function sharedIdentityOf(
  deps: BookingDeps,
  tenantId: string,
  code: string | undefined,
): Promise<string> {
  const identity = await identityFor(deps.db, code ?? '');
  if (identity.tenantId !== tenantId)
    throw new AppError('unknown_retrieval_code', 'That retrieval code is not known; check it and try again');
  return identity.id;
}

/** The slot's federation, and whether it is visibly gone already (booked or withdrawn). */
async function findSlotTenant(db: Db, slotId: string): Promise<{ tenantId: string; taken: boolean }> {
  const slot = await findSlotWithLiveBooking(db, slotId);
  if (!slot || slot.kind === 'block') throw new AppError('slot_not_found', 'That time is not offered');
  const held = slot.heldUntil !== null && slot.heldUntil.getTime() > Date.now();
  return { tenantId: slot.tenantId, taken: slot.status !== 'open' || slot.booked || held };
}

function replay(
  deps: BookingDeps,
  tenantId: string,
  key: string,
  row: { requestHash: string; responseSealed: string },
  hash: string,
): BookingView {
  if (row.requestHash !== hash)
    throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used for a different booking');
  return JSON.parse(deps.cipher.decrypt(row.responseSealed, `idempotency:${tenantId}:${key}`)) as BookingView;
}

export async function viewOf(db: Db, bookingId: string): Promise<BookingView> {
  const detail = await bookingDetail(db, bookingId);
  if (!detail) throw new AppError('booking_not_found', 'That appointment was not found');
  const reminders = await remindersOf(db, [bookingId]);
  return presentBooking(detail, reminders);
}

/** The booker's own bookings, newest first; an unknown credential answers like a wrong one. */
export async function listOwnBookings(
  deps: BookingDeps,
  tenantId: string,
  credential: Credential,
  now: Date,
): Promise<BookingView[]> {
  const booker = await bookerFor(deps, tenantId, credential, now, false);
  if (!booker) return [];
  const details = await bookingsOfBooker(deps.db, booker.id);
  const reminders = await remindersOf(
    deps.db,
    details.map((d) => d.booking.id),
  );
  return details.map((d) => presentBooking(d, reminders));
}

/** One booking, only for the person who made it; anyone else gets "not found" (never "forbidden"). */
async function ownBooking(deps: BookingDeps, bookingId: string, credential: Credential, now: Date) {
  const detail = await bookingDetail(deps.db, bookingId);
  const notFound = new AppError('booking_not_found', 'That appointment was not found');
  if (!detail) throw notFound;
  const booker = await bookerFor(deps, detail.booking.tenantId, credential, now, false);
  if (!booker || detail.booking.bookerId !== booker.id) throw notFound;
  return { detail, booker };
}

export async function getOwnBooking(
  deps: BookingDeps,
  bookingId: string,
  credential: Credential,
  now: Date,
): Promise<BookingView> {
  const { detail } = await ownBooking(deps, bookingId, credential, now);
  return presentBooking(detail, await remindersOf(deps.db, [bookingId]));
}

/** Cancels one's own booking before the station's cut-off; the slot opens again for others. */
export async function cancelOwnBooking(
  deps: BookingDeps,
  bookingId: string,
  credential: Credential,
  now: Date,
): Promise<BookingView> {
  await ownBooking(deps, bookingId, credential, now);
  await deps.db.transaction(async (tx) => {
    const booking = await lockBooking(tx, bookingId);
    if (booking?.status !== 'booked')
      throw new AppError('booking_closed', 'This appointment is no longer open to change');
    const detail = (await bookingDetail(tx, bookingId)) as NonNullable<
      Awaited<ReturnType<typeof bookingDetail>>
    >;
    const refusal = cancelRefusal(policyView(detail.point), now, detail.slot.startsAt);
    if (refusal) throw new AppError(refusal, policyMessages[refusal] as string);
    await updateBooking(tx, bookingId, { status: 'cancelled', cancelledAt: now, cancelledBy: 'worker' });
    await deletePendingReminders(tx, bookingId);
  });
  const view = await viewOf(deps.db, bookingId);
  await deps.onSlotFreed?.(view.slot.id, now);
  return view;
}

/**
 * Moves a booking to another slot in one transaction: the new slot is taken first (so a lost race leaves
 * the old booking untouched), then the old one is cancelled and points to the new one.
 */
export async function rescheduleOwnBooking(
  deps: BookingDeps,
  bookingId: string,
  newSlotId: string,
  credential: Credential,
  now: Date,
): Promise<BookingView> {
  const { booker } = await ownBooking(deps, bookingId, credential, now);
  let newId: string;
  try {
    newId = await deps.db.transaction(async (tx) => {
      const old = await lockBooking(tx, bookingId);
      if (old?.status !== 'booked')
        throw new AppError('booking_closed', 'This appointment is no longer open to change');
      if (old.slotId === newSlotId) throw new AppError('bad_request', 'That is the time already booked');
      const oldDetail = (await bookingDetail(tx, bookingId)) as NonNullable<
        Awaited<ReturnType<typeof bookingDetail>>
      >;
      const refusal = cancelRefusal(policyView(oldDetail.point), now, oldDetail.slot.startsAt);
      if (refusal) throw new AppError(refusal, policyMessages[refusal] as string);
      const { slot } = await takeSlot(tx, newSlotId, old.mode as Mode, booker.id, now, old.id);
      if (slot.tenantId !== old.tenantId) throw new AppError('slot_not_found', 'That time is not offered');
      await updateBooking(tx, old.id, { status: 'cancelled', cancelledAt: now, cancelledBy: 'reschedule' });
      await deletePendingReminders(tx, old.id);
      const fresh = await insertBooking(tx, {
        tenantId: slot.tenantId,
        slotId: slot.id,
        servicePointId: slot.servicePointId,
        counsellorId: slot.counsellorId,
        bookerId: booker.id,
        source: 'worker',
        topic: old.topic,
        mode: old.mode,
        lang: old.lang,
        consentVersion: old.consentVersion,
        sharedIdentityId: old.sharedIdentityId,
        rescheduledFrom: old.id,
        createdAt: now,
      });
      if (booker.phoneSealed)
        await insertReminders(
          tx,
          reminderTimes(slot.startsAt, now).map((r) => ({ bookingId: fresh.id, kind: r.kind, dueAt: r.at })),
        );
      return fresh.id;
    });
  } catch (err) {
    if (isUniqueViolation(err) || isExclusionViolation(err)) throw slotTaken();
    throw err;
  }
  const moved = await viewOf(deps.db, newId);
  const old = await bookingDetail(deps.db, bookingId);
  if (old) await deps.onSlotFreed?.(old.slot.id, now);
  return moved;
}
