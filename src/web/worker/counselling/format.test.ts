import { describe, expect, it } from 'vitest';
import {
  dayIn,
  distanceParts,
  formatDateTime,
  formatDay,
  formatRange,
  formatTime,
  groupByDay,
  relativeDay,
  travelParts,
  weekdayRuns,
  zoneDiffers,
} from './format';

describe('times at the place', () => {
  // 2026-12-01T16:30Z is 00:30 on 2 December in Shanghai, still 1 December in London and New York.
  const lateUtc = '2026-12-01T16:30:00.000Z';

  it('puts an instant on the calendar day of the place’s zone, not the phone’s', () => {
    expect(dayIn(lateUtc, 'Asia/Shanghai')).toBe('2026-12-02');
    expect(dayIn(lateUtc, 'Europe/London')).toBe('2026-12-01');
    expect(dayIn(lateUtc, 'America/New_York')).toBe('2026-12-01');
  });

  it('shows the time of day on the place’s 24-hour clock', () => {
    expect(formatTime('2026-12-01T06:00:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('14:00');
    expect(formatTime(lateUtc, 'Asia/Shanghai', 'en')).toBe('00:30');
    expect(formatRange('2026-12-01T06:00:00Z', '2026-12-01T06:50:00Z', 'Asia/Shanghai', 'zh-CN')).toBe(
      '14:00–14:50',
    );
  });

  it('writes a day the way each language does', () => {
    expect(formatDay('2026-12-01', 'zh-CN')).toBe('12月1日 周二');
    expect(formatDay('2026-12-01', 'en')).toBe('Tue 1 Dec');
    expect(formatDateTime('2026-12-01T06:00:00Z', 'Asia/Shanghai', 'zh-CN')).toBe('12月1日 周二 14:00');
    expect(formatDateTime(lateUtc, 'Asia/Shanghai', 'en')).toBe('Wed 2 Dec, 00:30');
  });

  it('says today and tomorrow by the place’s calendar', () => {
    const now = new Date('2026-11-30T17:00:00Z'); // 01:00 on 1 December in Shanghai
    expect(relativeDay('2026-12-01', now, 'Asia/Shanghai')).toBe('today');
    expect(relativeDay('2026-12-02', now, 'Asia/Shanghai')).toBe('tomorrow');
    expect(relativeDay('2026-12-03', now, 'Asia/Shanghai')).toBeNull();
    expect(relativeDay('2026-12-01', now, 'Europe/London')).toBe('tomorrow');
    // Across a month's end.
    expect(relativeDay('2027-01-01', new Date('2026-12-31T04:00:00Z'), 'Asia/Shanghai')).toBe('tomorrow');
  });

  it('groups times by the day at the place, in time order', () => {
    const slots = [
      { id: 'c', startsAt: '2026-12-02T01:00:00Z' },
      { id: 'a', startsAt: '2026-12-01T06:00:00Z' },
      { id: 'late', startsAt: lateUtc },
      { id: 'b', startsAt: '2026-12-01T07:00:00Z' },
    ];
    expect(groupByDay(slots, 'Asia/Shanghai').map((g) => [g.day, g.items.map((s) => s.id)])).toEqual([
      ['2026-12-01', ['a', 'b']],
      ['2026-12-02', ['late', 'c']],
    ]);
    expect(groupByDay(slots, 'America/New_York').map((g) => [g.day, g.items.map((s) => s.id)])).toEqual([
      ['2026-12-01', ['a', 'b', 'late', 'c']],
    ]);
    expect(groupByDay([], 'Asia/Shanghai')).toEqual([]);
  });

  it('notes the zone only when the phone keeps another one', () => {
    expect(zoneDiffers('Asia/Shanghai', 'Asia/Shanghai')).toBe(false);
    expect(zoneDiffers('Asia/Shanghai', 'Asia/Urumqi')).toBe(true);
    expect(zoneDiffers('Asia/Shanghai', undefined)).toBe(false);
  });
});

describe('distances and travel', () => {
  it('says "nearby" under 100 m, metres to the ten under 1 km, kilometres beyond', () => {
    expect(distanceParts(0)).toEqual({ unit: 'near', value: '100' });
    expect(distanceParts(99)).toEqual({ unit: 'near', value: '100' });
    expect(distanceParts(346)).toEqual({ unit: 'm', value: '350' });
    expect(distanceParts(999)).toEqual({ unit: 'm', value: '1000' });
    expect(distanceParts(1000)).toEqual({ unit: 'km', value: '1.0' });
    expect(distanceParts(3940)).toEqual({ unit: 'km', value: '3.9' });
    expect(distanceParts(12_600)).toEqual({ unit: 'km', value: '13' });
  });

  it('leaves out walks over an hour and never says zero minutes', () => {
    expect(travelParts(0, 3)).toEqual({ walk: 1, drive: 3 });
    expect(travelParts(60, 17)).toEqual({ walk: 60, drive: 17 });
    expect(travelParts(69, 17)).toEqual({ walk: null, drive: 17 });
    expect(travelParts(null, null)).toEqual({ walk: null, drive: null });
  });
});

describe('opening days', () => {
  it('joins consecutive weekdays into runs', () => {
    expect(weekdayRuns([1, 2, 3, 4, 5])).toEqual([[1, 5]]);
    expect(weekdayRuns([3, 1])).toEqual([
      [1, 1],
      [3, 3],
    ]);
    expect(weekdayRuns([5, 6, 7, 7])).toEqual([[5, 7]]);
    expect(weekdayRuns([1, 2, 4, 6, 7, 9])).toEqual([
      [1, 2],
      [4, 4],
      [6, 7],
    ]);
  });
});
