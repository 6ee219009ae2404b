import { api, query } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import type { Near } from '../counselling/api';
import { type Credential, credentialHeaders } from '../counselling/credential';
import type { EventDetail, EventSummary, RegistrationView } from './types';

/** The events API as the worker app calls it. Credentials travel in headers or bodies, never in URLs. */
const WAIT = { timeoutMs: 20_000 };

export interface EventQuery {
  kind?: string | null;
  audience?: readonly string[];
  from?: string;
  to?: string;
  near?: Near | null;
  invite?: string | null;
  lang: Language;
}

/** About 100 m, as the stations list sends it: enough to rank, and no finer than that leaves the phone. */
const rounded = (near: Near) => `${near.lat.toFixed(3)},${near.lng.toFixed(3)}`;

export const eventsPath = (q: EventQuery): string =>
  `/api/v1/group-events${query({
    kind: q.kind ?? undefined,
    audience: q.audience?.length ? q.audience.join(',') : undefined,
    from: q.from,
    to: q.to,
    near: q.near ? rounded(q.near) : undefined,
    invite: q.invite ?? undefined,
    lang: q.lang,
  })}`;

export const fetchEvents = (q: EventQuery) =>
  api<{ events: EventSummary[] }>('GET', eventsPath(q), undefined, WAIT).then((r) => r.events);

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
