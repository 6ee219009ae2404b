import { describe, expect, it } from 'vitest';
import {
  type BookingPolicy,
  bookingRefusal,
  cancelRefusal,
  defaultBookingPolicy,
  policyProblems,
  reminderTimes,
} from './policy';

const now = new Date('2026-06-01T02:00:00Z');
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000);
const p = defaultBookingPolicy;

describe('bookingRefusal', () => {
  it('allows a slot between the notice and the horizon', () => {
    expect(bookingRefusal(p, now, later(120), 0)).toBeNull();
    expect(bookingRefusal(p, now, later(28 * 24 * 60), 1)).toBeNull();
  });
  it('refuses past, too-soon and too-far slots', () => {
    expect(bookingRefusal(p, now, now, 0)).toBe('slot_passed');
    expect(bookingRefusal(p, now, later(-30), 0)).toBe('slot_passed');
    expect(bookingRefusal(p, now, later(119), 0)).toBe('too_short_notice');
    expect(bookingRefusal(p, now, later(28 * 24 * 60 + 1), 0)).toBe('too_far_ahead');
  });
  it('refuses when the person already holds the most open bookings', () => {
    expect(bookingRefusal(p, now, later(600), 2)).toBe('too_many_bookings');
    expect(bookingRefusal({ ...p, maxOpenBookings: 3 }, now, later(600), 2)).toBeNull();
  });
  it('reports the slot before the person’s own count', () => {
    expect(bookingRefusal(p, now, later(60), 5)).toBe('too_short_notice');
  });
  it('lets zero notice book anything still in the future', () => {
    expect(bookingRefusal({ ...p, minNoticeMinutes: 0 }, now, later(1), 0)).toBeNull();
  });
});

describe('cancelRefusal', () => {
  it('allows cancelling up to the cutoff, inclusive', () => {
    expect(cancelRefusal(p, now, later(121))).toBeNull();
    expect(cancelRefusal(p, now, later(120))).toBeNull();
  });
  it('refuses late and past cancellations', () => {
    expect(cancelRefusal(p, now, later(119))).toBe('cancel_too_late');
    expect(cancelRefusal(p, now, now)).toBe('slot_passed');
  });
});

describe('policyProblems', () => {
  it('accepts the default and the edges of each range', () => {
    expect(policyProblems(p)).toEqual([]);
    expect(
      policyProblems({
        minNoticeMinutes: 0,
        maxAdvanceDays: 180,
        cancelCutoffMinutes: 10_080,
        maxOpenBookings: 1,
      }),
    ).toEqual([]);
  });
  it('names each field out of range or not whole', () => {
    const bad: BookingPolicy = {
      minNoticeMinutes: -1,
      maxAdvanceDays: 0,
      cancelCutoffMinutes: 10_081,
      maxOpenBookings: 1.5,
    };
    expect(policyProblems(bad)).toEqual([
      'minNoticeMinutes must be a whole number from 0 to 10080',
      'maxAdvanceDays must be a whole number from 1 to 180',
      'cancelCutoffMinutes must be a whole number from 0 to 10080',
      'maxOpenBookings must be a whole number from 1 to 20',
    ]);
    expect(policyProblems({ ...p, maxAdvanceDays: Number.NaN })).toHaveLength(1);
  });
});

describe('reminderTimes', () => {
  const slot = new Date('2026-06-10T06:00:00Z');
  it('reminds a day before and two hours before', () => {
    expect(reminderTimes(slot, now)).toEqual([
      { kind: 'day_before', at: new Date('2026-06-09T06:00:00Z') },
      { kind: 'two_hours', at: new Date('2026-06-10T04:00:00Z') },
    ]);
  });
  it('leaves out reminders already due when the booking is made', () => {
    expect(reminderTimes(slot, new Date('2026-06-09T12:00:00Z'))).toEqual([
      { kind: 'two_hours', at: new Date('2026-06-10T04:00:00Z') },
    ]);
    expect(reminderTimes(slot, new Date('2026-06-09T06:00:00Z')).map((r) => r.kind)).toEqual(['two_hours']);
    expect(reminderTimes(slot, new Date('2026-06-10T05:00:00Z'))).toEqual([]);
  });
});
