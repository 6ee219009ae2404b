import { addDays } from '../../../core/booking/recurrence';
import { localDateOf, localTimeOf } from './zoned-calendar';

/**
 * A follow-up's due time as a counsellor reads it, on the federation's calendar: how long overdue, today or
 * tomorrow at a time, or the date. The page turns `key` and `values` into words ("cases" texts, `due.*`).
 */
export type DueTone = 'overdue' | 'today' | 'soon' | 'later' | 'done';

export interface DueWords {
  tone: DueTone;
  key: 'overdueMinutes' | 'overdueHours' | 'overdueDays' | 'today' | 'tomorrow' | 'on';
  values: { count?: number; time?: string; date?: string };
}

export function dueWords(dueAt: string, now: Date, timeZone: string): DueWords {
  const due = new Date(dueAt);
  const late = now.getTime() - due.getTime();
  const time = localTimeOf(due, timeZone);
  if (late > 0) {
    const minutes = Math.floor(late / 60_000);
    if (minutes < 60)
      return { tone: 'overdue', key: 'overdueMinutes', values: { count: Math.max(1, minutes) } };
    const hours = Math.floor(minutes / 60);
    if (hours < 24) return { tone: 'overdue', key: 'overdueHours', values: { count: hours } };
    return { tone: 'overdue', key: 'overdueDays', values: { count: Math.floor(hours / 24) } };
  }
  const today = localDateOf(now, timeZone);
  const day = localDateOf(due, timeZone);
  if (day === today) return { tone: 'today', key: 'today', values: { time } };
  if (day === addDays(today, 1)) return { tone: 'soon', key: 'tomorrow', values: { time } };
  return {
    tone: day <= addDays(today, 7) ? 'soon' : 'later',
    key: 'on',
    values: { date: day.slice(5), time },
  };
}

export const dueColour: Record<DueTone, string> = {
  overdue: 'red',
  today: 'orange',
  soon: 'blue',
  later: 'default',
  done: 'default',
};
