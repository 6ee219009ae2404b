import type { FieldCipher } from '../../core/crypto/field-cipher';

// The associated data of every sealed column is named once, in src/server/ops/sealed-columns.ts (`aad`).

/** Seals a value as JSON. */
export const seal = (cipher: FieldCipher, value: unknown, aad: string): string =>
  cipher.encrypt(JSON.stringify(value), aad);

/** Opens a sealed JSON value; a changed ciphertext or a missing key is `record_unreadable`, never an empty field. */
export { unsealJson as unseal } from '../ops/sealed-columns';

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
