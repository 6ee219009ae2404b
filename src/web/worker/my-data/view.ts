import { ApiError } from '../../shared/api';
import { dayIn, formatDateTime, formatTime, type Lang } from '../counselling/format';
import type { MyData, Withdrawable } from './types';

/**
 * What the "my data" page shows, decided from the server's answers: pure, so the decisions are tested
 * without a browser. Times are the federation's (Asia/Shanghai), whatever zone the phone is set to.
 */
export const ZONE = 'Asia/Shanghai';

/** "2026年12月3日" / "3 Dec 2026": a date with its year (records are kept for years). */
export function dateText(instant: string, lang: Lang, zone: string = ZONE): string {
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
    timeZone: zone,
    year: 'numeric',
    month: lang === 'en' ? 'short' : 'long',
    day: 'numeric',
  }).format(new Date(instant));
}

/** "12月1日 周二 14:05" this year; "2025年5月20日 10:00" another year. */
export function whenText(instant: string, lang: Lang, now: Date = new Date(), zone: string = ZONE): string {
  if (dayIn(instant, zone).slice(0, 4) === dayIn(now, zone).slice(0, 4))
    return formatDateTime(instant, zone, lang);
  const time = formatTime(instant, zone, lang);
  return lang === 'en'
    ? `${dateText(instant, lang, zone)}, ${time}`
    : `${dateText(instant, lang, zone)} ${time}`;
}

export const withdrawable: readonly Withdrawable[] = ['contact', 'results_sharing', 'referrals'];

export type ConsentState =
  | { state: 'given'; since: string }
  | { state: 'withdrawn'; at: string }
  | { state: 'none' };

/**
 * Where each consent that can be withdrawn here stands: given (somewhere still in force, since the first
 * time), withdrawn (everywhere, last on that day), or never given.
 */
export function consentStates(consents: MyData['consents']): Record<Withdrawable, ConsentState> {
  const out = {} as Record<Withdrawable, ConsentState>;
  for (const kind of withdrawable) {
    const mine = consents.filter((c) => c.kind === kind);
    const live = mine.filter((c) => c.withdrawnAt === null).map((c) => c.givenAt);
    const gone = mine.flatMap((c) => (c.withdrawnAt ? [c.withdrawnAt] : []));
    out[kind] = live.length
      ? { state: 'given', since: live.sort()[0] as string }
      : gone.length
        ? { state: 'withdrawn', at: gone.sort().at(-1) as string }
        : { state: 'none' };
  }
  return out;
}

/** Whether anything at all is held (else the page says so, and offers no withdrawal or deletion). */
export const holdsAnything = (d: MyData): boolean =>
  d.checkups.length +
    d.appointments.length +
    d.eventRegistrations.length +
    d.requests.length +
    d.cases.length +
    d.consents.length >
    0 || holdsLinked(d);

/** Whether the worker linked their diary or groups to the retrieval code (only a code reaches them). */
export const holdsLinked = (d: MyData): boolean => d.linked.diary !== null || d.linked.groups !== null;

/** What a deletion would do, counted from what is held, for the confirm step. */
export function deletionPreview(d: MyData, now: Date = new Date()) {
  const contacts =
    d.requests.filter((r) => r.contactHeld).length + d.cases.filter((c) => c.contactHeld).length;
  return {
    checkups: d.identifiedBy === 'retrieval_code' ? d.checkups.length : 0,
    /** With a phone, the check-ups (kept under a code) are not reached: the page says so. */
    checkupsNotReached: d.identifiedBy === 'phone',
    linked: holdsLinked(d),
    appointments: d.appointments.length,
    /** Event registrations lose the link to the worker (the event's counts stay). */
    eventRegistrations: d.eventRegistrations.length,
    upcomingCancelled: d.appointments.filter(
      (a) => a.status === 'booked' && Date.parse(a.startsAt) > now.getTime(),
    ).length,
    contacts,
    openRequests: d.requests.filter((r) => r.status !== 'closed').length,
    openCases: d.cases.filter((c) => c.status === 'open').length,
    referrals: d.cases.reduce((n, c) => n + c.referrals.filter((r) => r.status !== 'withdrawn').length, 0),
    /** Case records stay until their retention ends; the answer after deletion says until when. */
    keptCases: d.cases.length,
  };
}

export type DeletionPreview = ReturnType<typeof deletionPreview>;

/** Staff roles the access log names in the worker's words; any other shows as staff in general. */
const knownRoles = new Set([
  'counsellor',
  'supervisor',
  'partner_staff',
  'station_manager',
  'federation_admin',
  'enterprise_officer',
  'auditor',
  'platform_operator',
]);

export const roleKey = (role: string | null): string | null =>
  role === null ? null : knownRoles.has(role) ? `roles.${role}` : 'roles.staff';

export type Trouble = 'proof' | 'offline' | 'busy' | 'unreadable' | 'other';

/** What went wrong, for a kind sentence that says what to do next. */
export function troubleOf(err: unknown): Trouble {
  if (!(err instanceof ApiError)) return 'offline';
  if (
    ['invalid_phone_code', 'unknown_retrieval_code', 'invalid_phone', 'validation_failed'].includes(err.code)
  )
    return 'proof';
  if (err.status === 0) return 'offline';
  if (err.status === 429) return 'busy';
  if (err.code === 'record_unreadable') return 'unreadable';
  return 'other';
}

/** Inside WeChat's own browser, which often refuses downloads (the page then says how to get round it). */
export const inWeChat = (userAgent: string): boolean => /MicroMessenger/i.test(userAgent);
