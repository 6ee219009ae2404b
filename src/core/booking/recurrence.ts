import { EN_MONTHS } from '../time';
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7; // ISO: 1 = Monday … 7 = Sunday
export type RecurrenceRule =
  | { freq: 'weekly'; weekdays: Weekday[]; intervalWeeks?: number } // every N weeks counted from validFrom's week (Monday-based); default 1
  | { freq: 'monthly_nth'; weekday: Weekday; nths: number[] } // e.g. 2nd and 4th Thursday: { weekday: 4, nths: [2, 4] }; -1 = last in month
  | { freq: 'monthly_day'; days: number[] } // days of month 1..31; a day a month lacks is skipped
  | { freq: 'once'; date: string }; // 'YYYY-MM-DD'

const DAY_MS = 86_400_000;

// Dates are local calendar dates; doing the arithmetic in UTC keeps the machine's zone (and its DST) out of it.
const toDayNumber = (date: string): number =>
  Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
const fromDayNumber = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function isValidDate(date: string): boolean {
  if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  // A round trip rejects 2026-02-30 and the like, which Date.UTC would silently roll over.
  return fromDayNumber(toDayNumber(date)) === date;
}

export function addDays(date: string, days: number): string {
  return fromDayNumber(toDayNumber(date) + days);
}

export function isoWeekday(date: string): Weekday {
  return (((new Date(toDayNumber(date) * DAY_MS).getUTCDay() + 6) % 7) + 1) as Weekday;
}

const daysInMonth = (date: string): number =>
  new Date(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)), 0)).getUTCDate();

function matches(rule: RecurrenceRule, date: string, validFrom: string): boolean {
  switch (rule.freq) {
    case 'weekly': {
      if (!rule.weekdays.includes(isoWeekday(date))) return false;
      const monday = (d: string) => toDayNumber(d) - (isoWeekday(d) - 1);
      const weeks = (monday(date) - monday(validFrom)) / 7;
      return weeks % (rule.intervalWeeks ?? 1) === 0;
    }
    case 'monthly_nth': {
      if (isoWeekday(date) !== rule.weekday) return false;
      const day = Number(date.slice(8, 10));
      const isLast = day + 7 > daysInMonth(date);
      return rule.nths.includes(Math.ceil(day / 7)) || (isLast && rule.nths.includes(-1));
    }
    case 'monthly_day':
      return rule.days.includes(Number(date.slice(8, 10)));
    case 'once':
      return date === rule.date;
  }
}

/** Local calendar dates (YYYY-MM-DD, ascending, unique) on which the rule falls, within [validFrom, validUntil ?? ∞] ∩ [from, to] (all inclusive, all local dates). */
export function occurrences(
  rule: RecurrenceRule,
  validFrom: string,
  validUntil: string | null,
  from: string,
  to: string,
): string[] {
  for (const d of [validFrom, from, to, ...(validUntil === null ? [] : [validUntil])]) {
    if (!isValidDate(d)) throw new RangeError(`not a date: ${d}`);
  }
  // ISO dates compare correctly as strings.
  const first = from > validFrom ? from : validFrom;
  const last = validUntil !== null && validUntil < to ? validUntil : to;
  if (rule.freq === 'once') return rule.date >= first && rule.date <= last ? [rule.date] : [];
  const out: string[] = [];
  for (let day = toDayNumber(first), end = toDayNumber(last); day <= end; day++) {
    const date = fromDayNumber(day);
    if (matches(rule, date, validFrom)) out.push(date);
  }
  return out;
}

const isIntIn = (n: unknown, lo: number, hi: number): boolean =>
  typeof n === 'number' && Number.isInteger(n) && n >= lo && n <= hi;

function listProblems(name: string, values: unknown, ok: (n: unknown) => boolean, allowed: string): string[] {
  if (!Array.isArray(values) || values.length === 0) return [`${name} must not be empty`];
  const problems: string[] = [];
  if (!values.every(ok)) problems.push(`${name} must be ${allowed}`);
  if (new Set(values).size !== values.length) problems.push(`${name} must not repeat`);
  return problems;
}

