import { query } from '../../shared/api';
import { call } from './call';
import type {
  AppointmentSummary,
  CalendarEntry,
  CounsellorEntry,
  DutyRoster,
  ManagedServicePoint,
  RosterException,
} from './types';

export const loadServicePoints = (): Promise<ManagedServicePoint[]> =>
  call<{ servicePoints: ManagedServicePoint[] }>('GET', '/api/v1/managed-service-points').then(
    (r) => r.servicePoints,
  );

export const loadCounsellors = (): Promise<CounsellorEntry[]> =>
  call<{ counsellors: CounsellorEntry[] }>('GET', '/api/v1/counsellors').then((r) => r.counsellors);

export const loadRosters = (servicePoint?: string): Promise<DutyRoster[]> =>
  call<{ rosters: DutyRoster[] }>('GET', `/api/v1/rosters${query({ servicePoint })}`).then((r) => r.rosters);

export const loadExceptions = (servicePoint: string, from: string, to: string): Promise<RosterException[]> =>
  call<{ exceptions: RosterException[] }>(
    'GET',
    `/api/v1/roster-exceptions${query({ servicePoint, from, to })}`,
  ).then((r) => r.exceptions);

export interface CalendarQuery {
  from: string;
  to: string;
  servicePoint?: string;
  counsellor?: string;
}

/** The day's or week's slots and appointments; reading what workers shared is audited by the server. */
export const loadCalendar = (q: CalendarQuery): Promise<CalendarEntry[]> =>
  call<{ entries: CalendarEntry[] }>('GET', `/api/v1/appointments${query({ ...q })}`).then((r) => r.entries);

/** A day's appointments as counts and the next one: reads nothing confidential, so nothing is audited. */
export const loadAppointmentSummary = (date: string): Promise<AppointmentSummary> =>
  call<AppointmentSummary>('GET', `/api/v1/appointments/summary${query({ date })}`);

/** A service point's or room's name in the reader's language. */
export const placeName = (p: { name: string; nameEn: string }, lang: string): string =>
  lang === 'en' ? p.nameEn || p.name : p.name;
