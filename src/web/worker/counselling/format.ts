/**
 * Times, days and distances as a worker reads them. Every time is shown in the service point's own zone
 * (its `timeZone`, Asia/Shanghai by default), whatever zone the phone is set to, so "14:00" means 14:00 at
 * the station. Words come from the texts; these functions only pick numbers and which wording applies.
 */
export type Lang = 'zh-CN' | 'en';

const locale = (lang: Lang) => (lang === 'en' ? 'en-GB' : 'zh-CN');

const partsIn = (instant: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
};

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export const dayIn = (instant: Date | string, timeZone: string): string =>
  partsIn(new Date(instant), timeZone);

/** Items with a start time, grouped by their day in the zone, in time order. */
export function groupByDay<T extends { startsAt: string }>(
  items: readonly T[],
  timeZone: string,
): { day: string; items: T[] }[] {
  const sorted = [...items].sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const groups: { day: string; items: T[] }[] = [];
  for (const item of sorted) {
    const day = dayIn(item.startsAt, timeZone);
    const last = groups.at(-1);
    if (last?.day === day) last.items.push(item);
    else groups.push({ day, items: [item] });
  }
  return groups;
}

/** Noon UTC of a calendar day: formatting it in UTC gives that day whatever the phone's zone. */
const noonOf = (day: string) => new Date(`${day}T12:00:00Z`);

/** "12月1日 周二" / "Tue 1 Dec" for a calendar day. */
export function formatDay(day: string, lang: Lang): string {
  const noon = noonOf(day);
  if (lang === 'en')
    return new Intl.DateTimeFormat('en-GB', {
      timeZone: 'UTC',
      month: 'short',
      day: 'numeric',
      weekday: 'short',
    }).format(noon);
  const date = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', month: 'long', day: 'numeric' }).format(
    noon,
  );
  const weekday = new Intl.DateTimeFormat('zh-CN', { timeZone: 'UTC', weekday: 'short' }).format(noon);
  return `${date} ${weekday}`;
}

/** "14:00": the time of day in the zone, on a 24-hour clock (as Chinese timetables write it). */
export const formatTime = (instant: Date | string, timeZone: string, lang: Lang): string =>
  new Intl.DateTimeFormat(locale(lang), {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(instant));

/** "12月1日 周二 14:00" / "Tue 1 Dec, 14:00". */
export const formatDateTime = (instant: Date | string, timeZone: string, lang: Lang): string => {
  const day = formatDay(dayIn(instant, timeZone), lang);
  const time = formatTime(instant, timeZone, lang);
  return lang === 'en' ? `${day}, ${time}` : `${day} ${time}`;
};

/** "14:00–14:50". */
export const formatRange = (start: string, end: string, timeZone: string, lang: Lang): string =>
  `${formatTime(start, timeZone, lang)}–${formatTime(end, timeZone, lang)}`;

/** Whether a day is today or tomorrow at the place (days are YYYY-MM-DD in its zone). */
export function relativeDay(day: string, now: Date, timeZone: string): 'today' | 'tomorrow' | null {
  const today = dayIn(now, timeZone);
  if (day === today) return 'today';
  const next = new Date(noonOf(today).getTime() + 86_400_000).toISOString().slice(0, 10);
  return day === next ? 'tomorrow' : null;
}

/** The phone is set to another zone than the place's: then the page says whose clock its times follow. */
export const zoneDiffers = (timeZone: string, phoneZone: string | undefined): boolean =>
  Boolean(phoneZone) && phoneZone !== timeZone;

/** A distance as words pick it: under 100 m "nearby", metres to the ten under 1 km, else km. */
export function distanceParts(metres: number): { unit: 'near' | 'm' | 'km'; value: string } {
  if (metres < 100) return { unit: 'near', value: '100' };
  if (metres < 1000) return { unit: 'm', value: String(Math.round(metres / 10) * 10) };
  const km = metres / 1000;
  return { unit: 'km', value: km < 10 ? km.toFixed(1) : String(Math.round(km)) };
}

/**
 * Travel minutes worth showing: walking only when it takes an hour or less (beyond that nobody walks it);
 * never "0 minutes".
 */
export function travelParts(
  walkMinutes: number | null,
  driveMinutes: number | null,
): { walk: number | null; drive: number | null } {
  return {
    walk: walkMinutes === null || walkMinutes > 60 ? null : Math.max(1, walkMinutes),
    drive: driveMinutes === null ? null : Math.max(1, driveMinutes),
  };
}

/** Weekdays (1 = Monday … 7 = Sunday) as runs: [1,2,3,4,5] → [[1,5]]; [1,3] → [[1,1],[3,3]]. */
export function weekdayRuns(weekdays: readonly number[]): [number, number][] {
  const days = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const runs: [number, number][] = [];
  for (const d of days) {
    const last = runs.at(-1);
    if (last && last[1] === d - 1) last[1] = d;
    else runs.push([d, d]);
  }
  return runs;
}
