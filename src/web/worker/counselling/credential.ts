import { maskMobile, normaliseMobile } from '../../../core/booking/phone';
import { normaliseCode } from '../checkup/retrieval-code';

/**
 * Who the worker is to the booking API, held in this page's memory only (never stored): a phone number with
 * the code texted to it, which works for ten minutes, or the check-up retrieval code. A reload forgets it,
 * and the worker proves it again with a fresh text message or the code.
 */
export type Credential =
  | { kind: 'phone'; phone: string; code: string; expiresAt: number }
  | { kind: 'retrieval'; code: string };

/** A phone code is treated as expired this long before the server's end, so a request never lands late. */
const MARGIN_MS = 30_000;

let current: Credential | null = null;

export const isLive = (c: Credential, now: number): boolean =>
  c.kind === 'retrieval' || c.expiresAt - MARGIN_MS > now;

export function rememberCredential(c: Credential): void {
  current = c;
}

export function liveCredential(now: number = Date.now()): Credential | null {
  if (current && !isLive(current, now)) current = null;
  return current;
}

export function forgetCredential(): void {
  current = null;
}

/** The credential as request headers (GET, DELETE and reschedule take it there, never in the URL). */
export function credentialHeaders(c: Credential): Record<string, string> {
  return c.kind === 'phone'
    ? { 'x-phone': normaliseMobile(c.phone) ?? c.phone.trim(), 'x-phone-code': c.code.trim() }
    : { 'x-retrieval-code': normaliseCode(c.code) };
}

/** The credential as fields of a booking's body. */
export function credentialFields(c: Credential): { phone: string; code: string } | { retrievalCode: string } {
  return c.kind === 'phone'
    ? { phone: normaliseMobile(c.phone) ?? c.phone.trim(), code: c.code.trim() }
    : { retrievalCode: normaliseCode(c.code) };
}

/** What may be kept on the phone about a credential: the masked number, or only that it was a code. */
export function keptWay(c: Credential): { kind: 'phone'; masked: string } | { kind: 'retrieval' } {
  if (c.kind === 'retrieval') return { kind: 'retrieval' };
  const phone = normaliseMobile(c.phone);
  return { kind: 'phone', masked: phone ? maskMobile(phone) : '' };
}
