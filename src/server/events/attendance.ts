import { AppError } from '../../core/errors';
import { checkInOpen, feedbackOpen } from '../../core/events/rules';
import type { Credential } from '../booking/booking';
import { doorCodeMatches } from './codes';
import type { EventDeps } from './offers';
import type { RegistrationView } from './presenters';
import { ownRegistration, viewOf } from './registration';
import { type EventRow, findEvent, lockRegistration, updateRegistration } from './repository';
import { eventFeedback } from './tables';

export const checkInClosed = () =>
  new AppError(
    'checkin_closed',
    'Check-in opens an hour before the start and closes two hours after the end',
  );

/** Whether a registration may be checked in now (registered, the event on, inside the check-in window). */
export function refuseCheckIn(event: EventRow, status: string, now: Date): void {
  if (status !== 'registered' || event.status !== 'published')
    throw new AppError('invalid_transition', 'Only a registered place can be checked in');
  if (!checkInOpen(event, now)) throw checkInClosed();
}

/**
 * The worker checks in with the code on the door poster. Checking in twice answers as the first time; a
 * wrong code changes nothing.
 */
export async function checkInAtDoor(
  deps: EventDeps,
  id: string,
  code: string,
  credential: Credential,
  now: Date,
): Promise<RegistrationView> {
  const r = await ownRegistration(deps, id, credential, now);
  if (r.checkedInAt) return viewOf(deps, id, now);
  const event = (await findEvent(deps.db, r.eventId)) as EventRow;
  refuseCheckIn(event, r.status, now);
  if (!doorCodeMatches(event.doorCodeHash, event.id, code))
    throw new AppError('invalid_checkin_code', 'That is not the code on this event’s poster');
  await deps.db.transaction(async (tx) => {
    const locked = await lockRegistration(tx, id);
    if (locked?.status !== 'registered' || locked.checkedInAt) return;
    await updateRegistration(tx, id, { checkedInAt: now, checkInMethod: 'door_code' });
  });
  return viewOf(deps, id, now);
}

export interface FeedbackInput {
  rating: number;
  comment?: string;
  anonymous: boolean;
}

/**
 * Feedback from someone who came. Anonymous by default: the feedback row then carries nothing that links it
 * to the registration, which only records that feedback was given (so it is given once).
 */
export async function giveFeedback(
  deps: EventDeps,
  id: string,
  input: FeedbackInput,
  credential: Credential,
  now: Date,
): Promise<void> {
  const r = await ownRegistration(deps, id, credential, now);
  const event = (await findEvent(deps.db, r.eventId)) as EventRow;
  if (!feedbackOpen(event, now))
    throw new AppError('feedback_closed', 'Feedback is taken from the start until 30 days after the event');
  await deps.db.transaction(async (tx) => {
    const locked = await lockRegistration(tx, id);
    if (!locked?.checkedInAt)
      throw new AppError('not_attended', 'Only people who checked in at the event can give feedback');
    if (locked.feedbackAt)
      throw new AppError('feedback_given', 'You have already given feedback on this event');
    await updateRegistration(tx, id, { feedbackAt: now });
    const comment = input.comment?.trim();
    await tx.insert(eventFeedback).values({
      tenantId: event.tenantId,
      eventId: event.id,
      registrationId: input.anonymous ? null : id,
      rating: input.rating,
      comment: comment ? comment : null,
      // An anonymous row's time is the day only, so it cannot be matched to feedback_at either.
      createdAt: input.anonymous ? dayOf(now) : now,
    });
  });
}

const dayOf = (d: Date) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
