import { describe, expect, it } from 'vitest';
import { changeable, splitBookings } from './appointments';

const b = (id: string, status: string, startsAt: string, changeableUntil: string | null = null) => ({
  id,
  status,
  slot: { startsAt },
  changeableUntil,
});
const now = Date.parse('2026-12-01T00:00:00Z');

describe('my appointments', () => {
  it('shows the ones to come soonest first, then the rest latest first', () => {
    const { upcoming, past } = splitBookings(
      [
        b('later', 'booked', '2026-12-10T06:00:00Z'),
        b('old', 'attended', '2026-11-01T06:00:00Z'),
        b('soon', 'booked', '2026-12-02T06:00:00Z'),
        b('cancelled', 'cancelled', '2026-12-05T06:00:00Z'),
        b('passed', 'booked', '2026-11-30T06:00:00Z'),
      ],
      now,
    );
    expect(upcoming.map((x) => x.id)).toEqual(['soon', 'later']);
    expect(past.map((x) => x.id)).toEqual(['cancelled', 'passed', 'old']);
  });

  it('may be changed here only while booked and before the station’s cut-off', () => {
    expect(changeable(b('x', 'booked', '2026-12-02T06:00:00Z', '2026-12-02T04:00:00Z'), now)).toBe(true);
    expect(changeable(b('x', 'booked', '2026-12-01T01:00:00Z', '2026-11-30T23:00:00Z'), now)).toBe(false);
    expect(changeable(b('x', 'cancelled', '2026-12-02T06:00:00Z', null), now)).toBe(false);
  });
});
