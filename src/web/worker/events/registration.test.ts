import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { eventsPath } from './list-api';
import {
  actionRefusal,
  attemptFor,
  feedbackBody,
  offerMinutesLeft,
  orderMine,
  registerRefusal,
  registrationBody,
  standingOf,
  timeLeftParts,
} from './registration';
import { anEvent, aRegistration, idN } from './test-fixtures';

const NOW = Date.parse('2026-12-04T02:00:00Z');

describe('signing up for an event', () => {
  it('sends who the worker is, the consent and the invitation in the body, never in the address', () => {
    const byPhone = registrationBody(
      { kind: 'phone', phone: '138 0013 8000', code: ' 123456 ', expiresAt: 0 },
      true,
      'zh-CN',
      null,
    );
    expect(byPhone).toEqual({ phone: '13800138000', code: '123456', lang: 'zh-CN', consent: true });
    const byCode = registrationBody(
      { kind: 'retrieval', code: 'abcd-efgh-jkmn' },
      true,
      'en',
      'invite-token-1',
    );
    expect(byCode).toMatchObject({ consent: true, lang: 'en', invite: 'invite-token-1' });
    expect(byCode).toHaveProperty('retrievalCode');
    const path = eventsPath({ near: { lat: 33.960123, lng: 116.798456 }, invite: 'tok', lang: 'zh-CN' });
    expect(path).toBe('/api/v1/group-events?near=33.960%2C116.798&invite=tok&lang=zh-CN');
  });

  it('keeps one Idempotency-Key across retries of the same attempt, and a new one for a changed body', () => {
    let n = 0;
    const key = () => `key-${++n}`;
    const body = registrationBody({ kind: 'retrieval', code: 'abcd-efgh-jkmn' }, true, 'zh-CN', null);
    const first = attemptFor(null, body, key);
    expect(attemptFor(first, { ...body }, key)).toBe(first);
    expect(attemptFor(first, { ...body, lang: 'en' }, key).key).toBe('key-2');
  });

  it('says each refusal plainly: already signed up, closed (with why), no consent, a weak signal', () => {
    expect(registerRefusal(new ApiError(409, 'already_registered', ''))).toEqual({
      key: 'register.already',
      seeMine: true,
    });
    expect(registerRefusal(new ApiError(409, 'event_closed', '', { refusal: 'started' }))).toEqual({
      key: 'refusal.started',
      why: 'started',
    });
    expect(registerRefusal(new ApiError(409, 'event_closed', '')).key).toBe('refusal.closed');
    expect(registerRefusal(new ApiError(400, 'consent_required', '')).key).toBe('register.consentMissing');
    expect(registerRefusal(new ApiError(400, 'invalid_phone_code', '')).proof).toBe(true);
    expect(registerRefusal(new ApiError(0, 'network', ''))).toMatchObject({ retry: true });
    expect(registerRefusal(new ApiError(503, 'unavailable', ''))).toMatchObject({ retry: true });
    expect(registerRefusal(new ApiError(400, 'validation_failed', '')).retry).toBe(false);
  });
});

describe('my events', () => {
  it('puts a held place first, then what is to come by start, then what is over, newest first', () => {
    const soon = anEvent({ id: idN(1), startsAt: '2026-12-05T06:00:00Z', endsAt: '2026-12-05T08:00:00Z' });
    const later = anEvent({ id: idN(2), startsAt: '2026-12-09T06:00:00Z', endsAt: '2026-12-09T08:00:00Z' });
    const past = anEvent({ id: idN(3), startsAt: '2026-12-01T06:00:00Z', endsAt: '2026-12-01T08:00:00Z' });
    const older = anEvent({ id: idN(4), startsAt: '2026-11-20T06:00:00Z', endsAt: '2026-11-20T08:00:00Z' });
    const list = [
      aRegistration({ id: idN(11), event: older, checkedInAt: '2026-11-20T06:05:00Z' }),
      aRegistration({ id: idN(12), event: later, status: 'offered', offerExpiresAt: '2026-12-04T03:30:00Z' }),
      aRegistration({ id: idN(13), event: past, checkedInAt: '2026-12-01T06:10:00Z', canGiveFeedback: true }),
      aRegistration({ id: idN(14), event: later, status: 'cancelled' }),
      aRegistration({ id: idN(15), event: soon }),
      aRegistration({ id: idN(16), event: later, status: 'waitlisted', position: 2 }),
    ];
    const ordered = orderMine(list, NOW);
    expect(ordered.map((r) => r.id)).toEqual([idN(12), idN(15), idN(16), idN(13), idN(11), idN(14)]);
    expect(ordered.map((r) => standingOf(r, NOW))).toEqual([
      'offered',
      'registered',
      'waitlisted',
      'attended',
      'attended',
      'closed',
    ]);
    expect(standingOf(aRegistration({ event: past }), NOW)).toBe('past');
  });

  it('shows the time left on an offer, rounded up, never below zero', () => {
    expect(offerMinutesLeft('2026-12-04T03:30:00Z', NOW)).toBe(90);
    expect(offerMinutesLeft('2026-12-04T02:00:20Z', NOW)).toBe(1);
    expect(offerMinutesLeft('2026-12-04T01:00:00Z', NOW)).toBe(0);
    expect(offerMinutesLeft(null, NOW)).toBe(0);
    expect(timeLeftParts(90)).toEqual({ hours: 1, minutes: 30 });
  });

  it('sends feedback of one to five stars, anonymous by default, a comment only when written', () => {
    expect(feedbackBody(4, '  ', true)).toEqual({ rating: 4, anonymous: true });
    expect(feedbackBody(9, ' 很有帮助 ', false)).toEqual({
      rating: 5,
      anonymous: false,
      comment: '很有帮助',
    });
    expect(feedbackBody(3, 'x'.repeat(1200), true).comment).toHaveLength(1000);
  });

  it('says why an action was refused', () => {
    expect(actionRefusal(new ApiError(409, 'offer_expired', ''))).toBe('mine.offerExpired');
    expect(actionRefusal(new ApiError(409, 'feedback_closed', ''))).toBe('feedback.closed');
    expect(actionRefusal(new ApiError(409, 'not_attended', ''))).toBe('feedback.notAttended');
    expect(actionRefusal(new ApiError(0, 'network', ''))).toBe('mine.offline');
  });
});
