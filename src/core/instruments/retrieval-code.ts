import { createHash, randomBytes } from 'node:crypto';
import { base32Encode } from '../identity/totp';
import { normaliseRetrievalCode } from './retrieval-code-format';

export { formatRetrievalCode, isRetrievalCode, normaliseRetrievalCode } from './retrieval-code-format';

/**
 * A retrieval code is the worker's only key to their history: 80 random bits, shown once as
 * XXXX-XXXX-XXXX-XXXX in base32 (letters and 2–7), stored only as a SHA-256 (80 bits cannot be guessed).
 */
export function newRetrievalCode(): string {
  return (base32Encode(randomBytes(10)).match(/.{4}/g) as string[]).join('-');
}

export const hashRetrievalCode = (code: string): string =>
  createHash('sha256')
    .update(`carnation-retrieval:${normaliseRetrievalCode(code)}`)
    .digest('hex');
