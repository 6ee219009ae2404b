import { query } from '../../shared/api';
import { call } from './call';
import type {
  DoorPoster,
  EventHostChoice,
  EventInput,
  EventReport,
  EventStatus,
  ManagedEvent,
  ManagedEventSummary,
  MemberEntry,
  MemberResult,
  StaffRegistration,
} from './event-types';

/** The staff events calls (issue 7 contract). Writes carry the CSRF token through `call`. */

const base = '/api/v1/managed-events';

export interface EventFilter {
  from: string;
  to: string;
  kind?: string;
  status?: EventStatus;
}

export const loadManagedEvents = (f: EventFilter) =>
  call<{ events: ManagedEventSummary[] }>('GET', `${base}${query({ ...f })}`).then((r) => r.events);

export const loadManagedEvent = (id: string) =>
  call<{ event: ManagedEvent }>('GET', `${base}/${id}`).then((r) => r.event);

export const createManagedEvents = (input: EventInput) =>
  call<{ events: ManagedEvent[] }>('POST', base, input).then((r) => r.events);

export const updateManagedEvent = (id: string, input: Omit<EventInput, 'series'>) =>
  call<{ event: ManagedEvent }>('PATCH', `${base}/${id}`, input).then((r) => r.event);

export const publishEvent = (id: string) => call<unknown>('POST', `${base}/${id}/publish`);

export const cancelEvent = (id: string, reason: string) =>
  call<unknown>('POST', `${base}/${id}/cancel`, { reason });

export const saveMaterials = (
  id: string,
  materials: { replayUrl: string | null; summary: string | null; summaryEn: string | null },
) => call<unknown>('PUT', `${base}/${id}/materials`, materials);

export const addWalkIns = (id: string, count: number, note?: string) =>
  call<unknown>('POST', `${base}/${id}/walk-ins`, note ? { count, note } : { count });

export const addCarePackages = (id: string, audienceGroup: string, count: number) =>
  call<unknown>('POST', `${base}/${id}/care-packages`, { audienceGroup, count });

/** A new invitation link for an invitation-only event; the old link stops working. */
export const newInviteLink = (id: string) =>
  call<{ link: string }>('POST', `${base}/${id}/invite-link`).then((r) => r.link);

/** A new door poster: the old one stops working, and the code is shown this once. */
export const newDoorCode = (id: string) => call<DoorPoster>('POST', `${base}/${id}/door-code`);

export const loadReport = (id: string) =>
  call<{ report: EventReport }>('GET', `${base}/${id}/report`).then((r) => r.report);

/** An officer cancels one member their enterprise registered (the freed place goes to the waitlist). */
export const cancelMember = (id: string, registrationId: string) =>
  call<{ registration: StaffRegistration }>(
    'POST',
    `${base}/${id}/registrations/${registrationId}/cancel`,
  ).then((r) => r.registration);

export const loadRegistrations = (id: string) =>
  call<{ registrations: StaffRegistration[] }>('GET', `${base}/${id}/registrations`).then(
    (r) => r.registrations,
  );

/** An officer's members (name and mobile number each); the server seals both. */
export const registerMembers = (id: string, members: MemberEntry[]) =>
  call<{ results: MemberResult[] }>('POST', `${base}/${id}/registrations`, { members }).then(
    (r) => r.results,
  );

/** Check-in at the door: the worker's ticket as the QR gives it, or a row ticked in the list. */
export const checkIn = (id: string, by: { code: string } | { registrationId: string }) =>
  call<{ registration: StaffRegistration; alreadyCheckedIn: boolean }>('POST', `${base}/${id}/check-ins`, by);

export const loadEventHosts = () =>
  call<{ hosts: EventHostChoice[] }>('GET', '/api/v1/event-hosts').then((r) => r.hosts);

/** The workbooks are plain GETs with the session cookie: a link downloads them. */
export const reportWorkbookUrl = (id: string) => `${base}/${id}/report.xlsx`;
export const exportWorkbookUrl = (from: string, to: string) => `${base}/export.xlsx${query({ from, to })}`;
