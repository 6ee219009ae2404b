import { useCallback, useEffect, useState } from 'react';
import { useLocation } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { Booking } from '../../../shared/api-types';
import { fetchMyBooking } from '../../counselling/api';
import { type Credential, forgetCredential, liveCredential } from '../../counselling/credential';

/** How the page was reached: right after booking or moving, with the booking and how it was made. */
export interface Arrival {
  booking?: Booking;
  event?: 'booked' | 'rescheduled';
  way?: 'phone' | 'retrieval';
}

export const isProofRefused = (err: unknown): boolean =>
  err instanceof ApiError &&
  (err.code === 'invalid_phone_code' ||
    err.code === 'unknown_retrieval_code' ||
    err.code === 'validation_failed');

/**
 * One of the worker's bookings: the one the page was handed (just booked or moved), or fetched with the
 * credential held in memory; without one, the page asks the worker to prove who they are again.
 */
export function useOwnBooking(id: string) {
  const arrival = (useLocation().state ?? {}) as Arrival;
  const [credential, setCredential] = useState<Credential | null>(liveCredential);
  const [booking, setBooking] = useState<Booking | null>(arrival.booking?.id === id ? arrival.booking : null);
  const [failure, setFailure] = useState<'notFound' | 'offline' | 'other' | null>(null);
  const [expired, setExpired] = useState(false);

  /** The proof stopped working (ten minutes passed): ask for it again. */
  const refused = useCallback(() => {
    forgetCredential();
    setCredential(null);
    setExpired(true);
  }, []);

  useEffect(() => {
    if (booking || !credential) return;
    let live = true;
    fetchMyBooking(id, credential)
      .then((b) => live && setBooking(b))
      .catch((err: unknown) => {
        if (!live) return;
        if (isProofRefused(err)) refused();
        else if (err instanceof ApiError && err.status === 404) setFailure('notFound');
        else setFailure(err instanceof ApiError && err.status === 0 ? 'offline' : 'other');
      });
    return () => {
      live = false;
    };
  }, [id, booking, credential, refused]);

  const verified = (c: Credential, bookings: Booking[]) => {
    setCredential(c);
    setExpired(false);
    const found = bookings.find((b) => b.id === id);
    if (found) setBooking(found);
    else if (!booking) setFailure('notFound');
  };

  return { arrival, booking, setBooking, credential, verified, refused, failure, expired };
}
