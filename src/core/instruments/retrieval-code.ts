import { createHash, randomBytes } from 'node:crypto';
import { base32Encode } from '../identity/totp';

/**
 * A retrieval code is the worker's only key to their history: 80 random bits, shown once as
 * XXXX-XXXX-XXXX-XXXX in base32 (letters and 2–7), stored only as a SHA-256 (80 bits cannot be guessed).
 * Typing is forgiving: case, spaces and dashes do not matter, and 0/1/8 are read as the O/I/B they resemble.
 */
export function newRetrievalCode(): string {
  return (base32Encode(randomBytes(10)).match(/.{4}/g) as string[]).join('-');
}

export const normaliseRetrievalCode = (code: string): string =>
  code.replace(/[\s-]/g, '').toUpperCase().replace(/0/g, 'O').replace(/1/g, 'I').replace(/8/g, 'B');

export const isRetrievalCode = (code: string): boolean => /^[A-Z2-7]{16}$/.test(normaliseRetrievalCode(code));

export const hashRetrievalCode = (code: string): string =>
  createHash('sha256')
    .update(`carnation-retrieval:${normaliseRetrievalCode(code)}`)
    .digest('hex');

/** Shows a normalised code in groups of four again. */
export const formatRetrievalCode = (code: string): string =>
  (normaliseRetrievalCode(code).match(/.{1,4}/g) ?? []).join('-');
