/** Times are shown and interpreted in the service point's zone (Asia/Shanghai unless a tenant says otherwise). */
export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/** The zone's offset from UTC at an instant, in minutes (e.g. +480 for Asia/Shanghai). */
export function zoneOffsetMinutes(instant: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - Math.floor(instant.getTime() / 1000) * 1000) / 60_000);
}

/** The instant a local wall-clock time (YYYY-MM-DD, hh:mm:ss.mmm) happens in a zone. */
export function zonedInstant(date: string, time: string, timeZone: string): Date {
  const guess = new Date(`${date}T${time}Z`);
  const first = new Date(guess.getTime() - zoneOffsetMinutes(guess, timeZone) * 60_000);
  // Around a DST change the offset at the guess and at the answer can differ; one correction settles it.
  return new Date(guess.getTime() - zoneOffsetMinutes(first, timeZone) * 60_000);
}

/** The first and last millisecond of a calendar day in a zone. */
export const dayStart = (date: string, timeZone: string): Date =>
  zonedInstant(date, '00:00:00.000', timeZone);
export const dayEnd = (date: string, timeZone: string): Date => zonedInstant(date, '23:59:59.999', timeZone);

/** The calendar day (YYYY-MM-DD) an instant falls on in a zone. */
export const localDateOf = (instant: Date, timeZone: string): string =>
  new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000).toISOString().slice(0, 10);

/** English month names, for dates written out in words (`EN_MONTHS_SHORT` where space is tight). */
export const EN_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
export const EN_MONTHS_SHORT = EN_MONTHS.map((m) => m.slice(0, 3));
