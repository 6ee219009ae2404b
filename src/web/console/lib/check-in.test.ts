import { describe, expect, it } from 'vitest';
import { checkedInTime, posterCode } from './check-in';
import type { CalendarEntry } from './types';

const entry = (booking: Partial<NonNullable<CalendarEntry['booking']>> | null, timeZone = 'Asia/Shanghai') =>
  ({
    slot: { id: 's', kind: 'rostered', startsAt: '', endsAt: '', modes: ['in_person'], note: null },
    servicePoint: { id: 'p', name: '驿站', nameEn: 'Station', timeZone },
    counsellor: { id: 'c', name: '王老师' },
    room: null,
    booking: booking
      ? {
          id: 'b',
          status: 'booked',
          source: 'worker',
          mode: 'in_person',
          topic: null,
          sharesResults: false,
          sharedResults: null,
          contact: null,
          checkedInAt: null,
          createdAt: '',
          ...booking,
        }
      : null,
  }) as CalendarEntry;

describe('check-in', () => {
  it('prints a code in capitals, in groups of four, whatever it came as', () => {
    expect(posterCode('abcdefghjkmn')).toBe('ABCD EFGH JKMN');
    expect(posterCode('abcd-efgh jk')).toBe('ABCD EFGH JK');
    expect(posterCode('abc')).toBe('ABC');
  });

  it('gives the time a worker checked in on the station’s clock, and nothing when they have not', () => {
    expect(checkedInTime(entry({ checkedInAt: '2026-12-01T05:47:00.000Z' }))).toBe('13:47');
    expect(checkedInTime(entry({ checkedInAt: '2026-12-01T05:47:00.000Z' }, 'Asia/Urumqi'))).toBe('11:47');
    expect(checkedInTime(entry({ checkedInAt: '2026-12-01T05:47:00.000Z', status: 'attended' }))).toBe(
      '13:47',
    );
    expect(checkedInTime(entry({ checkedInAt: null }))).toBeNull();
    expect(checkedInTime(entry(null))).toBeNull();
    expect(checkedInTime(entry({ checkedInAt: '2026-12-01T05:47:00.000Z', status: 'cancelled' }))).toBeNull();
  });
});
