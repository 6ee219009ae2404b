import { api, query } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { type Credential, credentialHeaders } from '../counselling/credential';
import type { EventDetail, RegistrationView } from './types';

/**
 * The events API as the worker app calls it (the list is in list-api.ts). Credentials travel in headers or
 * bodies, never in URLs.
 */
const WAIT = { timeoutMs: 20_000 };

export const fetchEvent = (id: string, invite: string | null, lang: Language) =>
  api<{ event: EventDetail }>(
    'GET',
    `/api/v1/group-events/${encodeURIComponent(id)}${query({ invite: invite ?? undefined, lang })}`,
    undefined,
    WAIT,
  ).then((r) => r.event);

export interface RegistrationBody {
  retrievalCode?: string;
  phone?: string;
  code?: string;
  lang: Language;
  consent: boolean;
  invite?: string;
}

export const registerForEvent = (id: string, body: RegistrationBody, idempotencyKey: string) =>
  api<{ registration: RegistrationView }>(
    'POST',
    `/api/v1/group-events/${encodeURIComponent(id)}/registrations`,
    body,
    { headers: { 'idempotency-key': idempotencyKey }, timeoutMs: 30_000 },
  ).then((r) => r.registration);

const withCredential = (c: Credential) => ({ ...WAIT, headers: credentialHeaders(c) });

export const fetchMyRegistrations = (c: Credential) =>
  api<{ registrations: RegistrationView[] }>(
    'GET',
    '/api/v1/event-registrations',
    undefined,
    withCredential(c),
  ).then((r) => r.registrations);

const action = (id: string, verb: 'cancel' | 'accept' | 'check-in', c: Credential, body?: unknown) =>
  api<{ registration: RegistrationView }>(
    'POST',
    `/api/v1/event-registrations/${encodeURIComponent(id)}/${verb}`,
    body ?? {},
    withCredential(c),
  ).then((r) => r.registration);

export const cancelRegistration = (id: string, c: Credential) => action(id, 'cancel', c);
export const acceptOffer = (id: string, c: Credential) => action(id, 'accept', c);
/** The door poster's code in the body, the credential in headers. */
export const checkInAtDoor = (id: string, code: string, c: Credential) => action(id, 'check-in', c, { code });

export interface FeedbackBody {
  rating: number;
  comment?: string;
  anonymous: boolean;
}

export const giveFeedback = (id: string, body: FeedbackBody, c: Credential) =>
  api<{ ok: true }>(
    'POST',
    `/api/v1/event-registrations/${encodeURIComponent(id)}/feedback`,
    body,
    withCredential(c),
  );
