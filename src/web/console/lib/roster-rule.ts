import { addDays, describeRule, occurrences, type RecurrenceRule } from '../../../core/booking/recurrence';
import type { RosterRule } from './types';

export type RuleFreq = RosterRule['freq'];
export const ruleFreqs: RuleFreq[] = ['weekly', 'monthly_nth', 'monthly_day', 'once'];

/** "Which" weeks of the month the monthly rule offers: the 1st to 5th, and the last (-1). */
export const nthChoices = [1, 2, 3, 4, 5, -1] as const;

/**
 * The rule part of the roster form. Every kind keeps its own fields, so switching kinds back and forth in
 * the form loses nothing the user chose.
 */
export interface RuleForm {
  freq: RuleFreq;
  weekdays: number[];
  intervalWeeks: number;
  weekday: number;
  nths: number[];
  days: number[];
  date: string | null;
}

const unique = (xs: readonly number[]) => [...new Set(xs)];
const ascending = (xs: readonly number[]) => unique(xs).sort((a, b) => a - b);
/** 1..5 in order, then the last week. */
const nthOrder = (xs: readonly number[]) =>
  unique(xs).sort((a, b) => (a === -1 ? 99 : a) - (b === -1 ? 99 : b));

/** A fresh form: weekly on the weekday of the first day the duty runs. */
export function emptyRuleForm(firstDay: string, weekday: number): RuleForm {
  return {
    freq: 'weekly',
    weekdays: [weekday],
    intervalWeeks: 1,
    weekday,
    nths: [],
    days: [],
    date: firstDay,
  };
}

/** The form for a saved rule; the other kinds' fields start from sensible values. */
export function formFromRule(rule: RosterRule, firstDay: string, weekday: number): RuleForm {
  const base = emptyRuleForm(firstDay, weekday);
  switch (rule.freq) {
    case 'weekly':
      return {
        ...base,
        freq: 'weekly',
        weekdays: [...rule.weekdays],
        intervalWeeks: rule.intervalWeeks ?? 1,
      };
    case 'monthly_nth':
      return { ...base, freq: 'monthly_nth', weekday: rule.weekday, nths: [...rule.nths] };
    case 'monthly_day':
      return { ...base, freq: 'monthly_day', days: [...rule.days] };
    case 'once':
      return { ...base, freq: 'once', date: rule.date };
  }
}

/** What is missing before the form makes a rule: keys of the console's texts under rosters.ruleProblems. */
export type RuleProblem = 'weekdays' | 'nths' | 'days' | 'date';

export function ruleFormProblems(form: RuleForm): RuleProblem[] {
  switch (form.freq) {
    case 'weekly':
      return form.weekdays.length ? [] : ['weekdays'];
    case 'monthly_nth':
      return form.nths.length ? [] : ['nths'];
    case 'monthly_day':
      return form.days.length ? [] : ['days'];
    case 'once':
      return form.date ? [] : ['date'];
  }
}

/** The rule the API takes, with its lists sorted and without repeats; null while something is missing. */
export function ruleFromForm(form: RuleForm): RosterRule | null {
  if (ruleFormProblems(form).length) return null;
  switch (form.freq) {
    case 'weekly': {
      const weekdays = ascending(form.weekdays);
      return form.intervalWeeks > 1
        ? { freq: 'weekly', weekdays, intervalWeeks: form.intervalWeeks }
        : { freq: 'weekly', weekdays };
    }
    case 'monthly_nth':
      return { freq: 'monthly_nth', weekday: form.weekday, nths: nthOrder(form.nths) };
    case 'monthly_day':
      return { freq: 'monthly_day', days: ascending(form.days) };
    case 'once':
      return { freq: 'once', date: form.date as string };
  }
}

// The API's rule is the core's, with weekdays as plain numbers (the server checked they are 1 to 7).
const asCore = (rule: RosterRule) => rule as RecurrenceRule;

/** The one-line description the server will give the roster, shown while the form is filled in. */
export const ruleSummary = (rule: RosterRule, lang: string): string =>
  describeRule(asCore(rule), lang === 'en' ? 'en' : 'zh-CN');

/**
 * The next dates the duty falls on (from `today` or its first day, whichever is later), for the form's
 * preview; at most `count`, looking a year ahead.
 */
export function nextDates(
  rule: RosterRule,
  validFrom: string,
  validUntil: string | null,
  today: string,
  count = 4,
): string[] {
  const from = validFrom > today ? validFrom : today;
  return occurrences(asCore(rule), validFrom, validUntil, from, addDays(from, 366)).slice(0, count);
}

const minutesOf = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** How many appointments fit in a duty: a slot, then the buffer, while the slot still ends by closing time. */
export function slotsPerDuty(startTime: string, endTime: string, slotMinutes: number, bufferMinutes: number) {
  const span = (endTime === '24:00' ? 1440 : minutesOf(endTime)) - minutesOf(startTime);
  if (slotMinutes <= 0 || span < slotMinutes) return 0;
  return Math.floor((span - slotMinutes) / (slotMinutes + bufferMinutes)) + 1;
}
