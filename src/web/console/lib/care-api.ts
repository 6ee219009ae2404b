import { query } from '../../shared/api';
import { call } from './call';
import type { Alert, AlertItem, AlertSummary, ClosedReason, StaffNotification } from './types';

/** The calls of the live care parts of the console: duty, notifications, the triage queue, care settings. */

export interface CareDuty {
  onDuty: boolean;
  until: string | null;
  byRoster: boolean;
  onDutyCount: number;
}

export const loadDuty = () => call<CareDuty>('GET', '/api/v1/care-duty');
export const startDuty = (hours: number) => call<CareDuty>('PUT', '/api/v1/care-duty', { hours });
export const stopDuty = () => call<CareDuty>('DELETE', '/api/v1/care-duty');

export interface NotificationList {
  notifications: StaffNotification[];
  unreadCount: number;
}

export const loadNotifications = () => call<NotificationList>('GET', '/api/v1/notifications');
export const markRead = (which: { ids: string[] } | { all: true }) =>
  call<{ updated: number; unreadCount: number }>('POST', '/api/v1/notifications/read', which);

export type QueueFilter = 'open' | 'new' | 'acknowledged' | 'closed';

export const loadQueue = (status: QueueFilter) =>
  call<{ alerts: AlertItem[] }>('GET', `/api/v1/alerts${query({ status })}`).then((r) => r.alerts);
export const loadSummary = () => call<AlertSummary>('GET', '/api/v1/alerts/summary');
/** An audited read: the request with its contact details. */
export const readAlert = (id: string) => call<Alert>('GET', `/api/v1/alerts/${id}`);
export const takeAlert = (id: string) => call<Alert>('POST', `/api/v1/alerts/${id}/acknowledge`);

export type CloseReason = Extract<ClosedReason, 'handled' | 'no_case_needed' | 'duplicate' | 'unreachable'>;
export const closeReasons: CloseReason[] = ['handled', 'no_case_needed', 'duplicate', 'unreachable'];
export const closeAlert = (id: string, reason: CloseReason) =>
  call<Alert>('POST', `/api/v1/alerts/${id}/close`, { reason });

export interface StaffEntry {
  source: 'hotline' | 'walk_in';
  priority: 'crisis' | 'high' | 'normal';
  contact: { name?: string; phone?: string; preferredTime?: string; message?: string };
  consent: true;
}
export const enterAlert = (entry: StaffEntry) => call<Alert>('POST', '/api/v1/alerts', entry);

export interface CareSettings {
  crisisAckMinutes: number;
  dutyPhoneAfterMinutes: number;
  highDueMinutes: number;
  normalDueMinutes: number;
  /** Masked on read. */
  dutyPhone: string | null;
  dutyPhoneLabel: string | null;
}
export type CareSettingsInput = Omit<CareSettings, 'dutyPhone'> & { dutyPhone?: string | null };
export const loadCareSettings = () => call<CareSettings>('GET', '/api/v1/care-settings');
export const saveCareSettings = (input: CareSettingsInput) =>
  call<CareSettings>('PUT', '/api/v1/care-settings', input);

export interface ReferralInput {
  organisationId: string;
  contact: { name?: string; phone: string; preferredTime?: string };
  message?: string;
  priority: 'normal' | 'high';
  consent: true;
}
export const referWorker = (input: ReferralInput) =>
  call<{ id: string; receivedAt: string }>('POST', '/api/v1/enterprise-referrals', input);

/** Care staff to name as a case's counsellor (GET /api/v1/care/staff, with the case routes). */
export interface CareStaffMember {
  id: string;
  name: string;
  roles: string[];
  onDuty: boolean;
}
export const loadCareStaff = () =>
  call<{ staff: CareStaffMember[] }>('GET', '/api/v1/care/staff').then((r) => r.staff);

/** POST /api/v1/cases from a request (care-spec B): a supervisor names the counsellor. 201 CaseDetail. */
export const openCase = (alertId: string, counsellorId?: string) =>
  call<{ id: string; number: string }>('POST', '/api/v1/cases', {
    alertId,
    ...(counsellorId ? { counsellorId } : {}),
  });
