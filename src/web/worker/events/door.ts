import { ApiError } from '../../shared/api';
import type { RegistrationView } from './types';

/**
 * The door poster: /events/<id>/checkin#c=<code>. The code rides in the fragment, which the browser never
 * sends; the page reads it, takes it off the address bar, and sends it only in the check-in's body.
 */
export function parseDoorHash(hash: string): { code: string } | 'broken' | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw = params.get('c');
  if (raw === null) return null;
  // Printed in capitals in groups of four: spaces, dashes and case do not count (core normaliseDoorCode).
  const code = raw.replace(/[\s-]/g, '').toLowerCase();
  return /^[a-z0-9]{6,40}$/.test(code) ? { code } : 'broken';
}

export type DoorPick =
  | { kind: 'done'; registration: RegistrationView }
  | { kind: 'check'; registration: RegistrationView }
  /** Registered for this event but only on the waiting list (or the offer not taken). */
  | { kind: 'waiting'; registration: RegistrationView }
  | { kind: 'none' };

/** Which of the worker's registrations the poster of event `eventId` is for. */
export function pickForDoor(list: readonly RegistrationView[], eventId: string): DoorPick {
  const here = list.filter(
    (r) =>
      r.eventId.toLowerCase() === eventId.toLowerCase() && r.status !== 'cancelled' && r.status !== 'expired',
  );
  const done = here.find((r) => r.checkedInAt);
  if (done) return { kind: 'done', registration: done };
  const registered = here.find((r) => r.status === 'registered');
  if (registered) return { kind: 'check', registration: registered };
  const waiting = here[0];
  return waiting ? { kind: 'waiting', registration: waiting } : { kind: 'none' };
}

export type DoorRefusal = 'wrongCode' | 'notOpen' | 'notFound' | 'network' | 'other';

export function doorRefusal(err: unknown): DoorRefusal {
  const code = err instanceof ApiError ? err.code : 'network';
  switch (code) {
    case 'invalid_checkin_code':
      return 'wrongCode';
    case 'checkin_closed':
    case 'invalid_transition':
      return 'notOpen';
    case 'registration_not_found':
    case 'event_not_found':
    case 'not_found':
      return 'notFound';
    case 'network':
    case 'timeout':
    case 'bad_response':
      return 'network';
    default:
      return 'other';
  }
}
