import { ApiError } from '../../shared/api';
import { dayIn } from './format';

/**
 * Checking in at the station: the poster's QR opens /checkin#p=<service point>&c=<code>. The code rides in
 * the fragment, which the browser never sends; the page reads it, takes it off the address bar, and sends it
 * only in the body of the check-in request for the worker's own appointment there.
 */
export interface CheckinLink {
  pointId: string;
  code: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The poster's link as read from `location.hash`; 'broken' when it names a station but no usable code. */
export function parseCheckinHash(hash: string): CheckinLink | 'broken' | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const pointId = params.get('p')?.trim() ?? '';
  const code = params.get('c')?.trim() ?? '';
  if (!pointId && !code) return null;
  if (!UUID.test(pointId) || !/^[A-Za-z0-9-]{6,40}$/.test(code)) return 'broken';
  return { pointId: pointId.toLowerCase(), code };
}

/** Check-in opens this long before the appointment (and closes when it ends), as the server has it. */
export const OPENS_BEFORE_MS = 60 * 60_000;
/** An appointment this close counts as "today" even across midnight (a late-evening line, say). */
const SOON_MS = 3 * 60 * 60_000;

interface Appointment {
  status: string;
  checkedInAt: string | null;
  slot: { startsAt: string; endsAt: string };
  servicePoint: { id: string; timeZone: string };
}

export type CheckinPick<T> =
  /** Checked in already (a second scan): nothing to send. */
  | { kind: 'done'; booking: T }
  /** Today's appointment here: the server checks the code, and whether check-in is open yet. */
  | { kind: 'check'; booking: T }
  /** Nothing here today; the next appointment here, if any. */
  | { kind: 'none'; next: T | null };

/**
 * Which of the worker's appointments a scan at a station is for: the earliest one there that has not ended,
 * when its check-in is open or it is today at the station (or within three hours); otherwise none today.
 */
export function pickForCheckin<T extends Appointment>(
  bookings: readonly T[],
  pointId: string,
  now: number,
): CheckinPick<T> {
  const here = bookings
    .filter(
      (b) =>
        b.servicePoint.id.toLowerCase() === pointId.toLowerCase() &&
        (b.status === 'booked' || b.status === 'attended') &&
        Date.parse(b.slot.endsAt) > now,
    )
    .sort((a, b) => Date.parse(a.slot.startsAt) - Date.parse(b.slot.startsAt));
  const first = here[0];
  if (!first) return { kind: 'none', next: null };
  const start = Date.parse(first.slot.startsAt);
  const zone = first.servicePoint.timeZone;
  const today = dayIn(first.slot.startsAt, zone) === dayIn(new Date(now), zone) || start - now <= SOON_MS;
  if (!today) return { kind: 'none', next: first };
  if (first.checkedInAt) return { kind: 'done', booking: first };
  return { kind: 'check', booking: first };
}

/** When check-in opens for an appointment. */
export const opensAt = (startsAt: string): Date => new Date(Date.parse(startsAt) - OPENS_BEFORE_MS);

export type CheckinRefusal = 'wrongCode' | 'notYet' | 'notFound' | 'closed' | 'network' | 'other';

export function checkinRefusal(err: unknown): CheckinRefusal {
  const code = err instanceof ApiError ? err.code : 'network';
  switch (code) {
    case 'invalid_checkin_code':
      return 'wrongCode';
    case 'checkin_closed':
      return 'notYet';
    case 'booking_not_found':
    case 'not_found':
      return 'notFound';
    case 'booking_closed':
      return 'closed';
    case 'network':
    case 'timeout':
    case 'bad_response':
      return 'network';
    default:
      return 'other';
  }
}
