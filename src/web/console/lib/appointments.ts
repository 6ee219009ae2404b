import { policy } from '../../../core/access/policy';
import type { PolicyAction } from './access';
import type { CalendarEntry, CounsellorEntry, Session } from './types';

/** What one entry of the calendar is, as the page colours and labels it. */
export type EntryState = 'open' | 'blocked' | 'booked' | 'attended' | 'no_show';

export function entryState(e: CalendarEntry): EntryState {
  if (e.slot.kind === 'block') return 'blocked';
  if (!e.booking || e.booking.status === 'cancelled') return 'open';
  return e.booking.status;
}

/** The server accepts attendance from 15 minutes before an appointment starts. */
export const ATTENDANCE_LEAD_MINUTES = 15;

export const attendanceOpen = (e: CalendarEntry, now: Date): boolean =>
  Date.parse(e.slot.startsAt) - ATTENDANCE_LEAD_MINUTES * 60_000 <= now.getTime();

/** Appointments (booked, attended or missed), not open slots or blocked time. */
export const appointmentsOf = (entries: readonly CalendarEntry[]): CalendarEntry[] =>
  entries.filter((e) => e.slot.kind !== 'block' && e.booking && e.booking.status !== 'cancelled');

/**
 * Whether every role that grants the user this action is the counsellor's, which the server narrows to
 * their own rosters and appointments (no counsellor filter, a personal calendar feed).
 */
export function ownOnly(session: Session, action: PolicyAction): boolean {
  const granting = session.roles.filter((r) => (policy[action] as Record<string, unknown>)[r.role]);
  return granting.length > 0 && granting.every((r) => r.role === 'counsellor');
}

/** The name workers know a counsellor by (their public profile), else the account's name. */
export function counsellorName(c: CounsellorEntry, lang: string): string {
  if (!c.profile) return c.accountName;
  return lang === 'en' ? c.profile.nameEn : c.profile.name;
}
