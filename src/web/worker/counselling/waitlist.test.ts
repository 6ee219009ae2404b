import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import type { WaitlistEntry } from '../../shared/api-types';
import {
  acceptRefusal,
  emptyWaitForm,
  freeDaysOf,
  secondsLeft,
  splitWaitlist,
  type WaitForm,
  waitCalendar,
  waitDayCount,
  waitlistBody,
  waitlistRefusal,
  waitProblems,
  weekdayOf,
} from './waitlist';

const P = '0b7f6b8e-5d0c-4a59-9a43-3c1e6f0a1b2c';
const code = 'ABCD-EFGH-2345-JKLM';

describe('the days one can wait for', () => {
  it('are the next four weeks from today, laid out Monday first, with days that have free times marked', () => {
    expect(weekdayOf('2026-12-03')).toBe(4); // a Thursday
    expect(weekdayOf('2026-12-06')).toBe(7);
    const weeks = waitCalendar('2026-12-03', 28, new Set(['2026-12-08', '2026-12-01']));
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
    expect(weeks[0]?.slice(0, 4)).toEqual([
      { day: '2026-11-30', open: false, free: false },
      { day: '2026-12-01', open: false, free: false },
      { day: '2026-12-02', open: false, free: false },
      { day: '2026-12-03', open: true, free: false },
    ]);
    expect(weeks[1]?.[1]).toEqual({ day: '2026-12-08', open: true, free: true });
    const open = weeks.flat().filter((d) => d.open);
    expect(open).toHaveLength(28);
    expect(open.at(-1)?.day).toBe('2026-12-30');
    expect(weeks[4]?.slice(3).map((d) => d.open)).toEqual([false, false, false, false]);
  });

  it('follow the station’s booking horizon, at most four weeks', () => {
    expect(waitDayCount(28)).toBe(28);
    expect(waitDayCount(90)).toBe(28);
    expect(waitDayCount(14)).toBe(14);
  });

  it('know free days at the station’s clock', () => {
    // 17:30 UTC is 01:30 the next day in Shanghai.
    expect([...freeDaysOf([{ startsAt: '2026-12-03T17:30:00Z' }], 'Asia/Shanghai')]).toEqual(['2026-12-04']);
  });
});

describe('the waiting-list form', () => {
  const filled = (patch: Partial<WaitForm> = {}): WaitForm => ({
    ...emptyWaitForm(null, ['in_person']),
    date: '2026-12-17',
    topic: 'family',
    phone: '138 0013 8000',
    code: '123456',
    codeSent: { expiresAt: 600_000, masked: '138****8000' },
    consent: true,
    ...patch,
  });

  it('asks for a day, a topic, who one is and the consent', () => {
    expect(waitProblems(emptyWaitForm(null, ['in_person']), ['in_person'])).toEqual([
      'date',
      'topic',
      'phone',
      'consent',
    ]);
    expect(waitProblems(filled(), ['in_person'])).toEqual([]);
    expect(emptyWaitForm(code, ['in_person']).way).toBe('retrieval');
  });

  it('needs a phone number when the time would be by phone or video', () => {
    const byCode = filled({ way: 'retrieval', retrievalCode: code });
    expect(waitProblems(byCode, ['in_person', 'phone'])).toEqual([]);
    expect(waitProblems({ ...byCode, mode: 'phone' }, ['in_person', 'phone'])).toEqual(['phoneForRemote']);
    // "Either way" at a phone and video line is by phone or video.
    expect(waitProblems(byCode, ['phone', 'video'])).toEqual(['phoneForRemote']);
    expect(emptyWaitForm(code, ['phone', 'video']).way).toBe('phone');
  });

  it('sends the day, the credential normalised, and the way of talking only when one was chosen', () => {
    expect(waitlistBody(P, filled(), 'zh-CN')).toEqual({
      servicePoint: P,
      date: '2026-12-17',
      topic: 'family',
      consent: true,
      lang: 'zh-CN',
      phone: '13800138000',
      code: '123456',
    });
    expect(
      waitlistBody(
        P,
        filled({ mode: 'in_person', way: 'retrieval', retrievalCode: 'abcd efgh 2345 jklm' }),
        'en',
      ),
    ).toEqual({
      servicePoint: P,
      date: '2026-12-17',
      topic: 'family',
      mode: 'in_person',
      consent: true,
      lang: 'en',
      retrievalCode: 'ABCDEFGH2345JKLM',
    });
  });
});

