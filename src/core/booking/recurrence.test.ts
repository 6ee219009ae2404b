import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  describeRule,
  isoWeekday,
  isValidDate,
  occurrences,
  type RecurrenceRule,
  ruleProblems,
  type Weekday,
} from './recurrence';

describe('date helpers', () => {
  it('accepts real dates only', () => {
    expect(isValidDate('2026-02-28')).toBe(true);
    expect(isValidDate('2028-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-1-01')).toBe(false);
    expect(isValidDate('2026-01-01T00:00')).toBe(false);
  });
  it('adds days across months, years and leap days', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-08', 0)).toBe('2026-03-08');
  });
  it('numbers weekdays the ISO way', () => {
    expect(isoWeekday('2026-06-01')).toBe(1); // a Monday
    expect(isoWeekday('2026-03-08')).toBe(7); // a Sunday
    expect(isoWeekday('2026-12-03')).toBe(4);
  });
});

describe('occurrences', () => {
  it('lists weekly days within the range', () => {
    const rule: RecurrenceRule = { freq: 'weekly', weekdays: [4, 2] };
    expect(occurrences(rule, '2026-01-01', null, '2026-06-01', '2026-06-14')).toEqual([
      '2026-06-02',
      '2026-06-04',
      '2026-06-09',
      '2026-06-11',
    ]);
  });
  it('counts every-N-weeks from the Monday of validFrom, whatever the range asked for', () => {
    // validFrom is a Wednesday; its week starts Monday 2 March, so Saturdays 7, 21 March and 4 April.
    const rule: RecurrenceRule = { freq: 'weekly', weekdays: [6], intervalWeeks: 2 };
    expect(occurrences(rule, '2026-03-04', null, '2026-03-01', '2026-04-10')).toEqual([
      '2026-03-07',
      '2026-03-21',
      '2026-04-04',
    ]);
    expect(occurrences(rule, '2026-03-04', null, '2026-03-15', '2026-04-10')).toEqual([
      '2026-03-21',
      '2026-04-04',
    ]);
  });
  it('finds the 2nd and 4th Thursday, and the last Friday', () => {
    expect(
      occurrences(
        { freq: 'monthly_nth', weekday: 4, nths: [2, 4] },
        '2026-01-01',
        null,
        '2026-01-01',
        '2026-03-31',
      ),
    ).toEqual(['2026-01-08', '2026-01-22', '2026-02-12', '2026-02-26', '2026-03-12', '2026-03-26']);
    expect(
      occurrences(
        { freq: 'monthly_nth', weekday: 5, nths: [-1] },
        '2026-01-01',
        null,
        '2026-01-01',
        '2026-05-31',
      ),
    ).toEqual(['2026-01-30', '2026-02-27', '2026-03-27', '2026-04-24', '2026-05-29']);
  });
  it('gives a 5th weekday only in months that have one', () => {
    // Thursdays in 2026: the fifth falls in January (29th) and April (30th), not in February or March.
    expect(
      occurrences(
        { freq: 'monthly_nth', weekday: 4, nths: [5] },
        '2026-01-01',
        null,
        '2026-01-01',
        '2026-04-30',
      ),
    ).toEqual(['2026-01-29', '2026-04-30']);
  });
  it('skips days a month lacks', () => {
    expect(
      occurrences({ freq: 'monthly_day', days: [31, 1] }, '2026-01-01', null, '2026-01-15', '2026-05-01'),
    ).toEqual(['2026-01-31', '2026-02-01', '2026-03-01', '2026-03-31', '2026-04-01', '2026-05-01']);
  });
  it('keeps within validFrom and validUntil', () => {
    const rule: RecurrenceRule = { freq: 'monthly_day', days: [15] };
    expect(occurrences(rule, '2026-02-16', '2026-04-15', '2026-01-01', '2026-12-31')).toEqual([
      '2026-03-15',
      '2026-04-15',
    ]);
    expect(occurrences(rule, '2026-05-01', '2026-04-01', '2026-01-01', '2026-12-31')).toEqual([]);
  });
  it('gives a one-off date only when it is in range', () => {
    const rule: RecurrenceRule = { freq: 'once', date: '2026-12-03' };
    expect(occurrences(rule, '2026-01-01', null, '2026-12-03', '2026-12-03')).toEqual(['2026-12-03']);
    expect(occurrences(rule, '2026-12-04', null, '2026-01-01', '2026-12-31')).toEqual([]);
    expect(occurrences(rule, '2026-01-01', null, '2026-12-04', '2026-12-31')).toEqual([]);
  });
  it('refuses malformed dates', () => {
    expect(() =>
      occurrences({ freq: 'monthly_day', days: [1] }, '2026-02-30', null, '2026-01-01', '2026-12-31'),
    ).toThrow(RangeError);
  });

  const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2025-11-01', n));
  const rule: fc.Arbitrary<RecurrenceRule> = fc.oneof(
    fc.record({
      freq: fc.constant('weekly' as const),
      weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1 }).map((xs) => xs as Weekday[]),
      intervalWeeks: fc.integer({ min: 1, max: 8 }),
    }),
    fc.record({
      freq: fc.constant('monthly_nth' as const),
      weekday: fc.integer({ min: 1, max: 7 }).map((x) => x as Weekday),
      nths: fc.uniqueArray(fc.constantFrom(1, 2, 3, 4, 5, -1), { minLength: 1 }),
    }),
    fc.record({
      freq: fc.constant('monthly_day' as const),
      days: fc.uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1 }),
    }),
  );

  it('is ascending, unique, in range, and the same when the range is split in two', () => {
    fc.assert(
      fc.property(rule, day, day, day, (r, validFrom, a, b) => {
        const [from, to] = a <= b ? [a, b] : [b, a];
        const all = occurrences(r, validFrom, null, from, to);
        for (let i = 1; i < all.length; i++) expect((all[i - 1] ?? '') < (all[i] ?? '')).toBe(true);
        for (const d of all) expect(d >= from && d <= to && d >= validFrom).toBe(true);
        const mid = addDays(from, Math.floor((Date.parse(to) - Date.parse(from)) / 172_800_000));
        expect([
          ...occurrences(r, validFrom, null, from, mid),
          ...occurrences(r, validFrom, null, addDays(mid, 1), to),
        ]).toEqual(all);
      }),
    );
  });
});

