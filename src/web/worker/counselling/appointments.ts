/** A booking as far as sorting and changing it goes. */
interface Dated {
  status: string;
  slot: { startsAt: string };
  changeableUntil: string | null;
}

const startOf = (b: Dated) => Date.parse(b.slot.startsAt);

/** Appointments still to come first (soonest first), then earlier and cancelled ones (latest first). */
export function splitBookings<T extends Dated>(
  bookings: readonly T[],
  now: number,
): { upcoming: T[]; past: T[] } {
  const upcoming = bookings
    .filter((b) => b.status === 'booked' && startOf(b) > now)
    .sort((a, b) => startOf(a) - startOf(b));
  const past = bookings.filter((b) => !upcoming.includes(b)).sort((a, b) => startOf(b) - startOf(a));
  return { upcoming, past };
}

/** Whether the worker may still move or cancel it here (before the station's cut-off). */
export const changeable = (b: Dated, now: number): boolean =>
  b.status === 'booked' && b.changeableUntil !== null && Date.parse(b.changeableUntil) > now;
