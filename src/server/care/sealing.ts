import type { FieldCipher } from '../../core/crypto/field-cipher';

/**
 * The associated data of every sealed column of the care tables: table, column and row, so a ciphertext copied
 * to another row or column fails to open. Key rotation (src/server/ops) re-seals with exactly these.
 */
export const careAad = {
  caseContact: (caseId: string) => `cases.contact:${caseId}`,
  caseEvent: (eventId: string) => `case_events.detail:${eventId}`,
  noteBody: (noteId: string) => `case_notes.body:${noteId}`,
  taskDetail: (taskId: string) => `follow_up_tasks.detail:${taskId}`,
  taskOutcome: (taskId: string) => `follow_up_tasks.outcome:${taskId}`,
  referralShared: (referralId: string) => `referrals.shared:${referralId}`,
  referralResponse: (referralId: string) => `referrals.response:${referralId}`,
  breakGlassReason: (grantId: string) => `break_glass_grants.reason:${grantId}`,
} as const;

/** Seals a value as JSON. */
export const seal = (cipher: FieldCipher, value: unknown, aad: string): string =>
  cipher.encrypt(JSON.stringify(value), aad);

/**
 * Opens a sealed JSON value. A DecryptionError (changed ciphertext, missing key) is left to propagate: the HTTP
 * layer turns it into `record_unreadable`, never an empty field.
 */
export const unseal = <T>(cipher: FieldCipher, sealed: string, aad: string): T =>
  JSON.parse(cipher.decrypt(sealed, aad)) as T;

/** The person's contact details as a case keeps them (each as the worker gave it, or null). */
export interface CaseContact {
  name: string | null;
  phone: string | null;
  preferredTime: string | null;
  message: string | null;
}

/** Reads a contact JSON of any source (an alert's, a booking's) into the case's shape. */
export function contactFrom(value: unknown): CaseContact {
  const v = (value ?? {}) as Record<string, unknown>;
  const text = (k: string) => (typeof v[k] === 'string' && v[k] !== '' ? (v[k] as string) : null);
  return {
    name: text('name'),
    phone: text('phone'),
    preferredTime: text('preferredTime'),
    message: text('message'),
  };
}
