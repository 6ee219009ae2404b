import { api } from '../../shared/api';
import type { Booking } from '../../shared/api-types';
import { type Credential, credentialHeaders } from './credential';

/** "I have arrived": the poster's code in the body, the credential in headers (never in the URL). */
export const checkIn = (bookingId: string, code: string, c: Credential) =>
  api<Booking>(
    'POST',
    `/api/v1/bookings/${encodeURIComponent(bookingId)}/check-in`,
    { code },
    { timeoutMs: 20_000, headers: credentialHeaders(c) },
  );
