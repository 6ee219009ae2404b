import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { alerts } from '../alerts/tables';
import { bookers } from '../booking/tables';
import {
  breakGlassGrants,
  careSettings,
  caseEvents,
  caseMeasures,
  caseNotes,
  cases,
  followUpTasks,
  referrals,
} from '../care/tables';
import { idempotencyKeys, submissions } from '../checkup/tables';
import { eventRegistrations } from '../events/tables';
import { users } from '../identity/tables';
import { linkedDiaries, linkedGroups } from '../linked-data/tables';

/**
 * The associated data of every sealed value: table, column and row, so a ciphertext copied to another row or
 * column fails to open. Code that seals or opens one of these values uses these builders, and key rotation
 * (reencrypt) rebuilds the same strings from the row.
 */
export const aad = {
  totpSecret: (userId: string) => `users.totp_secret:${userId}`,
  bookerPhone: (tenantId: string, phoneHash: string) => `bookers.phone:${tenantId}:${phoneHash}`,
  submissionAnswers: (id: string) => `submissions.answers:${id}`,
  idempotencyResponse: (tenantId: string, key: string) => `idempotency:${tenantId}:${key}`,
  alertContact: (id: string) => `alerts.contact:${id}`,
  dutyPhone: (tenantId: string) => `care_settings.duty_phone:${tenantId}`,
  caseContact: (id: string) => `cases.contact:${id}`,
  caseEventDetail: (id: string) => `case_events.detail:${id}`,
  noteBody: (id: string) => `case_notes.body:${id}`,
  measureAnswers: (id: string) => `case_measures.answers:${id}`,
  taskDetail: (id: string) => `follow_up_tasks.detail:${id}`,
  taskOutcome: (id: string) => `follow_up_tasks.outcome:${id}`,
  referralShared: (id: string) => `referrals.shared:${id}`,
  referralResponse: (id: string) => `referrals.response:${id}`,
  breakGlassReason: (id: string) => `break_glass_grants.reason:${id}`,
  eventMemberName: (id: string) => `event_registrations.member_name:${id}`,
  eventMemberPhone: (id: string) => `event_registrations.member_phone:${id}`,
  linkedDiary: (identityId: string) => `linked_diaries.entries:${identityId}`,
  linkedGroups: (identityId: string) => `linked_groups.groups:${identityId}`,
} as const;

export interface SealedColumn {
  /** "table.column", as an operator reads it in reencrypt's report. */
  name: string;
  table: PgTable;
  /** The columns that find the row again (its primary key), then any others the associated data needs. */
  keys: Record<string, PgColumn>;
  sealed: PgColumn;
  aad(row: Record<string, unknown>): string;
}

const s = (v: unknown) => String(v);
const byId = (
  name: string,
  table: PgTable & { id: PgColumn },
  sealed: PgColumn,
  build: (id: string) => string,
): SealedColumn => ({ name, table, keys: { id: table.id }, sealed, aad: (r) => build(s(r.id)) });

/**
 * Every sealed column of the schema. A test checks that each `*_sealed` column of every table is listed, so a
 * new one cannot be forgotten by key rotation.
 */
export const sealedColumns: SealedColumn[] = [
  byId('users.totp_secret_sealed', users, users.totpSecretSealed, aad.totpSecret),
  // A pending enrolment is sealed like the secret it becomes.
  byId('users.totp_pending_sealed', users, users.totpPendingSealed, aad.totpSecret),
  {
    name: 'bookers.phone_sealed',
    table: bookers,
    keys: { id: bookers.id, tenantId: bookers.tenantId, phoneHash: bookers.phoneHash },
    sealed: bookers.phoneSealed,
    aad: (r) => aad.bookerPhone(s(r.tenantId), s(r.phoneHash)),
  },
  byId('submissions.answers_sealed', submissions, submissions.answersSealed, aad.submissionAnswers),
  {
    name: 'idempotency_keys.response_sealed',
    table: idempotencyKeys,
    keys: { tenantId: idempotencyKeys.tenantId, key: idempotencyKeys.key },
    sealed: idempotencyKeys.responseSealed,
    aad: (r) => aad.idempotencyResponse(s(r.tenantId), s(r.key)),
  },
  byId('alerts.contact_sealed', alerts, alerts.contactSealed, aad.alertContact),
  {
    name: 'care_settings.duty_phone_sealed',
    table: careSettings,
    keys: { tenantId: careSettings.tenantId },
    sealed: careSettings.dutyPhoneSealed,
    aad: (r) => aad.dutyPhone(s(r.tenantId)),
  },
  byId('cases.contact_sealed', cases, cases.contactSealed, aad.caseContact),
  byId('case_events.detail_sealed', caseEvents, caseEvents.detailSealed, aad.caseEventDetail),
  byId('case_notes.body_sealed', caseNotes, caseNotes.bodySealed, aad.noteBody),
  byId('case_measures.answers_sealed', caseMeasures, caseMeasures.answersSealed, aad.measureAnswers),
  byId('follow_up_tasks.detail_sealed', followUpTasks, followUpTasks.detailSealed, aad.taskDetail),
  byId('follow_up_tasks.outcome_sealed', followUpTasks, followUpTasks.outcomeSealed, aad.taskOutcome),
  byId('referrals.shared_sealed', referrals, referrals.sharedSealed, aad.referralShared),
  byId('referrals.response_sealed', referrals, referrals.responseSealed, aad.referralResponse),
  byId(
    'break_glass_grants.reason_sealed',
    breakGlassGrants,
    breakGlassGrants.reasonSealed,
    aad.breakGlassReason,
  ),
  // A member an enterprise officer registered for an event: name and phone, each bound to its row.
  byId(
    'event_registrations.member_name_sealed',
    eventRegistrations,
    eventRegistrations.memberNameSealed,
    aad.eventMemberName,
  ),
  byId(
    'event_registrations.member_phone_sealed',
    eventRegistrations,
    eventRegistrations.memberPhoneSealed,
    aad.eventMemberPhone,
  ),
  {
    name: 'linked_diaries.entries_sealed',
    table: linkedDiaries,
    keys: { identityId: linkedDiaries.identityId },
    sealed: linkedDiaries.entriesSealed,
    aad: (r) => aad.linkedDiary(s(r.identityId)),
  },
  {
    name: 'linked_groups.groups_sealed',
    table: linkedGroups,
    keys: { identityId: linkedGroups.identityId },
    sealed: linkedGroups.groupsSealed,
    aad: (r) => aad.linkedGroups(s(r.identityId)),
  },
];

/**
 * Opens a sealed value, or fails clearly: a value that was changed, or whose key is missing, throws a
 * DecryptionError, which the HTTP layer answers as record_unreadable (and logs for the operator, without the
 * value) — never an empty field.
 */
export const unseal = (cipher: FieldCipher, sealed: string, associatedData: string): string =>
  cipher.decrypt(sealed, associatedData);

export const unsealJson = <T>(cipher: FieldCipher, sealed: string, associatedData: string): T =>
  JSON.parse(unseal(cipher, sealed, associatedData)) as T;
