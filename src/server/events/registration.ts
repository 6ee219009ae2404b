import { createHash } from 'node:crypto';
import { canonicalJson } from '../../core/audit/hash-chain';
import { AppError } from '../../core/errors';
import { type EventStatus, registrationRefusal } from '../../core/events/rules';
import type { Lang } from '../../core/instruments/types';
import { bookerFor, type Credential } from '../booking/booking';
import type { BookerRow } from '../booking/repository';
import { findIdempotent } from '../checkup/repository';
import { idempotencyKeys } from '../checkup/tables';
import type { Db } from '../db/client';
import { constraintOf, isUniqueViolation } from '../db/errors';
import { aad } from '../ops/sealed-columns';
import { inviteTokenHash, ticketFor } from './codes';
import { type EventDeps, fillFreedPlaces, type Notice, planReminders, sendNotices } from './offers';
import { presentRegistration, type RegistrationView } from './presenters';
import {
  changeHeld,
  deletePendingEventReminders,
  type EventRow,
  eventsWithPlace,
  findEvent,
  findRegistration,
  hostsOf,
  insertRegistration,
  liveRegistrationOf,
  lockEvent,
  lockRegistration,
  nextQueueTime,
  type RegistrationRow,
  registrationsOfBooker,
  updateRegistration,
  waitlistPositions,
} from './repository';

/** The wording of the registration consent; its version is kept with each registration (PIPL). */
export const EVENT_CONSENT_VERSION = 'event-2026-12';

export const eventNotFound = () => new AppError('event_not_found', 'That event was not found');
export const registrationNotFound = () =>
  new AppError('registration_not_found', 'That registration was not found');

const refusalMessages: Record<string, string> = {
  not_yet_open: 'Registration for this event has not opened yet',
  closed: 'Registration for this event has closed',
  started: 'This event has already started',
  cancelled: 'This event has been cancelled',
};

/** An invitation-only event exists only for someone holding its invite link. */
export function visibleWith(event: EventRow, invite: string | undefined): boolean {
  if (event.status === 'draft') return false;
  if (event.visibility === 'open') return true;
  return Boolean(invite && event.inviteTokenHash && inviteTokenHash(invite) === event.inviteTokenHash);
}

/** Refuses registration outside the event's window, with the reason in the details (event_closed). */
export function refuseIfClosed(event: EventRow, now: Date): void {
  const refusal = registrationRefusal(event.status as EventStatus, event, now);
  if (refusal === 'not_published') throw eventNotFound();
  if (refusal) throw new AppError('event_closed', refusalMessages[refusal] as string, { refusal });
}

/**
 * Takes a place, or a place in the waiting line when the event is full, under the event's row lock: the
 * one transaction that checks `held` also raises it (and the check constraint refuses one too many).
 */
export async function takePlace(
  tx: Db,
  event: EventRow,
  values: Omit<Parameters<typeof insertRegistration>[1], 'status' | 'eventId' | 'tenantId'> & { id?: string },
  phoneKnown: boolean,
  now: Date,
): Promise<RegistrationRow> {
  const full = event.held >= event.capacity;
  const r = await insertRegistration(tx, {
    ...values,
    tenantId: event.tenantId,
    eventId: event.id,
    status: full ? 'waitlisted' : 'registered',
    queuedAt: full ? await nextQueueTime(tx, event.id, now) : null,
    createdAt: now,
  });
  if (!full) {
    await changeHeld(tx, event.id, 1);
    event.held++;
    await planReminders(tx, r, event, phoneKnown, now);
  }
  return r;
}

export interface RegistrationInput {
  eventId: string;
  credential: Credential;
  consent: boolean;
  lang: Lang;
  invite?: string;
}

const requestHash = (input: RegistrationInput) =>
  createHash('sha256')
    .update(canonicalJson({ ...input, credential: { ...input.credential }, invite: input.invite ?? null }))
    .digest('hex');

const alreadyRegistered = () =>
  new AppError('already_registered', 'You are already registered (or waiting) for this event');

/**
 * Registers a worker: registered while places last, then waitlisted (never an error for being full). With
 * an Idempotency-Key a retry on a weak signal gets the first answer.
 */
export async function registerForEvent(
  deps: EventDeps,
  input: RegistrationInput,
  now: Date,
  idempotencyKey?: string,
): Promise<{ created: boolean; registration: RegistrationView }> {
  if (!input.consent)
    throw new AppError('consent_required', 'Please agree to what is kept about your registration first');
  const peek = await findEvent(deps.db, input.eventId);
  if (!peek || !visibleWith(peek, input.invite)) throw eventNotFound();
  const storedKey = idempotencyKey ? `event-registration:${idempotencyKey}` : undefined;
  const hash = requestHash(input);
  if (storedKey) {
    const earlier = await findIdempotent(deps.db, peek.tenantId, storedKey);
    if (earlier)
      return { created: false, registration: replay(deps, peek.tenantId, storedKey, earlier, hash) };
  }
  // Most refusals are known before any lock is taken.
  refuseIfClosed(peek, now);
  const booker = (await bookerFor(deps, peek.tenantId, input.credential, now, true)) as BookerRow;
  let id: string;
  try {
    id = await deps.db.transaction(async (tx) => {
      const event = (await lockEvent(tx, input.eventId)) as EventRow;
      refuseIfClosed(event, now);
      if (await liveRegistrationOf(tx, event.id, booker.id)) throw alreadyRegistered();
      const r = await takePlace(
        tx,
        event,
        { bookerId: booker.id, source: 'worker', lang: input.lang, consentVersion: EVENT_CONSENT_VERSION },
        Boolean(booker.phoneSealed),
        now,
      );
      if (storedKey) {
        const [view] = await viewsOf(tx, deps, [r], now);
        await tx.insert(idempotencyKeys).values({
          tenantId: event.tenantId,
          key: storedKey,
          requestHash: hash,
          responseSealed: deps.cipher.encrypt(
            JSON.stringify(view),
            aad.idempotencyResponse(event.tenantId, storedKey),
          ),
          createdAt: now,
        });
      }
      return r.id;
    });
  } catch (err) {
    if (
      isUniqueViolation(err) &&
      constraintOf(err) !== 'event_registrations_one_per_booker_uniq' &&
      storedKey
    ) {
      const stored = await findIdempotent(deps.db, peek.tenantId, storedKey);
      if (stored)
        return { created: false, registration: replay(deps, peek.tenantId, storedKey, stored, hash) };
    }
    if (isUniqueViolation(err)) throw alreadyRegistered();
    throw err;
  }
  return { created: true, registration: await viewOf(deps, id, now) };
}

