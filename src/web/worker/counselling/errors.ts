import { ApiError } from '../../shared/api';
import type { Problem } from './booking-form';

/**
 * What the booking page says for each refusal: a text ("counselling" namespace), the field to mark, and
 * whether the time itself is gone (the slots are then loaded again and the worker picks another).
 */
export interface Refusal {
  key: string;
  field?: Problem;
  slotGone?: boolean;
  tooMany?: boolean;
  /** Sending again is safe (same Idempotency-Key) and may well work. */
  retry?: boolean;
}

export function bookingRefusal(err: unknown): Refusal {
  const code = err instanceof ApiError ? err.code : 'network';
  switch (code) {
    case 'slot_taken':
      return { key: 'errors.slotTaken', slotGone: true };
    case 'slot_passed':
      return { key: 'errors.slotPassed', slotGone: true };
    case 'too_short_notice':
      return { key: 'errors.tooShortNotice', slotGone: true };
    case 'too_far_ahead':
      return { key: 'errors.tooFarAhead', slotGone: true };
    case 'slot_not_found':
      return { key: 'errors.slotNotFound', slotGone: true };
    case 'too_many_bookings':
      return { key: 'errors.tooManyShort', tooMany: true };
    case 'invalid_phone_code':
      return { key: 'book.codeWrong', field: 'code' };
    case 'invalid_phone':
      return { key: 'book.phoneInvalid', field: 'phone' };
    case 'unknown_retrieval_code':
      return { key: 'book.retrievalUnknown', field: 'retrievalCode' };
    case 'consent_required':
      return { key: 'book.consentMissing', field: 'consent' };
    case 'validation_failed':
      return { key: 'errors.validation' };
    case 'network':
    case 'timeout':
    case 'bad_response':
      return { key: 'errors.network', retry: true };
    default:
      // A 5xx may have booked before failing to answer: the same key makes another try safe.
      return { key: 'errors.other', retry: err instanceof ApiError && err.status >= 500 };
  }
}

/** Whether a failed request failed for want of a network (then the page says so rather than "error"). */
export const isOffline = (err: unknown): boolean =>
  (err instanceof ApiError && err.status === 0) || (typeof navigator !== 'undefined' && !navigator.onLine);
