import { addDays, isoWeekday } from '../../../core/booking/recurrence';
import { EN_MONTHS_SHORT, zonedInstant, zoneOffsetMinutes } from '../../../core/time';

/** The appointments page shows one day or one week (Monday to Sunday, as Chinese calendars do). */
export type CalendarView = 'day' | 'week';

const MINUTE_MS = 60_000;

const wallClock = (instant: Date | string, timeZone: string): string => {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  return new Date(at.getTime() + zoneOffsetMinutes(at, timeZone) * MINUTE_MS).toISOString();
};

/** The local calendar date (YYYY-MM-DD) of an instant in a zone. */
export const localDateOf = (instant: Date | string, timeZone: string): string =>
  wallClock(instant, timeZone).slice(0, 10);

/** The local wall-clock time (HH:mm) of an instant in a zone. */
export const localTimeOf = (instant: Date | string, timeZone: string): string =>
  wallClock(instant, timeZone).slice(11, 16);

/** The instant of a local date and wall-clock time (HH:mm) in a zone, as ISO 8601 in UTC. */
export const instantOf = (date: string, time: string, timeZone: string): string =>
  zonedInstant(date, `${time}:00.000`, timeZone).toISOString();

/** The Monday of the ISO week a date falls in. */
export const mondayOf = (date: string): string => addDays(date, 1 - isoWeekday(date));

/** The local dates a view shows: the day itself, or Monday to Sunday of its week. */
export function viewDays(view: CalendarView, date: string): string[] {
  if (view === 'day') return [date];
  const monday = mondayOf(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/**
 * The instants a view covers in a zone, for the API's from/to: from the first day's midnight up to (not
 * including) the midnight after the last day. Days are counted on the zone's wall clock, so a week stays
 * Monday to Sunday there whatever zone the browser is in.
 */
export function viewRange(view: CalendarView, date: string, timeZone: string): { from: string; to: string } {
  const days = viewDays(view, date);
  const first = days[0] as string;
  const last = days[days.length - 1] as string;
  return { from: instantOf(first, '00:00', timeZone), to: instantOf(addDays(last, 1), '00:00', timeZone) };
}

/** The date a step back (-1) or forward (+1) lands on: a day, or a week. */
export const shiftDate = (view: CalendarView, date: string, steps: number): string =>
  addDays(date, steps * (view === 'week' ? 7 : 1));

/** Entries by the local date they start on (in each entry's own zone), for the given days, in time order. */
export function groupByDay<T extends { slot: { startsAt: string } }>(
  entries: readonly T[],
  days: readonly string[],
  zoneOf: (entry: T) => string,
): Map<string, T[]> {
  const groups = new Map<string, T[]>(days.map((d) => [d, []]));
  const sorted = [...entries].sort((a, b) => a.slot.startsAt.localeCompare(b.slot.startsAt));
  for (const e of sorted) groups.get(localDateOf(e.slot.startsAt, zoneOf(e)))?.push(e);
  return groups;
}

/** The next wall-clock time on a step of `minutes` (e.g. 10:03 → 10:05) in a zone: when a walk-in starts. */
export function nextStep(now: Date, minutes: number, timeZone: string): { date: string; time: string } {
  const step = minutes * MINUTE_MS;
  const local = new Date(now.getTime() + zoneOffsetMinutes(now, timeZone) * MINUTE_MS);
  const rounded = new Date(Math.ceil(local.getTime() / step) * step).toISOString();
  return { date: rounded.slice(0, 10), time: rounded.slice(11, 16) };
}

/** Minutes between two instants. */
export const minutesBetween = (from: string, to: string): number =>
  Math.round((Date.parse(to) - Date.parse(from)) / MINUTE_MS);

const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The weekday of a local date, short: 周二 / Tue. */
export const weekdayLabel = (date: string, lang: string): string =>
  (lang === 'en' ? EN_WEEKDAYS : ZH_WEEKDAYS)[isoWeekday(date) - 1] as string;

/** A local date as people write it: 12月1日 / 1 Dec, with the year (2026年12月1日 / 1 Dec 2026) when asked. */
export function dateLabel(date: string, lang: string, withYear = false): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (lang === 'en') return `${d} ${EN_MONTHS_SHORT[m - 1]}${withYear ? ` ${y}` : ''}`;
  return `${withYear ? `${y}年` : ''}${m}月${d}日`;
}

/** What the calendar shows: a day with its weekday, or a week's first and last day. */
export function periodLabel(view: CalendarView, date: string, lang: string): string {
  if (view === 'day') return `${dateLabel(date, lang, true)} ${weekdayLabel(date, lang)}`;
  const days = viewDays('week', date);
  const [first, last] = [days[0] as string, days[6] as string];
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${dateLabel(first, lang, !sameYear || lang !== 'en')} – ${dateLabel(last, lang, lang === 'en' || !sameYear)}`;
}
