import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { checkinRefusal, opensAt, parseCheckinHash, pickForCheckin } from './checkin';

const P = '0b7f6b8e-5d0c-4a59-9a43-3c1e6f0a1b2c';
const Q = '7a1c2d3e-4f50-4a61-8b72-9c8d7e6f5a4b';

describe('the poster’s check-in link', () => {
  it('reads the station and the code from the fragment', () => {
    expect(parseCheckinHash(`#p=${P}&c=abcd2345efgh`)).toEqual({ pointId: P, code: 'abcd2345efgh' });
    expect(parseCheckinHash(`#p=${P.toUpperCase()}&c=abcd2345efgh`)).toEqual({
      pointId: P,
      code: 'abcd2345efgh',
    });
  });

  it('tells no link from a damaged one', () => {
    expect(parseCheckinHash('')).toBeNull();
    expect(parseCheckinHash('#')).toBeNull();
    expect(parseCheckinHash(`#p=${P}`)).toBe('broken');
    expect(parseCheckinHash(`#p=${P}&c=ab`)).toBe('broken');
    expect(parseCheckinHash('#p=station-1&c=abcd2345efgh')).toBe('broken');
    expect(parseCheckinHash(`#p=${P}&c=<script>`)).toBe('broken');
  });
});

describe('which appointment a scan is for', () => {
  const now = Date.parse('2026-12-03T05:30:00Z'); // 13:30 in Shanghai
  const b = (
    id: string,
    point: string,
    startsAt: string,
    status = 'booked',
    checkedInAt: string | null = null,
  ) => ({
    id,
    status,
    checkedInAt,
    slot: { startsAt, endsAt: new Date(Date.parse(startsAt) + 50 * 60_000).toISOString() },
    servicePoint: { id: point, timeZone: 'Asia/Shanghai' },
  });

  it('is today’s appointment at that station, the earliest not yet over', () => {
    const list = [
      b('later-today', P, '2026-12-03T08:00:00Z'),
      b('now', P, '2026-12-03T06:00:00Z'),
      b('elsewhere', Q, '2026-12-03T05:45:00Z'),
      b('over', P, '2026-12-03T03:00:00Z'),
      b('cancelled', P, '2026-12-03T05:40:00Z', 'cancelled'),
    ];
    expect(pickForCheckin(list, P, now)).toMatchObject({ kind: 'check', booking: { id: 'now' } });
    // Later today (check-in not open yet) still goes to the server, which says when it opens.
    expect(pickForCheckin([list[0] as (typeof list)[0]], P, now)).toMatchObject({
      kind: 'check',
      booking: { id: 'later-today' },
    });
  });

  it('needs nothing sent when already checked in', () => {
    const done = b('done', P, '2026-12-03T06:00:00Z', 'booked', '2026-12-03T05:20:00Z');
    expect(pickForCheckin([done], P, now)).toMatchObject({ kind: 'done', booking: { id: 'done' } });
  });

  it('says there is nothing here today, and names the next appointment here', () => {
    expect(pickForCheckin([], P, now)).toEqual({ kind: 'none', next: null });
    expect(pickForCheckin([b('elsewhere', Q, '2026-12-03T06:00:00Z')], P, now)).toEqual({
      kind: 'none',
      next: null,
    });
    const nextWeek = b('next-week', P, '2026-12-10T01:00:00Z');
    expect(pickForCheckin([nextWeek], P, now)).toEqual({ kind: 'none', next: nextWeek });
  });

  it('counts an appointment just after midnight as today late in the evening', () => {
    const late = Date.parse('2026-12-03T15:30:00Z'); // 23:30 in Shanghai
    const soon = b('soon', P, '2026-12-03T16:30:00Z'); // 00:30 the next day
    expect(pickForCheckin([soon], P, late)).toMatchObject({ kind: 'check' });
  });

  it('opens check-in an hour before', () => {
    expect(opensAt('2026-12-03T06:00:00Z').toISOString()).toBe('2026-12-03T05:00:00.000Z');
  });
});

describe('what the check-in page says when the server refuses', () => {
  const refused = (status: number, code: string) => checkinRefusal(new ApiError(status, code, code));
  it('names each refusal', () => {
    expect(refused(400, 'invalid_checkin_code')).toBe('wrongCode');
    expect(refused(409, 'checkin_closed')).toBe('notYet');
    expect(refused(404, 'booking_not_found')).toBe('notFound');
    expect(refused(409, 'booking_closed')).toBe('closed');
    expect(refused(0, 'network')).toBe('network');
    expect(checkinRefusal(new Error('boom'))).toBe('network');
    expect(refused(500, 'internal')).toBe('other');
  });
});
