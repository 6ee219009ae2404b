import { ApiError } from '../../shared/api';
import type { BookingTopic, ConsultMode, WaitlistEntry } from '../../shared/api-types';
import { type BookingForm, credentialOf, type Problem, wayProblems } from './booking-form';
import { credentialFields } from './credential';
import { bookingRefusal } from './errors';
import { dayIn } from './format';

/**
 * The waiting list for a full day at a service point: which days can be asked for, the form, what the
 * server's refusals mean, and the worker's places in line (an offer of a freed time first).
 */

const DAY_MS = 86_400_000;
/** At most four weeks of days to choose from (less when the station takes bookings for fewer days). */
export const WAIT_DAYS = 28;

export const addDays = (day: string, n: number): string =>
  new Date(Date.parse(`${day}T12:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/** 1 = Monday … 7 = Sunday, for a calendar day. */
export const weekdayOf = (day: string): number => ((new Date(`${day}T12:00:00Z`).getUTCDay() + 6) % 7) + 1;

export interface WaitDay {
  day: string;
  /** Within the days one may ask for (the calendar's first and last weeks show days around them too). */
  open: boolean;
  /** It still has free times: book one of them rather than wait. */
  free: boolean;
}

/**
 * The days from `today` on, `count` of them, as calendar weeks (Monday first), padded to whole weeks with
 * days that are not open. Days with free times are marked: the server sends a worker who asks to wait for
 * one back to book.
 */
export function waitCalendar(today: string, count: number, freeDays: ReadonlySet<string>): WaitDay[][] {
  const start = addDays(today, 1 - weekdayOf(today));
  const last = addDays(today, count - 1);
  const weeks: WaitDay[][] = [];
  for (let monday = start; monday <= last; monday = addDays(monday, 7))
    weeks.push(
      Array.from({ length: 7 }, (_, i) => {
        const day = addDays(monday, i);
        const open = day >= today && day <= last;
        return { day, open, free: open && freeDays.has(day) };
      }),
    );
  return weeks;
}

export const waitDayCount = (maxAdvanceDays: number): number =>
  Math.max(1, Math.min(WAIT_DAYS, maxAdvanceDays));

/** The days (at the place's clock) that still have a free time. */
export const freeDaysOf = (slots: readonly { startsAt: string }[], timeZone: string): Set<string> =>
  new Set(slots.map((s) => dayIn(s.startsAt, timeZone)));

/** What the waiting-list page holds while the worker fills it in. */
export interface WaitForm extends Omit<BookingForm, 'mode' | 'share'> {
  date: string | null;
  /** 'any': whichever way the freed time offers (in person where it can). */
  mode: ConsultMode | 'any';
}

export type WaitProblem = 'date' | Problem;

export const emptyWaitForm = (knownCode: string | null, modes: readonly ConsultMode[]): WaitForm => ({
  date: null,
  topic: null,
  mode: 'any',
  way: knownCode && modes.includes('in_person') ? 'retrieval' : 'phone',
  phone: '',
  code: '',
  codeSent: null,
  retrievalCode: knownCode ?? '',
  consent: false,
});

/** The way of talking a freed time would be taken in (as the server does for "any"). */
export const effectiveMode = (
  form: Pick<WaitForm, 'mode'>,
  modes: readonly ConsultMode[],
): ConsultMode | null =>
  form.mode !== 'any' ? form.mode : modes.includes('in_person') ? 'in_person' : (modes[0] ?? null);

export function waitProblems(form: WaitForm, modes: readonly ConsultMode[]): WaitProblem[] {
  const out: WaitProblem[] = [];
  if (!form.date) out.push('date');
  if (!form.topic) out.push('topic');
  out.push(...wayProblems(form, effectiveMode(form, modes)));
  if (!form.consent) out.push('consent');
  return out;
}

/** POST /api/v1/waitlist's body (checked by `waitProblems` first). */
export function waitlistBody(servicePoint: string, form: WaitForm, lang: 'zh-CN' | 'en') {
  return {
    servicePoint,
    date: form.date as string,
    topic: form.topic as BookingTopic,
    ...(form.mode === 'any' ? {} : { mode: form.mode }),
    consent: form.consent,
    lang,
    ...credentialFields(credentialOf(form)),
  };
}

export type WaitlistBody = ReturnType<typeof waitlistBody>;

export interface WaitRefusal {
  /** A text key ("waitlist:" ones are the waiting list's own). */
  key: string;
  field?: WaitProblem;
  /** The day still has free times: back to the station's list to book one. */
  freeTimes?: boolean;
  /** Already waiting for that day: see it in my appointments. */
  mine?: boolean;
  retry?: boolean;
}

export function waitlistRefusal(err: unknown): WaitRefusal {
  const code = err instanceof ApiError ? err.code : 'network';
  switch (code) {
    case 'slots_available':
      return { key: 'waitlist:errors.slotsAvailable', field: 'date', freeTimes: true };
    case 'no_duty':
      return { key: 'waitlist:errors.noDuty', field: 'date' };
    case 'already_waiting':
      return { key: 'waitlist:errors.already', mine: true };
    case 'validation_failed':
      return { key: 'waitlist:errors.outOfRange', field: 'date' };
    default: {
      const r = bookingRefusal(err);
      // The phone's code, the check-up code and the consent are the booking form's; anything else is ours.
      if (r.field || r.retry) return { key: r.key, field: r.field, retry: r.retry };
      return { key: 'waitlist:errors.other' };
    }
  }
}

/** What "confirm this time" says when the server refuses. */
export function acceptRefusal(err: unknown): { key: string; reload?: boolean; mine?: boolean } {
  const code = err instanceof ApiError ? err.code : 'network';
  switch (code) {
    case 'offer_expired':
      return { key: 'waitlist:errors.offerExpired', reload: true };
    case 'slot_taken':
    case 'slot_passed':
    case 'slot_not_found':
    case 'too_short_notice':
      return { key: 'waitlist:errors.slotTaken', reload: true };
    case 'too_many_bookings':
      return { key: 'errors.tooManyShort' };
    case 'network':
    case 'timeout':
      return { key: 'mine.offline' };
    default:
      return { key: 'waitlist:errors.acceptFailed', reload: true };
  }
}

/** Seconds left to take an offer (never below 0). */
export const secondsLeft = (expiresAt: string, now: number): number =>
  Math.max(0, Math.ceil((Date.parse(expiresAt) - now) / 1000));

/**
 * The worker's places in line as "my appointments" shows them: offers still open first (the one running
 * out soonest on top), then places still waiting (nearest day first), and offers that ran out for a day
 * still to come (to join again). Booked and left places are shown as the booking, or not at all.
 */
export function splitWaitlist(entries: readonly WaitlistEntry[], now: number) {
  const today = (e: WaitlistEntry) => dayIn(new Date(now), e.servicePoint.timeZone);
  const open = (e: WaitlistEntry) =>
    e.status === 'offered' && e.offer !== null && Date.parse(e.offer.expiresAt) > now;
  const offers = entries
    .filter(open)
    .sort((a, b) => Date.parse(a.offer?.expiresAt ?? '') - Date.parse(b.offer?.expiresAt ?? ''));
  const waiting = entries
    .filter((e) => e.status === 'waiting' && e.date >= today(e))
    .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt.localeCompare(b.createdAt));
  const missed = entries
    .filter((e) => (e.status === 'expired' || (e.status === 'offered' && !open(e))) && e.date >= today(e))
    .sort((a, b) => a.date.localeCompare(b.date));
  return { offers, waiting, missed };
}
