import { describe, expect, it } from 'vitest';
import {
  eventsByDay,
  eventTimeLabel,
  fullness,
  isMonth,
  monthGrid,
  monthLabel,
  monthRange,
  shiftMonth,
} from './event-calendar';

describe('the events month', () => {
  it('steps across years', () => {
    expect(shiftMonth('2026-12', 1)).toBe('2027-01');
    expect(shiftMonth('2027-01', -1)).toBe('2026-12');
    expect(shiftMonth('2026-03', -14)).toBe('2025-01');
  });

  it('covers the month in whole weeks from Monday', () => {
    const weeks = monthGrid('2026-12');
    expect(weeks[0]?.[0]).toBe('2026-11-30'); // 1 Dec 2026 is a Tuesday
    expect(weeks.at(-1)?.[6]).toBe('2027-01-03');
    expect(weeks).toHaveLength(5);
    expect(weeks.every((w) => w.length === 7)).toBe(true);
  });

  it('asks the server for the month on the federation clock', () => {
    expect(monthRange('2026-12', 'Asia/Shanghai')).toEqual({
      from: '2026-11-30T16:00:00.000Z',
      to: '2026-12-31T16:00:00.000Z',
    });
  });

  it('names the month in both languages and checks what the address gives', () => {
    expect(monthLabel('2026-12', 'zh-CN')).toBe('2026年12月');
    expect(monthLabel('2026-12', 'en')).toBe('Dec 2026');
    expect(isMonth('2026-12')).toBe(true);
    expect(isMonth('2026-13')).toBe(false);
    expect(isMonth(null)).toBe(false);
  });

  it('puts an event on the day it starts on its own clock', () => {
    const late = { startsAt: '2026-12-08T17:00:00.000Z', timeZone: 'Asia/Shanghai' }; // 01:00 on the 9th
    const urumqi = { startsAt: '2026-12-08T17:00:00.000Z', timeZone: 'Asia/Urumqi' }; // 23:00 on the 8th
    const days = eventsByDay([late, urumqi]);
    expect(days.get('2026-12-09')).toEqual([late]);
    expect(days.get('2026-12-08')).toEqual([urumqi]);
  });

  it('shows the time on the event clock, with the end date when it runs past midnight', () => {
    const zone = 'Asia/Shanghai';
    expect(
      eventTimeLabel({ startsAt: '2026-12-08T06:00:00Z', endsAt: '2026-12-08T08:00:00Z', timeZone: zone }),
    ).toBe('14:00–16:00');
    expect(
      eventTimeLabel({ startsAt: '2026-12-08T14:00:00Z', endsAt: '2026-12-08T17:00:00Z', timeZone: zone }),
    ).toBe('22:00–12-09 01:00');
  });

  it('says how full an event is', () => {
    expect(fullness({ registered: 10, capacity: 30, waitlisted: 0 })).toBe('open');
    expect(fullness({ registered: 25, capacity: 30, waitlisted: 0 })).toBe('nearly');
    expect(fullness({ registered: 30, capacity: 30, waitlisted: 0 })).toBe('full');
    expect(fullness({ registered: 30, capacity: 30, waitlisted: 3 })).toBe('waitlist');
  });
});
