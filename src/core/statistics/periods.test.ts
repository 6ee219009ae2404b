import { describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { isoWeek, resolvePeriod } from './periods';

const SH = 'Asia/Shanghai';
const today = '2026-11-30';

describe('resolvePeriod', () => {
  it('a month: its days as buckets, the previous month whatever its length, windows at Shanghai midnights', () => {
    const p = resolvePeriod({ granularity: 'month', date: '2026-03-15' }, SH, today);
    expect(p.view).toMatchObject({
      from: '2026-03-01',
      to: '2026-03-31',
      previous: { from: '2026-02-01', to: '2026-02-28' },
    });
    expect(p.window.from.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(p.window.to.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect(p.previousWindow.from.toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(p.buckets).toHaveLength(31);
    expect(p.buckets[2]).toMatchObject({
      key: '2026-03-03',
      zh: '3月3日',
      en: '3 Mar',
      from: '2026-03-03',
      to: '2026-03-03',
    });
  });

  it('23:30 Shanghai time on the last day of a month is inside that month, not the next', () => {
    const p = resolvePeriod({ granularity: 'month', date: '2026-10-31' }, SH, today);
    const late = new Date('2026-10-31T23:30:00+08:00');
    expect(late >= p.window.from && late < p.window.to).toBe(true);
    const last = p.buckets.at(-1);
    expect(last && late >= last.window.from && late < last.window.to).toBe(true);
  });

  it('a week is ISO, Monday first, seven daily buckets; the previous week before it', () => {
    const p = resolvePeriod({ granularity: 'week', date: '2026-11-29' }, SH, today); // a Sunday
    expect(p.view).toMatchObject({
      from: '2026-11-23',
      to: '2026-11-29',
      previous: { from: '2026-11-16', to: '2026-11-22' },
    });
    expect(p.buckets.map((b) => b.key)).toHaveLength(7);
  });

  it('a day is one bucket; the default date is today', () => {
    const p = resolvePeriod({ granularity: 'day' }, SH, today);
    expect(p.view).toMatchObject({
      from: today,
      to: today,
      previous: { from: '2026-11-29', to: '2026-11-29' },
    });
    expect(p.buckets).toHaveLength(1);
  });

  it('a quarter is drawn by ISO week, the first and last week clipped to the quarter', () => {
    const p = resolvePeriod({ granularity: 'quarter', date: '2026-05-20' }, SH, today);
    expect(p.view).toMatchObject({
      from: '2026-04-01',
      to: '2026-06-30',
      previous: { from: '2026-01-01', to: '2026-03-31' },
    });
    expect(p.buckets[0]).toMatchObject({ from: '2026-04-01', to: '2026-04-05', zh: '第14周', en: 'Wk 14' });
    expect(p.buckets.at(-1)).toMatchObject({ from: '2026-06-29', to: '2026-06-30' });
    // Buckets cover the quarter exactly, each following the last.
    for (let i = 1; i < p.buckets.length; i++)
      expect(p.buckets[i]?.window.from.getTime()).toBe(p.buckets[i - 1]?.window.to.getTime());
  });

  it('a year is drawn by month', () => {
    const p = resolvePeriod({ granularity: 'year', date: '2026-07-01' }, SH, today);
    expect(p.buckets.map((b) => b.zh)).toEqual(Array.from({ length: 12 }, (_, i) => `${i + 1}月`));
    expect(p.view.previous).toEqual({ from: '2025-01-01', to: '2025-12-31' });
  });

  it('a custom range: days up to 62, months beyond; the previous is as many days just before', () => {
    const short = resolvePeriod({ granularity: 'custom', from: '2026-11-01', to: '2026-11-10' }, SH, today);
    expect(short.view.previous).toEqual({ from: '2026-10-22', to: '2026-10-31' });
    expect(short.buckets).toHaveLength(10);
    const long = resolvePeriod({ granularity: 'custom', from: '2025-12-15', to: '2026-03-10' }, SH, today);
    expect(long.buckets.map((b) => [b.from, b.to, b.en])).toEqual([
      ['2025-12-15', '2025-12-31', 'Dec 2025'],
      ['2026-01-01', '2026-01-31', 'Jan 2026'],
      ['2026-02-01', '2026-02-28', 'Feb 2026'],
      ['2026-03-01', '2026-03-10', 'Mar 2026'],
    ]);
  });

  it('refuses bad ranges with invalid_query', () => {
    const code = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e instanceof AppError ? e.code : 'other';
      }
      return 'none';
    };
    expect(code(() => resolvePeriod({ granularity: 'custom', from: '2026-01-01' }, SH, today))).toBe(
      'invalid_query',
    );
    expect(
      code(() => resolvePeriod({ granularity: 'custom', from: '2026-02-01', to: '2026-01-01' }, SH, today)),
    ).toBe('invalid_query');
    expect(
      code(() => resolvePeriod({ granularity: 'custom', from: '2025-01-01', to: '2026-01-02' }, SH, today)),
    ).toBe('invalid_query');
    expect(
      code(() => resolvePeriod({ granularity: 'custom', from: '2025-01-01', to: '2026-01-01' }, SH, today)),
    ).toBe('none');
    expect(code(() => resolvePeriod({ granularity: 'month', date: '2026-02-30' }, SH, today))).toBe(
      'invalid_query',
    );
    expect(code(() => resolvePeriod({ granularity: 'month', from: '2026-02-01' }, SH, today))).toBe(
      'invalid_query',
    );
  });

  it('ISO week numbers at year ends', () => {
    expect(isoWeek(new Date('2026-01-01T00:00:00Z'))).toEqual({ year: 2026, week: 1 });
    expect(isoWeek(new Date('2027-01-01T00:00:00Z'))).toEqual({ year: 2026, week: 53 });
    expect(isoWeek(new Date('2024-12-30T00:00:00Z'))).toEqual({ year: 2025, week: 1 });
  });
});
