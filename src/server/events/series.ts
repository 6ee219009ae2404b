import { addDays, occurrences, type RecurrenceRule } from '../../core/booking/recurrence';
import { AppError } from '../../core/errors';
import { localDateOf, zonedInstant, zoneOffsetMinutes } from '../../core/time';

/** The most events one series makes at once (a year of weekly talks). */
export const MAX_SERIES_EVENTS = 60;

export interface Occurrence {
  startsAt: Date;
  endsAt: Date;
  registrationOpensAt: Date | null;
  registrationClosesAt: Date | null;
}

const localTime = (instant: Date, timeZone: string) =>
  new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000).toISOString().slice(11, 23);

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/**
 * The events of a series: one on each date the rule gives from the first event's local date up to `until`,
 * each at the first one's local start and end times in the zone (so 14:00 stays 14:00 across a DST change),
 * with the registration window moved along by the same amount.
 */
export function seriesOccurrences(
  first: Occurrence,
  rule: RecurrenceRule,
  until: string,
  timeZone: string,
): Occurrence[] {
  const firstDate = localDateOf(first.startsAt, timeZone);
  if (until < firstDate)
    throw new AppError('validation_failed', 'The series ends before its first event', {
      problems: ['series.until is before startsAt'],
    });
  const dates = occurrences(rule, firstDate, until, firstDate, until);
  if (dates.length === 0)
    throw new AppError('validation_failed', 'The rule gives no date before the series ends', {
      problems: ['series gives no events'],
    });
  if (dates.length > MAX_SERIES_EVENTS)
    throw new AppError('validation_failed', `A series makes at most ${MAX_SERIES_EVENTS} events`, {
      problems: [`series gives ${dates.length} events`],
    });
  const startTime = localTime(first.startsAt, timeZone);
  const endTime = localTime(first.endsAt, timeZone);
  const endDays = dayNumber(localDateOf(first.endsAt, timeZone)) - dayNumber(firstDate);
  const shift = (at: Date | null, delta: number) => (at ? new Date(at.getTime() + delta) : null);
  return dates.map((date) => {
    const startsAt = zonedInstant(date, startTime, timeZone);
    const delta = startsAt.getTime() - first.startsAt.getTime();
    return {
      startsAt,
      endsAt: zonedInstant(addDays(date, endDays), endTime, timeZone),
      registrationOpensAt: shift(first.registrationOpensAt, delta),
      registrationClosesAt: shift(first.registrationClosesAt, delta),
    };
  });
}
