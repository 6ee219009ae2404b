import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { bookingRefusal } from './errors';

const refused = (status: number, code: string) => bookingRefusal(new ApiError(status, code, code));

describe('what the booking page says when the server refuses', () => {
  it('offers another time when this one is gone, and reloads the times', () => {
    for (const code of ['slot_taken', 'slot_passed', 'too_short_notice', 'too_far_ahead', 'slot_not_found'])
      expect(refused(409, code).slotGone, code).toBe(true);
    expect(refused(409, 'slot_taken').key).toBe('errors.slotTaken');
  });

  it('marks the field a refusal is about', () => {
    expect(refused(400, 'invalid_phone_code')).toMatchObject({ field: 'code' });
    expect(refused(400, 'invalid_phone')).toMatchObject({ field: 'phone' });
    expect(refused(400, 'unknown_retrieval_code')).toMatchObject({ field: 'retrievalCode' });
    expect(refused(400, 'consent_required')).toMatchObject({ field: 'consent' });
  });

  it('points to my appointments when the station’s limit is reached', () => {
    expect(refused(409, 'too_many_bookings')).toMatchObject({ tooMany: true });
  });

  it('asks to send again after a lost answer or a server failure, which the same key makes safe', () => {
    expect(refused(0, 'network')).toMatchObject({ key: 'errors.network', retry: true });
    expect(refused(0, 'timeout').retry).toBe(true);
    expect(bookingRefusal(new Error('boom')).retry).toBe(true);
    expect(refused(500, 'internal')).toMatchObject({ key: 'errors.other', retry: true });
    expect(refused(400, 'validation_failed')).toEqual({ key: 'errors.validation' });
  });
});
