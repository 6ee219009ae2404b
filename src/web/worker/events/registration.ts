import { ApiError } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { type Credential, credentialFields } from '../counselling/credential';
import type { RegistrationBody } from './api';
import type { EventRefusal, RegistrationView } from './types';

/** POST …/registrations's body: who the worker is (as proved), the separate consent, and an invitation. */
export function registrationBody(
  c: Credential,
  consent: boolean,
  lang: Language,
  invite: string | null,
): RegistrationBody {
  return { ...credentialFields(c), lang, consent, ...(invite ? { invite } : {}) };
}

/**
 * One registration attempt keeps one Idempotency-Key across its retries (a lost answer on a weak signal is
 * asked again, and the server answers with the registration it made); a changed body is a new attempt.
 */
export interface Attempt {
  key: string;
  body: string;
}

export function attemptFor(previous: Attempt | null, body: RegistrationBody, newKey: () => string): Attempt {
  const json = JSON.stringify(body);
  return previous?.body === json ? previous : { key: newKey(), body: json };
}

/** What the page says when a registration is refused: a text ("events" namespace) and what it offers. */
export interface RegisterRefusal {
  key: string;
  /** The refusal given in event_closed's details, for the text. */
  why?: EventRefusal;
  /** Already registered: "my events" is where to look. */
  seeMine?: boolean;
  /** Sending again is safe (the same Idempotency-Key) and may well work. */
  retry?: boolean;
  /** The proof itself was refused: the proof form marks its field. */
  proof?: boolean;
}

const refusals: readonly EventRefusal[] = ['not_yet_open', 'closed', 'started', 'cancelled'];

export function registerRefusal(err: unknown): RegisterRefusal {
  const code = err instanceof ApiError ? err.code : 'network';
  switch (code) {
    case 'already_registered':
      return { key: 'register.already', seeMine: true };
    case 'event_closed': {
      const given = (err as ApiError).details as { refusal?: unknown } | undefined;
      const why = refusals.find((r) => r === given?.refusal) ?? 'closed';
      return { key: `refusal.${why}`, why };
    }
    case 'consent_required':
      return { key: 'register.consentMissing' };
    case 'event_not_found':
    case 'not_found':
      return { key: 'register.gone' };
    case 'invalid_phone_code':
    case 'invalid_phone':
    case 'unknown_retrieval_code':
      return { key: 'register.proofRefused', proof: true };
    case 'network':
    case 'timeout':
    case 'bad_response':
      return { key: 'register.offline', retry: true };
    default:
      // A 5xx may have registered before failing to answer: the same key makes another try safe.
      return { key: 'register.error', retry: err instanceof ApiError && err.status >= 500 };
  }
}

/** What the worker does next with a registration, in the order "my events" shows them. */
export type Standing = 'offered' | 'registered' | 'waitlisted' | 'attended' | 'past' | 'closed';

export function standingOf(r: RegistrationView, now: number): Standing {
  if (r.status === 'cancelled' || r.status === 'expired') return 'closed';
  if (r.checkedInAt) return 'attended';
  if (Date.parse(r.event.endsAt) <= now) return 'past';
  if (r.status === 'offered') return 'offered';
  return r.status === 'waitlisted' ? 'waitlisted' : 'registered';
}

const rank: Record<Standing, number> = {
  offered: 0,
  registered: 1,
  waitlisted: 2,
  attended: 3,
  past: 4,
  closed: 5,
};

/**
 * "My events": a place held for the worker first (it runs out), then what is to come by start, then what
 * is over, newest first (feedback asked there); cancelled and lapsed ones last.
 */
export function orderMine(list: readonly RegistrationView[], now: number): RegistrationView[] {
  return [...list].sort((a, b) => {
    const ra = rank[standingOf(a, now)];
    const rb = rank[standingOf(b, now)];
    if (ra !== rb) return ra - rb;
    const da = Date.parse(a.event.startsAt);
    const db = Date.parse(b.event.startsAt);
    return ra <= 2 ? da - db : db - da;
  });
}

/** Minutes left on an offer (never below 0), rounded up so "1 minute" shows until it lapses. */
export function offerMinutesLeft(offerExpiresAt: string | null, now: number): number {
  if (!offerExpiresAt) return 0;
  return Math.max(0, Math.ceil((Date.parse(offerExpiresAt) - now) / 60_000));
}

/** "1 小时 20 分钟" in parts, for the texts. */
export const timeLeftParts = (minutes: number): { hours: number; minutes: number } => ({
  hours: Math.floor(minutes / 60),
  minutes: minutes % 60,
});

/** What an action on a registration (cancel, accept, check in, feedback) says when refused. */
export function actionRefusal(err: unknown): string {
  const code = err instanceof ApiError ? err.code : 'network';
  switch (code) {
    case 'offer_expired':
      return 'mine.offerExpired';
    case 'invalid_transition':
      return 'mine.changed';
    case 'not_attended':
      return 'feedback.notAttended';
    case 'feedback_given':
      return 'feedback.given';
    case 'feedback_closed':
      return 'feedback.closed';
    case 'registration_not_found':
    case 'not_found':
      return 'mine.changed';
    case 'network':
    case 'timeout':
    case 'bad_response':
      return 'mine.offline';
    default:
      return 'mine.error';
  }
}

/** The feedback's body: 1–5 stars, an optional comment up to 1000 characters, anonymous unless unticked. */
export function feedbackBody(rating: number, comment: string, anonymous: boolean) {
  const text = comment.trim().slice(0, 1000);
  return {
    rating: Math.min(5, Math.max(1, Math.round(rating))),
    anonymous,
    ...(text ? { comment: text } : {}),
  };
}
