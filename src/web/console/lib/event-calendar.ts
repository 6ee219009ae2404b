import { addDays, isoWeekday } from '../../../core/booking/recurrence';
import type { ManagedEventSummary } from './event-types';
import { instantOf, localDateOf, localTimeOf } from './zoned-calendar';

/**
 * The events page's month: a month is 'YYYY-MM'; its grid runs Monday to Sunday (as Chinese calendars do)
 * over whole weeks, and each event sits on the day it starts on its own point's clock.
 */

export const monthOf = (date: string): string => date.slice(0, 7);

export const isMonth = (v: string | null): v is string => Boolean(v && /^\d{4}-(0[1-9]|1[0-2])$/.test(v));

/** The month `steps` months before (-) or after (+). */
export function shiftMonth(month: string, steps: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) + steps;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The weeks (Monday first) that cover a month, each seven local dates; days outside the month included. */
export function monthGrid(month: string): string[][] {
  const first = `${month}-01`;
  const nextFirst = `${shiftMonth(month, 1)}-01`;
  let day = addDays(first, 1 - isoWeekday(first));
  const weeks: string[][] = [];
  while (day < nextFirst) {
    weeks.push(Array.from({ length: 7 }, (_, i) => addDays(day, i)));
    day = addDays(day, 7);
  }
  return weeks;
}

/** The month's instants in a zone, for the API's from/to: first day's midnight to the next month's. */
export const monthRange = (month: string, timeZone: string): { from: string; to: string } => ({
  from: instantOf(`${month}-01`, '00:00', timeZone),
  to: instantOf(`${shiftMonth(month, 1)}-01`, '00:00', timeZone),
});

/** The month as people write it: 2026年12月 / Dec 2026. */
export function monthLabel(month: string, lang: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  if (lang !== 'en') return `${y}年${m}月`;
  const names = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  return `${names[m - 1]} ${y}`;
}

type Timed = Pick<ManagedEventSummary, 'startsAt' | 'timeZone'>;

/** Events by the local date they start on in their own zone, in time order. */
export function eventsByDay<T extends Timed>(events: readonly T[]): Map<string, T[]> {
  const days = new Map<string, T[]>();
  const sorted = [...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  for (const e of sorted) {
    const day = localDateOf(e.startsAt, e.timeZone);
    days.set(day, [...(days.get(day) ?? []), e]);
  }
  return days;
}

/** 14:00–16:00 on the event's clock; an event running past midnight shows its end date too. */
export function eventTimeLabel(e: Pick<ManagedEventSummary, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const start = localTimeOf(e.startsAt, e.timeZone);
  const end = localTimeOf(e.endsAt, e.timeZone);
  const sameDay = localDateOf(e.startsAt, e.timeZone) === localDateOf(e.endsAt, e.timeZone);
  return sameDay ? `${start}–${end}` : `${start}–${localDateOf(e.endsAt, e.timeZone).slice(5)} ${end}`;
}

/** The event's date and time on its own clock: 2026-12-08 14:00–16:00. */
export const eventWhenLabel = (e: Pick<ManagedEventSummary, 'startsAt' | 'endsAt' | 'timeZone'>): string =>
  `${localDateOf(e.startsAt, e.timeZone)} ${eventTimeLabel(e)}`;

/** Whether the zone needs naming next to a time (the console's people mostly work on Beijing time). */
export const zoneWorthNaming = (timeZone: string, usual = 'Asia/Shanghai'): boolean => timeZone !== usual;

/** How full an event is: a tag's colour for the list and the calendar. */
export function fullness(e: Pick<ManagedEventSummary, 'registered' | 'capacity' | 'waitlisted'>) {
  if (e.capacity > 0 && e.registered >= e.capacity) return e.waitlisted > 0 ? 'waitlist' : 'full';
  if (e.capacity > 0 && e.registered / e.capacity >= 0.8) return 'nearly';
  return 'open';
}
