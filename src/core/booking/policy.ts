export interface BookingPolicy {
  minNoticeMinutes: number;
  maxAdvanceDays: number;
  cancelCutoffMinutes: number;
  maxOpenBookings: number;
}
export const defaultBookingPolicy: BookingPolicy = {
  minNoticeMinutes: 120,
  maxAdvanceDays: 28,
  cancelCutoffMinutes: 120,
  maxOpenBookings: 2,
};
export type PolicyRefusal =
  | 'slot_passed'
  | 'too_short_notice'
  | 'too_far_ahead'
  | 'too_many_bookings'
  | 'cancel_too_late';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** null when a booking of a slot starting at slotStart may be made now by someone holding openBookings future bookings (not counting one being rescheduled). */
export function bookingRefusal(
  p: BookingPolicy,
  now: Date,
  slotStart: Date,
  openBookings: number,
): PolicyRefusal | null {
  const start = slotStart.getTime();
  const t = now.getTime();
  // Ordered so the person hears about the slot before hearing about their own bookings.
  if (start <= t) return 'slot_passed';
  if (start < t + p.minNoticeMinutes * MINUTE_MS) return 'too_short_notice';
  if (start > t + p.maxAdvanceDays * DAY_MS) return 'too_far_ahead';
  if (openBookings >= p.maxOpenBookings) return 'too_many_bookings';
  return null;
}

export function cancelRefusal(p: BookingPolicy, now: Date, slotStart: Date): PolicyRefusal | null {
  if (slotStart.getTime() <= now.getTime()) return 'slot_passed';
  if (now.getTime() > slotStart.getTime() - p.cancelCutoffMinutes * MINUTE_MS) return 'cancel_too_late';
  return null;
}

export function policyProblems(p: BookingPolicy): string[] {
  const ranges: [keyof BookingPolicy, number, number][] = [
    ['minNoticeMinutes', 0, 10_080],
    ['maxAdvanceDays', 1, 180],
    ['cancelCutoffMinutes', 0, 10_080],
    ['maxOpenBookings', 1, 20],
  ];
  return ranges
    .filter(([key, lo, hi]) => !(Number.isInteger(p[key]) && p[key] >= lo && p[key] <= hi))
    .map(([key, lo, hi]) => `${key} must be a whole number from ${lo} to ${hi}`);
}

/** When reminders are due for an appointment: the day before (24 h before) and 2 hours before; a reminder whose time has already passed at booking time is not sent (returns only future ones, relative to bookedAt). */
export function reminderTimes(
  slotStart: Date,
  bookedAt: Date,
): { kind: 'day_before' | 'two_hours'; at: Date }[] {
  const reminders = [
    { kind: 'day_before' as const, at: new Date(slotStart.getTime() - DAY_MS) },
    { kind: 'two_hours' as const, at: new Date(slotStart.getTime() - 2 * HOUR_MS) },
  ];
  return reminders.filter((r) => r.at.getTime() > bookedAt.getTime());
}
