import { describe, expect, it } from 'vitest';
import { isEventKind } from './kinds';
import {
  checkInOpen,
  eventReminderTimes,
  feedbackOpen,
  offerExpiry,
  parseTicketCode,
  registrationRefusal,
  ticketCode,
} from './rules';

const at = (iso: string) => new Date(iso);
const times = {
  startsAt: at('2026-12-10T06:00:00Z'),
  endsAt: at('2026-12-10T08:00:00Z'),
  registrationOpensAt: at('2026-12-01T00:00:00Z'),
  registrationClosesAt: at('2026-12-09T12:00:00Z'),
};

describe('registration window', () => {
  it('is open between its opening and closing, only when published', () => {
    expect(registrationRefusal('published', times, at('2026-12-05T00:00:00Z'))).toBeNull();
    expect(registrationRefusal('draft', times, at('2026-12-05T00:00:00Z'))).toBe('not_published');
    expect(registrationRefusal('cancelled', times, at('2026-12-05T00:00:00Z'))).toBe('cancelled');
    expect(registrationRefusal('published', times, at('2026-11-30T23:59:59Z'))).toBe('not_yet_open');
    expect(registrationRefusal('published', times, at('2026-12-09T12:00:00Z'))).toBe('closed');
    expect(registrationRefusal('published', times, at('2026-12-10T06:00:00Z'))).toBe('started');
  });
  it('without a window, closes at the start', () => {
    const open = { ...times, registrationOpensAt: null, registrationClosesAt: null };
    expect(registrationRefusal('published', open, at('2026-12-10T05:59:00Z'))).toBeNull();
    expect(registrationRefusal('published', open, at('2026-12-10T06:00:00Z'))).toBe('started');
  });
});

describe('offers of a freed place', () => {
  it('last two hours, never past an hour before the start', () => {
    expect(offerExpiry(at('2026-12-08T00:00:00Z'), times.startsAt)).toEqual(at('2026-12-08T02:00:00Z'));
    expect(offerExpiry(at('2026-12-10T04:00:00Z'), times.startsAt)).toEqual(at('2026-12-10T05:00:00Z'));
  });
  it('are not made with under 15 minutes to decide: the place is simply given', () => {
    expect(offerExpiry(at('2026-12-10T04:50:00Z'), times.startsAt)).toBeNull();
  });
});

describe('reminders, check-in and feedback', () => {
  it('reminds the day before and two hours before, only those still ahead', () => {
    expect(eventReminderTimes(times.startsAt, at('2026-12-01T00:00:00Z')).map((r) => r.kind)).toEqual([
      'day_before',
      'two_hours',
    ]);
    expect(eventReminderTimes(times.startsAt, at('2026-12-09T12:00:00Z')).map((r) => r.kind)).toEqual([
      'two_hours',
    ]);
  });
  it('opens check-in an hour before and closes it two hours after the end', () => {
    expect(checkInOpen(times, at('2026-12-10T04:59:00Z'))).toBe(false);
    expect(checkInOpen(times, at('2026-12-10T05:00:00Z'))).toBe(true);
    expect(checkInOpen(times, at('2026-12-10T10:00:00Z'))).toBe(true);
    expect(checkInOpen(times, at('2026-12-10T10:01:00Z'))).toBe(false);
  });
  it('takes feedback from the start for 30 days after', () => {
    expect(feedbackOpen(times, at('2026-12-10T05:59:00Z'))).toBe(false);
    expect(feedbackOpen(times, at('2027-01-09T08:00:00Z'))).toBe(true);
    expect(feedbackOpen(times, at('2027-01-09T08:00:01Z'))).toBe(false);
  });
});

describe('ticket codes and kinds', () => {
  it('round-trips a ticket and refuses anything else', () => {
    const id = '0b7c2f9e-4a1d-4c3b-9e8f-1a2b3c4d5e6f';
    expect(parseTicketCode(ticketCode(id, 'abcdefghijklmnop_-12'))).toEqual({
      registrationId: id,
      token: 'abcdefghijklmnop_-12',
    });
    expect(parseTicketCode(`carnation-event:${id}.short`)).toBeNull();
    expect(parseTicketCode('https://example.com')).toBeNull();
  });
  it('knows the built-in kinds and a federation’s own', () => {
    expect(isEventKind('sandplay_group')).toBe(true);
    expect(isEventKind('custom:tea-talk')).toBe(true);
    expect(isEventKind('custom:')).toBe(false);
    expect(isEventKind('party')).toBe(false);
  });
});
