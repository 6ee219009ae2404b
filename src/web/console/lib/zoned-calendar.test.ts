import { describe, expect, it } from 'vitest';
import {
  dateLabel,
  groupByDay,
  instantOf,
  localDateOf,
  localTimeOf,
  mondayOf,
  nextStep,
  periodLabel,
  shiftDate,
  viewDays,
  viewRange,
  weekdayLabel,
} from './zoned-calendar';

const SH = 'Asia/Shanghai';

describe('days and weeks in a service point’s zone', () => {
  it('reads local dates and times in the zone, not the machine’s', () => {
    // 23:30 UTC on 30 November is 07:30 on 1 December in Shanghai.
    expect(localDateOf('2026-11-30T23:30:00.000Z', SH)).toBe('2026-12-01');
    expect(localTimeOf('2026-11-30T23:30:00.000Z', SH)).toBe('07:30');
    expect(localDateOf('2026-11-30T23:30:00.000Z', 'Europe/London')).toBe('2026-11-30');
    expect(instantOf('2026-12-01', '07:30', SH)).toBe('2026-11-30T23:30:00.000Z');
  });

  it('weeks run Monday to Sunday, also across a month and a year', () => {
    expect(mondayOf('2026-12-03')).toBe('2026-11-30'); // a Thursday
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30'); // a Sunday belongs to the week before
    expect(viewDays('week', '2027-01-01')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(viewDays('day', '2026-12-03')).toEqual(['2026-12-03']);
  });

  it('asks the API from local midnight to the midnight after the last day', () => {
    expect(viewRange('day', '2026-12-03', SH)).toEqual({
      from: '2026-12-02T16:00:00.000Z',
      to: '2026-12-03T16:00:00.000Z',
    });
    expect(viewRange('week', '2026-12-03', SH)).toEqual({
      from: '2026-11-29T16:00:00.000Z',
      to: '2026-12-06T16:00:00.000Z',
    });
  });

  it('keeps a week seven local days long across a daylight-saving change', () => {
    // Europe/London moves its clocks back on Sunday 25 October 2026: that week has 169 hours.
    const { from, to } = viewRange('week', '2026-10-22', 'Europe/London');
    expect(from).toBe('2026-10-18T23:00:00.000Z');
    expect(to).toBe('2026-10-26T00:00:00.000Z');
    expect((Date.parse(to) - Date.parse(from)) / 3_600_000).toBe(169);
  });

  it('steps by a day or a week', () => {
    expect(shiftDate('day', '2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDate('week', '2026-12-03', -1)).toBe('2026-11-26');
  });

  it('groups entries by the local day they start on, in time order', () => {
    const e = (startsAt: string) => ({ slot: { startsAt } });
    const late = e('2026-12-01T15:30:00.000Z'); // 23:30 on 1 December in Shanghai
    const early = e('2026-12-01T16:30:00.000Z'); // 00:30 on 2 December
    const first = e('2026-12-01T01:00:00.000Z');
    const outside = e('2026-12-09T01:00:00.000Z');
    const groups = groupByDay([late, early, first, outside], ['2026-12-01', '2026-12-02'], () => SH);
    expect(groups.get('2026-12-01')).toEqual([first, late]);
    expect(groups.get('2026-12-02')).toEqual([early]);
    expect([...groups.keys()]).toEqual(['2026-12-01', '2026-12-02']);
  });

  it('rounds a walk-in’s start up to the next five minutes on the local clock', () => {
    expect(nextStep(new Date('2026-12-01T02:03:10Z'), 5, SH)).toEqual({ date: '2026-12-01', time: '10:05' });
    expect(nextStep(new Date('2026-12-01T02:05:00Z'), 5, SH)).toEqual({ date: '2026-12-01', time: '10:05' });
    expect(nextStep(new Date('2026-12-01T15:58:00Z'), 5, SH)).toEqual({ date: '2026-12-02', time: '00:00' });
  });

  it('labels days and weeks as people write them', () => {
    expect(weekdayLabel('2026-12-01', 'zh-CN')).toBe('周二');
    expect(weekdayLabel('2026-12-06', 'en')).toBe('Sun');
    expect(dateLabel('2026-12-01', 'zh-CN')).toBe('12月1日');
    expect(dateLabel('2026-12-01', 'en', true)).toBe('1 Dec 2026');
    expect(periodLabel('day', '2026-12-01', 'zh-CN')).toBe('2026年12月1日 周二');
    expect(periodLabel('week', '2026-12-01', 'zh-CN')).toBe('2026年11月30日 – 12月6日');
    expect(periodLabel('week', '2026-12-01', 'en')).toBe('30 Nov – 6 Dec 2026');
    expect(periodLabel('week', '2026-12-31', 'zh-CN')).toBe('2026年12月28日 – 2027年1月3日');
    expect(periodLabel('week', '2026-12-31', 'en')).toBe('28 Dec 2026 – 3 Jan 2027');
  });
});
