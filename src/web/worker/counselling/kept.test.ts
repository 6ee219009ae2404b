import { describe, expect, it } from 'vitest';
import { parseKept, withBooking, withMoved, withOpen } from './kept';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('what the phone keeps about appointments', () => {
  it('reads back only ids and the masked way; anything else counts as nothing', () => {
    expect(parseKept(null)).toEqual({ ids: [], way: null });
    expect(parseKept('not json')).toEqual({ ids: [], way: null });
    expect(
      parseKept(JSON.stringify({ ids: [id(1), 'x', 3], way: { kind: 'phone', masked: '138****8000' } })),
    ).toEqual({ ids: [id(1)], way: { kind: 'phone', masked: '138****8000' } });
    // A full number (or anything not masked) is never taken as the kept way.
    expect(
      parseKept(JSON.stringify({ ids: [], way: { kind: 'phone', masked: '13800138000x' } })).way,
    ).toBeNull();
    expect(parseKept(JSON.stringify({ ids: [], way: { kind: 'retrieval', code: 'ABCD' } })).way).toEqual({
      kind: 'retrieval',
    });
  });

  it('adds a booking once and remembers the latest way', () => {
    const first = withBooking({ ids: [], way: null }, id(1), { kind: 'phone', masked: '138****8000' });
    const again = withBooking(first, id(1), { kind: 'retrieval' });
    expect(again).toEqual({ ids: [id(1)], way: { kind: 'retrieval' } });
    expect(JSON.stringify(again)).not.toMatch(/13800138000/);
  });

  it('puts the new booking in place of the one that was moved', () => {
    const kept = { ids: [id(1), id(2)], way: { kind: 'retrieval' as const } };
    expect(withMoved(kept, id(1), id(3)).ids).toEqual([id(3), id(2)]);
    expect(withMoved(kept, id(9), id(3)).ids).toEqual([id(1), id(2), id(3)]);
  });

  it('keeps only bookings still open and to come after the server listed them', () => {
    const now = new Date('2026-12-01T00:00:00Z');
    const b = (n: number, status: string, startsAt: string) => ({ id: id(n), status, slot: { startsAt } });
    const kept = withOpen(
      { ids: [id(1)], way: { kind: 'retrieval' } },
      [
        b(1, 'cancelled', '2026-12-02T06:00:00Z'),
        b(2, 'booked', '2026-12-02T06:00:00Z'),
        b(3, 'booked', '2026-11-30T06:00:00Z'),
        b(4, 'attended', '2026-11-20T06:00:00Z'),
      ],
      now,
    );
    expect(kept).toEqual({ ids: [id(2)], way: { kind: 'retrieval' } });
  });
});