/** Validation for staff input: returns a list of problems (English, short) or [] when fine. Checks weekdays 1..7 non-empty unique, intervalWeeks 1..8, nths in {1,2,3,4,5,-1} non-empty, days 1..31 non-empty, dates valid. */
export function ruleProblems(rule: RecurrenceRule): string[] {
  switch (rule.freq) {
    case 'weekly':
      return [
        ...listProblems('weekdays', rule.weekdays, (n) => isIntIn(n, 1, 7), 'from 1 (Monday) to 7 (Sunday)'),
        ...(rule.intervalWeeks === undefined || isIntIn(rule.intervalWeeks, 1, 8)
          ? []
          : ['intervalWeeks must be a whole number from 1 to 8']),
      ];
    case 'monthly_nth':
      return [
        ...(isIntIn(rule.weekday, 1, 7) ? [] : ['weekday must be from 1 (Monday) to 7 (Sunday)']),
        ...listProblems('nths', rule.nths, (n) => isIntIn(n, 1, 5) || n === -1, '1 to 5, or -1 for the last'),
      ];
    case 'monthly_day':
      return listProblems('days', rule.days, (n) => isIntIn(n, 1, 31), 'from 1 to 31');
    case 'once':
      return isValidDate(rule.date) ? [] : ['date must be a valid YYYY-MM-DD date'];
    default:
      return ['unknown frequency'];
  }
}

const ZH_WEEKDAYS = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ZH_COUNTS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

const ordinal = (n: number): string => {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
};
const joinEn = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
const sorted = <T extends number>(xs: T[]): T[] => [...new Set(xs)].sort((a, b) => a - b);

/** Chinese and English one-line description, e.g. '每月第2、4个周四' / 'The 2nd and 4th Thursday of each month', '每周二、周四' / 'Every Tuesday and Thursday', '每两周的周六' / 'Every 2 weeks on Saturday', '每月15日' / 'On the 15th of each month', '2026年12月3日' / '3 December 2026'. */
export function describeRule(rule: RecurrenceRule, lang: 'zh-CN' | 'en'): string {
  const zh = lang === 'zh-CN';
  switch (rule.freq) {
    case 'weekly': {
      const days = sorted(rule.weekdays);
      const n = rule.intervalWeeks ?? 1;
      if (zh) {
        const names = days.map((d) => ZH_WEEKDAYS[d - 1]).join('、');
        return n === 1 ? `每${names}` : `每${ZH_COUNTS[n] ?? n}周的${names}`;
      }
      const names = joinEn(days.map((d) => EN_WEEKDAYS[d - 1] ?? ''));
      return n === 1 ? `Every ${names}` : `Every ${n} weeks on ${names}`;
    }
    case 'monthly_nth': {
      const positive = sorted(rule.nths.filter((n) => n > 0));
      const last = rule.nths.includes(-1);
      if (zh) {
        const parts = [
          ...(positive.length ? [`第${positive.join('、')}个`] : []),
          ...(last ? ['最后一个'] : []),
        ];
        return `每月${parts.join('和')}${ZH_WEEKDAYS[rule.weekday - 1]}`;
      }
      const parts = [...positive.map(ordinal), ...(last ? ['last'] : [])];
      return `The ${joinEn(parts)} ${EN_WEEKDAYS[rule.weekday - 1]} of each month`;
    }
    case 'monthly_day': {
      const days = sorted(rule.days);
      return zh ? `每月${days.join('、')}日` : `On the ${joinEn(days.map(ordinal))} of each month`;
    }
    case 'once': {
      const [y, m, d] = rule.date.split('-').map(Number) as [number, number, number];
      return zh ? `${y}年${m}月${d}日` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
    }
  }
}
