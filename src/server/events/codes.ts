import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { FieldCipher } from '../../core/crypto/field-cipher';
import { normaliseDoorCode, ticketCode } from '../../core/events/rules';

/**
 * The worker's own QR code: the registration id and a token keyed by the field cipher's blind-index key, so
 * nothing is stored and any phone that proves who the worker is can show it again.
 */
export const ticketToken = (cipher: FieldCipher, registrationId: string) =>
  cipher
    .blindIndex(registrationId, 'event-ticket')
    .replace(/[^A-Za-z0-9_-]/g, '')
    .slice(0, 32);

export const ticketFor = (cipher: FieldCipher, registrationId: string) =>
  ticketCode(registrationId, ticketToken(cipher, registrationId));

export function ticketMatches(cipher: FieldCipher, registrationId: string, token: string): boolean {
  const expected = Buffer.from(ticketToken(cipher, registrationId));
  const given = Buffer.from(token);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/** The door poster's code is kept only as this hash (like a station's check-in poster). */
export const doorCodeHash = (eventId: string, code: string) =>
  createHash('sha256')
    .update(`carnation-event-door:${eventId}:${normaliseDoorCode(code)}`)
    .digest('hex');

export function doorCodeMatches(stored: string | null, eventId: string, code: string): boolean {
  if (!stored) return false;
  return timingSafeEqual(Buffer.from(stored, 'hex'), Buffer.from(doorCodeHash(eventId, code), 'hex'));
}

/** A new door code: twelve letters and digits without look-alikes (no 0/o, 1/l/i). */
export function newDoorCode(): string {
  const alphabet = 'abcdefghjkmnpqrstuvwxyz23456789';
  return Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
}

/** The poster's address: the code rides in the fragment, which browsers never send to a server. */
export const doorLink = (publicUrl: string, eventId: string, code: string) =>
  `${publicUrl.replace(/\/$/, '')}/events/${eventId}/checkin#c=${code}`;

/** An invitation link's secret, and its hash (the event keeps only the hash). */
export const newInviteToken = () => randomBytes(18).toString('base64url');
export const inviteTokenHash = (token: string) =>
  createHash('sha256').update(`carnation-event-invite:${token}`).digest('hex');
