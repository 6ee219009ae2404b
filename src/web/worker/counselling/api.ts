import { api, query } from '../../shared/api';
import type {
  Booking,
  ConsultMode,
  District,
  ServicePointDetail,
  ServicePointView,
  Slot,
} from '../../shared/api-types';
import type { Language } from '../../shared/preferences';
import type { BookingBody } from './booking-form';
import { type Credential, credentialHeaders } from './credential';

/** The booking API as the worker app calls it. Credentials travel in headers or bodies, never in URLs. */
const WAIT = { timeoutMs: 20_000 };

export interface Near {
  lat: number;
  lng: number;
}

/** About 100 m: enough to rank stations, and no finer than that leaves the phone. */
const rounded = (near: Near) => `${near.lat.toFixed(3)},${near.lng.toFixed(3)}`;

export const fetchPoints = (near: Near | null) =>
  api<{ servicePoints: ServicePointView[] }>(
    'GET',
    `/api/v1/service-points${query({ near: near ? rounded(near) : undefined })}`,
    undefined,
    WAIT,
  ).then((r) => r.servicePoints);

export const fetchDistricts = () =>
  api<{ districts: District[] }>('GET', '/api/v1/districts', undefined, WAIT).then((r) => r.districts);

export const fetchPoint = (id: string) =>
  api<ServicePointDetail>('GET', `/api/v1/service-points/${encodeURIComponent(id)}`, undefined, WAIT);

export const fetchSlots = (id: string, mode?: ConsultMode) =>
  api<{ timeZone: string; from: string; to: string; slots: Slot[] }>(
    'GET',
    `/api/v1/service-points/${encodeURIComponent(id)}/slots${query({ mode })}`,
    undefined,
    WAIT,
  );

export const sendPhoneCode = (phone: string, lang: Language) =>
  api<{ expiresAt: string; phone: string }>('POST', '/api/v1/phone-verifications', { phone, lang }, WAIT);

export const createBooking = (body: BookingBody, idempotencyKey: string) =>
  api<Booking>('POST', '/api/v1/bookings', body, {
    headers: { 'idempotency-key': idempotencyKey },
    timeoutMs: 30_000,
  });

export const fetchMyBookings = (c: Credential) =>
  api<{ bookings: Booking[] }>('GET', '/api/v1/bookings', undefined, {
    ...WAIT,
    headers: credentialHeaders(c),
  }).then((r) => r.bookings);

export const fetchMyBooking = (id: string, c: Credential) =>
  api<Booking>('GET', `/api/v1/bookings/${encodeURIComponent(id)}`, undefined, {
    ...WAIT,
    headers: credentialHeaders(c),
  });

export const cancelMyBooking = (id: string, c: Credential) =>
  api<Booking>('DELETE', `/api/v1/bookings/${encodeURIComponent(id)}`, undefined, {
    ...WAIT,
    headers: credentialHeaders(c),
  });

export const rescheduleMyBooking = (id: string, slot: string, c: Credential) =>
  api<Booking>(
    'POST',
    `/api/v1/bookings/${encodeURIComponent(id)}/reschedule`,
    { slot },
    {
      ...WAIT,
      headers: credentialHeaders(c),
    },
  );
