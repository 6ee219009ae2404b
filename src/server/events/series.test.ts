import { describe, expect, it } from 'vitest';
import { MAX_SERIES_EVENTS, seriesOccurrences } from './series';

const first = (startsAt: string, endsAt: string, opens: string | null = null) => ({
  startsAt: new Date(startsAt),
  endsAt: new Date(endsAt),
  registrationOpensAt: opens ? new Date(opens) : null,
  registrationClosesAt: null,
});

describe('a series of events', () => {
  it('keeps the local time across a change to summer time, and moves the registration window along', () => {
    const made = seriesOccurrences(
      first('2027-03-20T14:00:00+01:00', '2027-03-20T15:30:00+01:00', '2027-03-13T09:00:00+01:00'),
      { freq: 'weekly', weekdays: [6] },
      '2027-04-03',
      'Europe/Berlin',
    );
    expect(made.map((o) => o.startsAt.toISOString())).toEqual([
      '2027-03-20T13:00:00.000Z',
      '2027-03-27T13:00:00.000Z',
      '2027-04-03T12:00:00.000Z',
    ]);
    expect(made.map((o) => o.endsAt.toISOString())[2]).toBe('2027-04-03T13:30:00.000Z');
    expect(made.map((o) => o.registrationOpensAt?.toISOString())).toEqual([
      '2027-03-13T08:00:00.000Z',
      '2027-03-20T08:00:00.000Z',
      '2027-03-27T07:00:00.000Z',
    ]);
  });

  it('gives the 2nd and 4th Thursday of each month in Shanghai', () => {
    const made = seriesOccurrences(
      first('2026-12-10T19:00:00+08:00', '2026-12-10T21:00:00+08:00'),
      { freq: 'monthly_nth', weekday: 4, nths: [2, 4] },
      '2027-01-31',
      'Asia/Shanghai',
    );
    expect(made.map((o) => o.startsAt.toISOString())).toEqual([
      '2026-12-10T11:00:00.000Z',
      '2026-12-24T11:00:00.000Z',
      '2027-01-14T11:00:00.000Z',
      '2027-01-28T11:00:00.000Z',
    ]);
  });

  it('refuses a series that ends before it starts, gives nothing, or makes too many', () => {
    const f = first('2027-01-04T10:00:00+08:00', '2027-01-04T11:00:00+08:00');
    const code = (run: () => unknown) => {
      try {
        run();
        return null;
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(
      code(() => seriesOccurrences(f, { freq: 'weekly', weekdays: [1] }, '2027-01-01', 'Asia/Shanghai')),
    ).toBe('validation_failed');
    expect(
      code(() => seriesOccurrences(f, { freq: 'once', date: '2027-02-01' }, '2027-01-20', 'Asia/Shanghai')),
    ).toBe('validation_failed');
    expect(
      code(() =>
        seriesOccurrences(f, { freq: 'weekly', weekdays: [1, 2, 3, 4, 5] }, '2027-12-31', 'Asia/Shanghai'),
      ),
    ).toBe('validation_failed');
    expect(
      seriesOccurrences(f, { freq: 'weekly', weekdays: [1] }, '2027-12-31', 'Asia/Shanghai').length,
    ).toBeLessThanOrEqual(MAX_SERIES_EVENTS);
  });
});
