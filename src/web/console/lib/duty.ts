import { localDateOf, localTimeOf } from './zoned-calendar';

/** When a declared duty ends, as the header says it: a time today, tomorrow, or a date. */
export interface DutyUntil {
  day: 'today' | 'tomorrow' | 'later';
  /** HH:mm in the federation's zone. */
  time: string;
  /** MM-DD in the federation's zone. */
  date: string;
}

const nextDay = (date: string): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
};

export function dutyUntilOf(until: string, now: Date, timeZone: string): DutyUntil {
  const day = localDateOf(until, timeZone);
  const today = localDateOf(now, timeZone);
  return {
    day: day === today ? 'today' : day === nextDay(today) ? 'tomorrow' : 'later',
    time: localTimeOf(until, timeZone),
    date: day.slice(5),
  };
}

/** The hours a member of staff can say they are on duty for (the API takes 1 to 12). */
export const dutyHours = [1, 2, 4, 8, 12] as const;