function replay(
  deps: EventDeps,
  tenantId: string,
  key: string,
  row: { requestHash: string; responseSealed: string },
  hash: string,
): RegistrationView {
  if (row.requestHash !== hash)
    throw new AppError(
      'idempotency_key_reused',
      'This Idempotency-Key was used for a different registration',
    );
  return JSON.parse(
    deps.cipher.decrypt(row.responseSealed, aad.idempotencyResponse(tenantId, key)),
  ) as RegistrationView;
}

/** The worker's views of registrations: the event as a summary, the ticket while registered. */
export async function viewsOf(
  db: Db,
  deps: EventDeps,
  regs: RegistrationRow[],
  now: Date,
): Promise<RegistrationView[]> {
  const eventIds = [...new Set(regs.map((r) => r.eventId))];
  const [events, hosts, positions] = await Promise.all([
    eventsWithPlace(db, eventIds),
    hostsOf(db, eventIds),
    waitlistPositions(
      db,
      regs.filter((r) => r.status === 'waitlisted').map((r) => r.id),
    ),
  ]);
  const byId = new Map(events.map((e) => [e.event.id, e]));
  return regs.flatMap((r) => {
    const e = byId.get(r.eventId);
    if (!e) return [];
    return [
      presentRegistration(
        r,
        e,
        hosts,
        {
          position: positions.get(r.id) ?? null,
          ticket: ticketFor(deps.cipher, r.id),
          lang: r.lang === 'en' ? 'en' : 'zh-CN',
        },
        now,
      ),
    ];
  });
}

export async function viewOf(deps: EventDeps, id: string, now: Date): Promise<RegistrationView> {
  const r = await findRegistration(deps.db, id);
  if (!r) throw registrationNotFound();
  const [view] = await viewsOf(deps.db, deps, [r], now);
  if (!view) throw registrationNotFound();
  return view;
}

/** The worker's registrations, newest event first; an unknown credential answers like one with none. */
export async function listOwnRegistrations(
  deps: EventDeps,
  tenantId: string,
  credential: Credential,
  now: Date,
): Promise<RegistrationView[]> {
  const booker = await bookerFor(deps, tenantId, credential, now, false);
  if (!booker) return [];
  return viewsOf(deps.db, deps, await registrationsOfBooker(deps.db, booker.id), now);
}

/** One registration, only for the person who made it; anyone else gets "not found" (never "forbidden"). */
export async function ownRegistration(
  deps: EventDeps,
  id: string,
  credential: Credential,
  now: Date,
): Promise<RegistrationRow> {
  const r = await findRegistration(deps.db, id);
  if (!r?.bookerId) throw registrationNotFound();
  const booker = await bookerFor(deps, r.tenantId, credential, now, false);
  if (!booker || booker.id !== r.bookerId) throw registrationNotFound();
  return r;
}

/**
 * Cancels a registration (or a place in line, or an offer) before the start. A place it held is offered to
 * the first in line under the same lock, so simultaneous cancellations each offer to a different person.
 */
export async function cancelRegistrationById(
  deps: EventDeps,
  id: string,
  by: 'worker' | 'officer' | 'staff',
  now: Date,
  /** Written in the same transaction (an officer's cancellation is audited with it). */
  alsoIn?: (tx: Db, was: RegistrationRow) => Promise<void>,
): Promise<void> {
  const notices: Notice[] = await deps.db.transaction(async (tx) => {
    const peek = (await findRegistration(tx, id)) as RegistrationRow;
    const event = (await lockEvent(tx, peek.eventId)) as EventRow;
    const r = (await lockRegistration(tx, id)) as RegistrationRow;
    if (r.status === 'cancelled' || r.status === 'expired')
      throw new AppError('invalid_transition', 'This registration is no longer open to change');
    if (now >= event.startsAt)
      throw new AppError('event_closed', refusalMessages.started as string, { refusal: 'started' });
    await updateRegistration(tx, id, {
      status: 'cancelled',
      cancelledAt: now,
      cancelledBy: by,
      offerExpiresAt: null,
    });
    await deletePendingEventReminders(tx, id);
    await alsoIn?.(tx, r);
    if (r.status === 'waitlisted') return [];
    await changeHeld(tx, event.id, -1);
    return fillFreedPlaces(tx, { ...event, held: event.held - 1 }, now);
  });
  await sendNotices(deps, notices);
}

export async function cancelOwnRegistration(
  deps: EventDeps,
  id: string,
  credential: Credential,
  now: Date,
): Promise<RegistrationView> {
  await ownRegistration(deps, id, credential, now);
  await cancelRegistrationById(deps, id, 'worker', now);
  return viewOf(deps, id, now);
}
