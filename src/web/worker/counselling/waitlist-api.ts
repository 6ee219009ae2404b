import { api } from '../../shared/api';
import type { Booking, WaitlistEntry } from '../../shared/api-types';
import { type Credential, credentialHeaders } from './credential';
import type { WaitlistBody } from './waitlist';

/**
 * The waiting list as the worker app calls it (apart from api.ts, so the stations list, opened from a menu
 * link, does not carry it). Credentials travel in headers or bodies, never in URLs.
 */
const WAIT = 20_000;
const own = (c: Credential) => ({ timeoutMs: WAIT, headers: credentialHeaders(c) });
const path = (id: string) => `/api/v1/waitlist/${encodeURIComponent(id)}`;

export const joinWaitlist = (body: WaitlistBody) =>
  api<WaitlistEntry>('POST', '/api/v1/waitlist', body, { timeoutMs: 30_000 });

export const fetchMyWaitlist = (c: Credential) =>
  api<{ entries: WaitlistEntry[] }>('GET', '/api/v1/waitlist', undefined, own(c)).then((r) => r.entries);

export const acceptOffer = (id: string, c: Credential) =>
  api<Booking>('POST', `${path(id)}/accept`, undefined, own(c));

export const leaveWaitlist = (id: string, c: Credential) =>
  api<{ id: string; status: 'left' }>('DELETE', path(id), undefined, own(c));
