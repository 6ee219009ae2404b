import { describe, expect, it } from 'vitest';
import { defaultSchedule, scheduleInstant, scheduleProblem, wallClockOf } from './content-schedule';

describe('scheduled publishing times', () => {
  it('reads the picked wall clock in the federation’s zone', () => {
    expect(scheduleInstant('2026-12-24', '08:00', 'Asia/Shanghai')).toBe('2026-12-24T00:00:00.000Z');
    expect(scheduleInstant('2026-12-25', '00:30', 'Asia/Shanghai')).toBe('2026-12-24T16:30:00.000Z');
    // Another federation's zone, across a DST change (Europe/Berlin springs forward on 2027-03-28).
    expect(scheduleInstant('2027-03-29', '09:00', 'Europe/Berlin')).toBe('2027-03-29T07:00:00.000Z');
  });

  it('refuses malformed fields', () => {
    expect(() => scheduleInstant('2026-1-2', '08:00', 'Asia/Shanghai')).toThrow(RangeError);
    expect(() => scheduleInstant('2026-01-02', '8:00', 'Asia/Shanghai')).toThrow(RangeError);
  });

  it('round-trips to the wall clock', () => {
    expect(wallClockOf('2026-12-24T16:30:00.000Z', 'Asia/Shanghai')).toEqual({
      date: '2026-12-25',
      time: '00:30',
    });
  });

  it('wants a time a little ahead', () => {
    const now = new Date('2026-12-03T10:00:00Z');
    expect(scheduleProblem('2026-12-03T09:59:00Z', now)).toBe('past');
    expect(scheduleProblem('2026-12-03T10:02:00Z', now)).toBe('too_soon');
    expect(scheduleProblem('2026-12-03T11:00:00Z', now)).toBeNull();
  });

  it('suggests tomorrow morning on the federation’s calendar', () => {
    // 23:30 on the 3rd in Shanghai is still the 3rd's 15:30 in UTC: tomorrow is the 4th there.
    expect(defaultSchedule(new Date('2026-12-03T15:30:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2026-12-04',
      time: '08:00',
    });
    // 00:30 on the 4th in Shanghai (16:30 UTC on the 3rd): tomorrow is the 5th there.
    expect(defaultSchedule(new Date('2026-12-03T16:30:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2026-12-05',
      time: '08:00',
    });
  });
});
