import { type AudienceId, audienceFit, byAudienceFit } from '../../../core/content/audiences';
import { dayIn } from '../counselling/format';
import type { EventSummary } from './types';

/**
 * The events list's filters and order, pure. The chips live in the address (?kind=, ?near=1, ?week=1,
 * ?fit=1|0) so a link (a recommendation, a poster) opens the list as meant; where the worker is never does.
 */
export interface EventFilter {
  kind: string | null;
  /** 附近: ordered by distance (the phone's place is asked for only when this is tapped). */
  near: boolean;
  /** 本周: this week, Monday to Sunday, at the event's own clock. */
  week: boolean;
  /** 适合我: the worker's groups first. On by default for a worker who said their groups. */
  fit: boolean;
}

const kindPattern = /^[a-z][a-z0-9_]{1,39}$|^custom:[a-z0-9][a-z0-9_-]{1,39}$/;

export function filterFromParams(params: URLSearchParams, saidGroups: boolean): EventFilter {
  const kind = params.get('kind');
  const fit = params.get('fit');
  return {
    kind: kind && kindPattern.test(kind) ? kind : null,
    near: params.get('near') === '1',
    week: params.get('week') === '1',
    fit: fit === '1' || (fit !== '0' && saidGroups),
  };
}

export function paramsOfFilter(f: EventFilter, saidGroups: boolean): URLSearchParams {
  const p = new URLSearchParams();
  if (f.kind) p.set('kind', f.kind);
  if (f.near) p.set('near', '1');
  if (f.week) p.set('week', '1');
  // Only a change from the default is written, so the plain /events stays plain.
  if (f.fit !== saidGroups) p.set('fit', f.fit ? '1' : '0');
  return p;
}

/**
 * Driver groups a roadside station (路上心灵驿站) is for even when its organisers named no group: a truck
 * driver, a ride-hailing driver or a driver's family sees those first.
 */
const driverGroups: readonly AudienceId[] = ['truck_driver', 'ride_hailing_driver', 'driver_family'];

export function audiencesOfEvent(e: Pick<EventSummary, 'kind' | 'audiences'>): string[] {
  return e.kind === 'roadside_station' ? [...new Set([...e.audiences, ...driverGroups])] : e.audiences;
}

/** 适合您: the event names one of the worker's groups (or is a roadside station and they drive). */
export const fitsMe = (e: Pick<EventSummary, 'kind' | 'audiences'>, mine: readonly string[]): boolean =>
  mine.length > 0 && audienceFit(audiencesOfEvent(e), mine) === 0;

const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);
const addDays = (day: string, n: number) =>
  new Date(noonOf(day).getTime() + n * 86_400_000).toISOString().slice(0, 10);

/** The Monday (YYYY-MM-DD) of the week that `day` falls in. */
export function mondayOf(day: string): string {
  const weekday = noonOf(day).getUTCDay(); // 0 = Sunday
  return addDays(day, -((weekday + 6) % 7));
}

/** Whether an event starts this week (Monday to Sunday) at its own place's clock. */
export function inThisWeek(e: Pick<EventSummary, 'startsAt' | 'timeZone'>, now: Date): boolean {
  const monday = mondayOf(dayIn(now, e.timeZone));
  const day = dayIn(e.startsAt, e.timeZone);
  return day >= monday && day < addDays(monday, 7);
}

/**
 * The kinds to offer as chips: those on the list, in the order they first come, each with the name the
 * server gave in the reader's language (a federation's own kinds too). They stay put when one is pressed.
 */
export function kindChips(
  events: readonly Pick<EventSummary, 'kind' | 'kindName'>[],
): { kind: string; name: string }[] {
  const present = new Map<string, string>();
  for (const e of events) if (!present.has(e.kind)) present.set(e.kind, e.kindName);
  return [...present].map(([kind, name]) => ({ kind, name }));
}

/**
 * What the list shows: the chosen kind, this week's if asked, in the server's order (by start, or by
 * distance with 附近), the worker's groups first with 适合我. Nothing is hidden for who one is.
 */
export function eventsToShow<T extends EventSummary>(
  events: readonly T[],
  filter: EventFilter,
  mine: readonly string[],
  now: Date,
): T[] {
  const chosen = events.filter(
    (e) => (!filter.kind || e.kind === filter.kind) && (!filter.week || inThisWeek(e, now)),
  );
  return filter.fit && mine.length ? byAudienceFit(chosen, audiencesOfEvent, mine) : chosen;
}

/** The list request's time bound: with 本周, up to eight days ahead (each event's zone is checked here). */
export const weekBound = (now: Date): string => new Date(now.getTime() + 8 * 86_400_000).toISOString();

export type Places =
  | { kind: 'left'; count: number }
  | { kind: 'waitlist'; waiting: number }
  | { kind: 'refused'; why: NonNullable<EventSummary['registration']['refusal']> };

/** What a card says about places: how many are left, 可排队候补 when full, or why one cannot register. */
export function placesOf(
  e: Pick<EventSummary, 'placesLeft' | 'waitlistLength' | 'registration' | 'status'>,
): Places {
  if (e.status === 'cancelled') return { kind: 'refused', why: 'cancelled' };
  if (e.registration.refusal) return { kind: 'refused', why: e.registration.refusal };
  return e.placesLeft > 0
    ? { kind: 'left', count: e.placesLeft }
    : { kind: 'waitlist', waiting: e.waitlistLength };
}