describe('what the waiting list says when the server refuses', () => {
  const refused = (status: number, code: string) => new ApiError(status, code, code);
  it('sends a day with free times back to book, and marks a day nobody is on duty', () => {
    expect(waitlistRefusal(refused(409, 'slots_available'))).toMatchObject({
      field: 'date',
      freeTimes: true,
    });
    expect(waitlistRefusal(refused(409, 'no_duty'))).toEqual({
      key: 'waitlist:errors.noDuty',
      field: 'date',
    });
    expect(waitlistRefusal(refused(409, 'already_waiting'))).toMatchObject({ mine: true });
  });

  it('marks the credential and consent as the booking form does, and asks to try again after a lost answer', () => {
    expect(waitlistRefusal(refused(400, 'invalid_phone_code'))).toMatchObject({ field: 'code' });
    expect(waitlistRefusal(refused(400, 'unknown_retrieval_code'))).toMatchObject({ field: 'retrievalCode' });
    expect(waitlistRefusal(refused(0, 'network'))).toMatchObject({ retry: true });
    expect(waitlistRefusal(refused(404, 'not_found'))).toEqual({ key: 'waitlist:errors.other' });
  });

  it('explains an offer that ran out or a time someone else took, and loads the list again', () => {
    expect(acceptRefusal(refused(409, 'offer_expired'))).toEqual({
      key: 'waitlist:errors.offerExpired',
      reload: true,
    });
    expect(acceptRefusal(refused(409, 'slot_taken'))).toMatchObject({ reload: true });
    expect(acceptRefusal(refused(0, 'network'))).toEqual({ key: 'mine.offline' });
  });
});

describe('my places in line', () => {
  const now = Date.parse('2026-12-03T02:00:00Z');
  const entry = (id: string, patch: Partial<WaitlistEntry>): WaitlistEntry => ({
    id,
    status: 'waiting',
    date: '2026-12-17',
    topic: 'work',
    mode: null,
    servicePoint: {
      id: P,
      kind: 'district_station',
      name: '驿站',
      nameEn: 'Station',
      address: '',
      addressEn: null,
      phone: null,
      timeZone: 'Asia/Shanghai',
    },
    position: 1,
    offer: null,
    bookingId: null,
    createdAt: '2026-12-01T00:00:00Z',
    ...patch,
  });
  const offer = (expiresAt: string) => ({
    slotId: P,
    startsAt: '2026-12-17T01:00:00Z',
    endsAt: '2026-12-17T01:50:00Z',
    expiresAt,
  });

  it('puts open offers first, then places still waiting, then offers that ran out for days to come', () => {
    const { offers, waiting, missed } = splitWaitlist(
      [
        entry('later', { date: '2026-12-31' }),
        entry('offer-late', { status: 'offered', position: null, offer: offer('2026-12-03T02:20:00Z') }),
        entry('offer-soon', { status: 'offered', position: null, offer: offer('2026-12-03T02:05:00Z') }),
        entry('ran-out', { status: 'offered', position: null, offer: offer('2026-12-03T01:59:00Z') }),
        entry('expired', { status: 'expired', position: null }),
        entry('sooner', { date: '2026-12-10' }),
        entry('booked', { status: 'booked', position: null }),
        entry('left', { status: 'left', position: null }),
        entry('past-day', { date: '2026-12-01' }),
      ],
      now,
    );
    expect(offers.map((e) => e.id)).toEqual(['offer-soon', 'offer-late']);
    expect(waiting.map((e) => e.id)).toEqual(['sooner', 'later']);
    expect(missed.map((e) => e.id)).toEqual(['ran-out', 'expired']);
  });

  it('counts down to the offer’s end, never below nothing', () => {
    expect(secondsLeft('2026-12-03T02:12:30Z', now)).toBe(750);
    expect(secondsLeft('2026-12-03T01:00:00Z', now)).toBe(0);
  });
});