describe('ruleProblems', () => {
  it('accepts good rules', () => {
    expect(ruleProblems({ freq: 'weekly', weekdays: [2, 4], intervalWeeks: 2 })).toEqual([]);
    expect(ruleProblems({ freq: 'monthly_nth', weekday: 4, nths: [2, 4, -1] })).toEqual([]);
    expect(ruleProblems({ freq: 'monthly_day', days: [1, 31] })).toEqual([]);
    expect(ruleProblems({ freq: 'once', date: '2026-12-03' })).toEqual([]);
  });
  it('names what is wrong', () => {
    expect(ruleProblems({ freq: 'weekly', weekdays: [] })).toEqual(['weekdays must not be empty']);
    expect(ruleProblems({ freq: 'weekly', weekdays: [2, 2, 8 as Weekday], intervalWeeks: 9 })).toEqual([
      'weekdays must be from 1 (Monday) to 7 (Sunday)',
      'weekdays must not repeat',
      'intervalWeeks must be a whole number from 1 to 8',
    ]);
    expect(ruleProblems({ freq: 'monthly_nth', weekday: 0 as Weekday, nths: [0, 6] })).toHaveLength(2);
    expect(ruleProblems({ freq: 'monthly_nth', weekday: 1, nths: [] })).toEqual(['nths must not be empty']);
    expect(ruleProblems({ freq: 'monthly_day', days: [0, 32, 1.5] })).toEqual(['days must be from 1 to 31']);
    expect(ruleProblems({ freq: 'once', date: '2026-02-30' })).toEqual([
      'date must be a valid YYYY-MM-DD date',
    ]);
    expect(ruleProblems({ freq: 'yearly' } as unknown as RecurrenceRule)).toEqual(['unknown frequency']);
  });
});

describe('describeRule', () => {
  it.each<[RecurrenceRule, string, string]>([
    [
      { freq: 'monthly_nth', weekday: 4, nths: [4, 2] },
      '每月第2、4个周四',
      'The 2nd and 4th Thursday of each month',
    ],
    [{ freq: 'monthly_nth', weekday: 5, nths: [-1] }, '每月最后一个周五', 'The last Friday of each month'],
    [
      { freq: 'monthly_nth', weekday: 1, nths: [-1, 1] },
      '每月第1个和最后一个周一',
      'The 1st and last Monday of each month',
    ],
    [{ freq: 'weekly', weekdays: [4, 2] }, '每周二、周四', 'Every Tuesday and Thursday'],
    [{ freq: 'weekly', weekdays: [1, 3, 5] }, '每周一、周三、周五', 'Every Monday, Wednesday and Friday'],
    [{ freq: 'weekly', weekdays: [6], intervalWeeks: 2 }, '每两周的周六', 'Every 2 weeks on Saturday'],
    [{ freq: 'weekly', weekdays: [7], intervalWeeks: 3 }, '每三周的周日', 'Every 3 weeks on Sunday'],
    [{ freq: 'monthly_day', days: [15] }, '每月15日', 'On the 15th of each month'],
    [
      { freq: 'monthly_day', days: [22, 1, 11] },
      '每月1、11、22日',
      'On the 1st, 11th and 22nd of each month',
    ],
    [{ freq: 'once', date: '2026-12-03' }, '2026年12月3日', '3 December 2026'],
  ])('%j', (rule, zh, en) => {
    expect(describeRule(rule, 'zh-CN')).toBe(zh);
    expect(describeRule(rule, 'en')).toBe(en);
  });
});
