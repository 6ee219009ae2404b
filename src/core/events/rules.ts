/**
 * The rules of registering for a group event, pure: when registration is open, how long a freed place is
 * offered to the next in line, when reminders go, when check-in and feedback are open, and the worker's
 * ticket code. The server applies them under the event's row lock; the phone uses them to explain.
 */

export interface EventTimes {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

export type EventStatus = 'draft' | 'published' | 'cancelled';

/** An offer of a freed place lasts two hours, and never past one hour before the start. */
export const OFFER_HOURS = 2;
const OFFER_CUTOFF_BEFORE_START_MS = 60 * 60_000;
/** Check-in opens an hour before the start and closes two hours after the end (late sign-ins at the door). */
const CHECK_IN_OPENS_BEFORE_MS = 60 * 60_000;
const CHECK_IN_CLOSES_AFTER_MS = 2 * 60 * 60_000;
/** Feedback is taken from the start until 30 days after the end. */
const FEEDBACK_DAYS = 30;

export type RegistrationRefusal = 'not_published' | 'cancelled' | 'not_yet_open' | 'closed' | 'started';

/** Why a worker cannot register now, or null. Registration closes at its close time, or at the start. */
export function registrationRefusal(
  status: EventStatus,
  times: EventTimes,
  now: Date,
): RegistrationRefusal | null {
  if (status === 'cancelled') return 'cancelled';
  if (status !== 'published') return 'not_published';
  if (times.registrationOpensAt && now < times.registrationOpensAt) return 'not_yet_open';
  if (now >= times.startsAt) return 'started';
  if (times.registrationClosesAt && now >= times.registrationClosesAt) return 'closed';
  return null;
}

/**
 * Until when a freed place is held for the next in line, or null when there is no time left to offer it
 * (then it is simply given: the next in line is registered at once, so no place stands empty).
 */
export function offerExpiry(now: Date, startsAt: Date): Date | null {
  const cutoff = startsAt.getTime() - OFFER_CUTOFF_BEFORE_START_MS;
  const until = Math.min(now.getTime() + OFFER_HOURS * 3_600_000, cutoff);
  return until - now.getTime() >= 15 * 60_000 ? new Date(until) : null;
}

export type ReminderKind = 'day_before' | 'two_hours';

/** Reminders still ahead of `now` for an event at `startsAt`: the day before, and two hours before. */
export function eventReminderTimes(startsAt: Date, now: Date): { kind: ReminderKind; dueAt: Date }[] {
  const all: { kind: ReminderKind; dueAt: Date }[] = [
    { kind: 'day_before', dueAt: new Date(startsAt.getTime() - 24 * 3_600_000) },
    { kind: 'two_hours', dueAt: new Date(startsAt.getTime() - 2 * 3_600_000) },
  ];
  return all.filter((r) => r.dueAt > now);
}

export function checkInOpen(times: Pick<EventTimes, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const t = now.getTime();
  return (
    t >= times.startsAt.getTime() - CHECK_IN_OPENS_BEFORE_MS &&
    t <= times.endsAt.getTime() + CHECK_IN_CLOSES_AFTER_MS
  );
}

export function feedbackOpen(times: Pick<EventTimes, 'startsAt' | 'endsAt'>, now: Date): boolean {
  const t = now.getTime();
  return t >= times.startsAt.getTime() && t <= times.endsAt.getTime() + FEEDBACK_DAYS * 86_400_000;
}

/** The worker's own QR code says which registration and carries its secret. */
const TICKET_PREFIX = 'carnation-event:';
const uuidPattern = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ticketPattern = new RegExp(`^${TICKET_PREFIX}(${uuidPattern})\\.([A-Za-z0-9_-]{16,64})$`);

export const ticketCode = (registrationId: string, token: string) =>
  `${TICKET_PREFIX}${registrationId}.${token}`;

export function parseTicketCode(text: string): { registrationId: string; token: string } | null {
  const m = ticketPattern.exec(text.trim());
  return m ? { registrationId: m[1] as string, token: m[2] as string } : null;
}

/** The door poster's code: printed in capitals in groups of four; spaces, dashes and case do not count. */
export const normaliseDoorCode = (code: string) => code.replace(/[\s-]/g, '').toLowerCase();
