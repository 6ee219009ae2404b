import type { ClosureReason, NoteKind, ReferralItem, TaskKind } from '../../../core/care/records';
import type { Lang } from '../../../core/instruments/types';
import { query } from '../../shared/api';
import { call } from './call';
import type {
  CareQueue,
  CareStaff,
  CaseContact,
  CaseDetail,
  CaseMeasure,
  CaseNote,
  CasePriority,
  CaseReferral,
  CaseSummary,
  FollowUpTask,
  GivenMeasure,
  MeasureSeries,
  NoteBody,
  PartnerReferral,
} from './case-types';
import type { InstrumentForm } from './types';

/** The calls of the case pages. Every read of a case's records is recorded by the server (audit). */

export type CaseStatusFilter = 'open' | 'closed' | 'all';
export type CaseScope = 'mine' | 'all';

export const loadCases = (status: CaseStatusFilter, scope: CaseScope) =>
  call<{ cases: CaseSummary[] }>('GET', `/api/v1/cases${query({ status, scope })}`).then((r) => r.cases);

export const loadCase = (id: string) => call<CaseDetail>('GET', `/api/v1/cases/${id}`);

export const openCaseFromBooking = (bookingId: string) =>
  call<CaseDetail>('POST', '/api/v1/cases', { bookingId });

export interface NoteInput {
  kind: NoteKind;
  happenedAt: string;
  bookingId?: string;
  amendsId?: string;
  body: NoteBody;
}
export type WrittenNote = CaseNote & { casePriority: CasePriority; suggestEscalation: boolean };
export const addNote = (caseId: string, note: NoteInput) =>
  call<WrittenNote>('POST', `/api/v1/cases/${caseId}/notes`, note);

export type ContactInput = { name?: string; phone?: string; preferredTime?: string };
export const saveContact = (caseId: string, contact: ContactInput) =>
  call<{ contact: CaseContact; contactWithdrawn: boolean }>(
    'PUT',
    `/api/v1/cases/${caseId}/contact`,
    contact,
  );

export const escalate = (caseId: string, supervisorId: string, reason: string) =>
  call<CaseDetail>('POST', `/api/v1/cases/${caseId}/escalate`, { supervisorId, reason });
export const deEscalate = (caseId: string) => call<CaseDetail>('POST', `/api/v1/cases/${caseId}/de-escalate`);
export const reassign = (caseId: string, counsellorId: string, reason: string) =>
  call<CaseDetail>('POST', `/api/v1/cases/${caseId}/reassign`, { counsellorId, reason });
export const breakGlass = (caseId: string, reason: string) =>
  call<{ grantedAt: string; expiresAt: string }>('POST', `/api/v1/cases/${caseId}/break-glass`, { reason });

export interface CloseInput {
  reason: ClosureReason;
  finalMeasureId?: string;
  noFinalMeasureReason?: string;
  note?: string;
}
export const closeCase = (caseId: string, input: CloseInput) =>
  call<CaseDetail>('POST', `/api/v1/cases/${caseId}/close`, input);
export const reopenCase = (caseId: string, reason: string) =>
  call<CaseDetail>('POST', `/api/v1/cases/${caseId}/reopen`, { reason });

export interface TaskInput {
  kind: TaskKind;
  dueAt: string;
  title: string;
  detail?: string;
  instrumentId?: string;
}
export const addTask = (caseId: string, task: TaskInput) =>
  call<FollowUpTask>('POST', `/api/v1/cases/${caseId}/tasks`, task);
export interface TaskChange {
  status?: 'done' | 'cancelled';
  outcome?: string;
  followed?: boolean;
  dueAt?: string;
}
export const changeTask = (taskId: string, change: TaskChange) =>
  call<FollowUpTask>('PATCH', `/api/v1/tasks/${taskId}`, change);

export const loadQueue = () => call<CareQueue>('GET', '/api/v1/care/queue');
export const loadCareStaff = () =>
  call<{ staff: CareStaff[] }>('GET', '/api/v1/care/staff').then((r) => r.staff);

export const loadMeasures = (caseId: string, lang: string) =>
  call<MeasureSeries>('GET', `/api/v1/cases/${caseId}/measures${query({ lang: langOf(lang) })}`);
export const giveInRoom = (caseId: string, instrumentId: string, answers: number[], lang: Lang) =>
  call<GivenMeasure>('POST', `/api/v1/cases/${caseId}/measures`, {
    instrumentId,
    via: 'in_room',
    answers,
    lang,
  });
export const sendLink = (caseId: string, instrumentId: string, send: 'sms' | 'none', lang: Lang) =>
  call<GivenMeasure>('POST', `/api/v1/cases/${caseId}/measures`, { instrumentId, via: 'link', send, lang });
export const cancelLink = (measureId: string) =>
  call<CaseMeasure>('POST', `/api/v1/measures/${measureId}/cancel`);

/** The instruments this federation may give (approved text, licence), in one language. */
export interface OfferedInstrument {
  id: string;
  name: string;
  shortName: string;
  minutes: number;
  itemCount: number;
}
export const loadOfferedInstruments = (tenant: string, lang: Lang) =>
  call<{ instruments: OfferedInstrument[] }>('GET', `/api/v1/instruments${query({ tenant, lang })}`).then(
    (r) => r.instruments,
  );
/** The instrument's items and options as the worker would read them. */
export const loadInstrumentForm = (id: string, tenant: string, lang: Lang) =>
  call<InstrumentForm>('GET', `/api/v1/instruments/${id}${query({ tenant, lang })}`);

export interface ReferralInput {
  institutionId: string;
  items: ReferralItem[];
  summary?: string;
  consent: true;
}
export const refer = (caseId: string, input: ReferralInput) =>
  call<CaseReferral>('POST', `/api/v1/cases/${caseId}/referrals`, input);
/** Partner institutions the viewer can see in the organisation tree (the referral picker). */
/** The federation's partner institutions, wherever in the tree the counsellor's own role sits. */
export const loadInstitutions = () =>
  call<{ institutions: { id: string; name: string; nameEn: string | null }[] }>(
    'GET',
    '/api/v1/care/institutions',
  ).then((r) => r.institutions);

export type ReferralFilter = 'open' | 'answered' | 'all';
export const loadReferrals = (status: ReferralFilter) =>
  call<{ referrals: PartnerReferral[] }>('GET', `/api/v1/referrals${query({ status })}`).then(
    (r) => r.referrals,
  );
export const answerReferral = (id: string, decision: 'acknowledged' | 'declined', response?: string) =>
  call<PartnerReferral>('POST', `/api/v1/referrals/${id}/acknowledge`, { decision, response });

/** The instruments' language for the reader of the console. */
export const langOf = (lang: string): Lang => (lang === 'en' ? 'en' : 'zh-CN');
