import type { z } from 'zod';
import { maskMobile } from '../../core/booking/phone';
import { DecryptionError, type FieldCipher } from '../../core/crypto/field-cipher';
import { AppError } from '../../core/errors';
import { presentSharedResult } from '../checkup/shared-result';
import { aad } from '../ops/sealed-columns';
import type { AlertDetailRow, AlertListRow, AlertRow, resultsOfSubmission } from './repository';
import type { alertItemSchema, alertSchema, contactSchema, sharedResultsSchema } from './schemas';

export type AlertItem = z.infer<typeof alertItemSchema>;
export type AlertView = z.infer<typeof alertSchema>;
export type Contact = z.infer<typeof contactSchema>;

export const contactAad = aad.alertContact;

export const unreadable = () =>
  new AppError(
    'record_unreadable',
    'A confidential record could not be opened: it was changed or its key is missing',
  );

export function sealContact(cipher: FieldCipher, id: string, contact: Contact): string {
  return cipher.encrypt(JSON.stringify(contact), contactAad(id));
}

/** The sealed contact details; null when none were given or they were erased. Throws on a broken seal. */
export function openContact(cipher: FieldCipher, a: AlertRow): Contact | null {
  if (!a.contactSealed) return null;
  let raw: Partial<Contact>;
  try {
    raw = JSON.parse(cipher.decrypt(a.contactSealed, contactAad(a.id))) as Partial<Contact>;
  } catch (err) {
    if (err instanceof DecryptionError) throw unreadable();
    throw err;
  }
  // Requests made before names were asked for have no name.
  return {
    name: raw.name ?? null,
    phone: raw.phone ?? null,
    preferredTime: raw.preferredTime ?? null,
    message: raw.message ?? null,
  };
}

const maskPhone = (phone: string) => (phone.length >= 11 ? maskMobile(phone) : '*'.repeat(phone.length));

export function presentItem(cipher: FieldCipher, a: AlertListRow, now: Date): AlertItem {
  let phoneMasked: string | null = null;
  let contactUnreadable = false;
  try {
    const phone = openContact(cipher, a)?.phone;
    phoneMasked = phone ? maskPhone(phone) : null;
  } catch (err) {
    // One broken record must not hide the whole queue: it is shown as unreadable, and opening it fails loudly.
    if (!(err instanceof AppError)) throw err;
    contactUnreadable = true;
  }
  return {
    id: a.id,
    source: a.source as AlertItem['source'],
    priority: a.priority as AlertItem['priority'],
    status: a.status as AlertItem['status'],
    createdAt: a.createdAt.toISOString(),
    dueAt: a.dueAt.toISOString(),
    overdue: a.status === 'new' && a.dueAt.getTime() <= now.getTime(),
    escalationLevel: a.escalationLevel,
    phoneMasked,
    contactUnreadable,
    hasSharedResults: a.submissionId !== null,
    acknowledgedBy: a.acknowledgedByName,
    acknowledgedAt: a.acknowledgedAt?.toISOString() ?? null,
    closedAt: a.closedAt?.toISOString() ?? null,
    closedReason: (a.closedReason as AlertItem['closedReason']) ?? null,
    caseId: a.caseId,
    caseNumber: a.caseNumber,
  };
}

type Results = Awaited<ReturnType<typeof resultsOfSubmission>>;

function presentResults(shared: Results): z.infer<typeof sharedResultsSchema> | null {
  if (!shared) return null;
  return {
    at: shared.createdAt.toISOString(),
    results: shared.results.map(presentSharedResult),
  };
}

export function presentAlert(cipher: FieldCipher, a: AlertDetailRow, shared: Results, now: Date): AlertView {
  const contact = openContact(cipher, a);
  return {
    ...presentItem(cipher, a, now),
    contact,
    contactErasedAt: a.contactErasedAt?.toISOString() ?? null,
    consentVersion: a.consentVersion,
    sharedSubmissionId: a.submissionId,
    sharedResults: presentResults(shared),
    bookingId: a.bookingId,
    fromCaseId: a.fromCaseId,
    organisation:
      a.organisationId && a.organisationName ? { id: a.organisationId, name: a.organisationName } : null,
    enteredBy: a.enteredByName,
  };
}
