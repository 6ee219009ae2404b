import { describe, expect, it } from 'vitest';
import {
  emptyRuleForm,
  formFromRule,
  nextDates,
  ruleFormProblems,
  ruleFromForm,
  ruleSummary,
  slotsPerDuty,
} from './roster-rule';

const base = emptyRuleForm('2026-12-01', 2);

describe('building a duty roster’s rule in the form', () => {
  it('builds weekly rules, with “every N weeks” only when N is more than one', () => {
    expect(ruleFromForm({ ...base, weekdays: [4, 2, 4] })).toEqual({ freq: 'weekly', weekdays: [2, 4] });
    expect(ruleFromForm({ ...base, weekdays: [6], intervalWeeks: 2 })).toEqual({
      freq: 'weekly',
      weekdays: [6],
      intervalWeeks: 2,
    });
  });

  it('builds “the nth weekday of the month” with several n and the last, the last at the end', () => {
    const rule = ruleFromForm({ ...base, freq: 'monthly_nth', weekday: 4, nths: [-1, 3, 1] });
    expect(rule).toEqual({ freq: 'monthly_nth', weekday: 4, nths: [1, 3, -1] });
    expect(ruleSummary(rule as never, 'zh-CN')).toBe('每月第1、3个和最后一个周四');
    expect(ruleSummary(rule as never, 'en')).toBe('The 1st, 3rd and last Thursday of each month');
  });

  it('builds days of the month and a single date', () => {
    expect(ruleFromForm({ ...base, freq: 'monthly_day', days: [15, 1] })).toEqual({
      freq: 'monthly_day',
      days: [1, 15],
    });
    expect(ruleFromForm({ ...base, freq: 'once', date: '2026-12-24' })).toEqual({
      freq: 'once',
      date: '2026-12-24',
    });
  });

  it('says what is missing instead of making an empty rule', () => {
    expect(ruleFormProblems({ ...base, weekdays: [] })).toEqual(['weekdays']);
    expect(ruleFromForm({ ...base, weekdays: [] })).toBeNull();
    expect(ruleFormProblems({ ...base, freq: 'monthly_nth' })).toEqual(['nths']);
    expect(ruleFormProblems({ ...base, freq: 'monthly_day' })).toEqual(['days']);
    expect(ruleFormProblems({ ...base, freq: 'once', date: null })).toEqual(['date']);
  });

  it('round-trips a saved rule, keeping sensible values for the other kinds', () => {
    for (const rule of [
      { freq: 'weekly', weekdays: [2, 4] },
      { freq: 'weekly', weekdays: [6], intervalWeeks: 2 },
      { freq: 'monthly_nth', weekday: 6, nths: [2, 4] },
      { freq: 'monthly_day', days: [1, 15] },
      { freq: 'once', date: '2026-12-24' },
    ] as const) {
      const form = formFromRule(rule as never, '2026-12-01', 2);
      expect(ruleFromForm(form)).toEqual(rule);
    }
    const form = formFromRule({ freq: 'monthly_day', days: [5] }, '2026-12-01', 2);
    expect(ruleFromForm({ ...form, freq: 'weekly' })).toEqual({ freq: 'weekly', weekdays: [2] });
  });

  it('previews the next dates from today or the first day, whichever is later', () => {
    const rule = { freq: 'monthly_nth', weekday: 6, nths: [2, 4] } as const;
    expect(nextDates(rule as never, '2026-11-22', null, '2026-12-01')).toEqual([
      '2026-12-12',
      '2026-12-26',
      '2027-01-09',
      '2027-01-23',
    ]);
    expect(nextDates({ freq: 'weekly', weekdays: [1] }, '2027-01-01', '2027-01-10', '2026-12-01', 5)).toEqual(
      ['2027-01-04'],
    );
  });

  it('counts the appointments a duty holds, as the server lays them out', () => {
    expect(slotsPerDuty('14:00', '17:00', 50, 10)).toBe(3);
    expect(slotsPerDuty('09:00', '12:00', 60, 0)).toBe(3);
    expect(slotsPerDuty('09:00', '09:30', 50, 10)).toBe(0);
    expect(slotsPerDuty('23:00', '24:00', 50, 10)).toBe(1);
  });
});
