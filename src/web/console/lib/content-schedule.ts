import { instantOf, localDateOf, localTimeOf } from './zoned-calendar';

/**
 * Scheduled publishing. The reviewer picks a wall-clock date and time meant in the federation's zone (the
 * picker itself knows only the browser's zone, so its fields are read as they are and placed in the
 * federation's zone here), and the API gets an instant in ISO 8601.
 */
export function scheduleInstant(date: string, time: string, timeZone: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time))
    throw new RangeError('bad date or time');
  return instantOf(date, time, timeZone);
}

/** The earliest a schedule may be: a few minutes ahead, so it is still in the future when the server gets it. */
export const SCHEDULE_LEAD_MINUTES = 5;

export type ScheduleProblem = 'past' | 'too_soon' | null;

export function scheduleProblem(iso: string, now: Date): ScheduleProblem {
  const at = Date.parse(iso);
  if (at <= now.getTime()) return 'past';
  if (at < now.getTime() + SCHEDULE_LEAD_MINUTES * 60_000) return 'too_soon';
  return null;
}

/** A sensible first suggestion: tomorrow at 08:00 in the federation's zone (workers read on the morning commute). */
export function defaultSchedule(now: Date, timeZone: string): { date: string; time: string } {
  const tomorrow = new Date(now.getTime() + 24 * 3600_000);
  return { date: localDateOf(tomorrow, timeZone), time: '08:00' };
}

/** The wall clock of an instant in the zone, for putting a saved schedule back into the picker. */
export const wallClockOf = (iso: string, timeZone: string) => ({
  date: localDateOf(iso, timeZone),
  time: localTimeOf(iso, timeZone),
});
