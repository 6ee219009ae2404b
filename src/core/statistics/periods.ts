import { AppError } from '../errors';
import { dayStart, EN_MONTHS_SHORT } from '../time';
import type { DayRange, Granularity, PeriodView, TrendBucket } from './model';

/**
 * Periods of the dashboard (issue 8): a day, an ISO week (Monday first), a month, a quarter, a year or a custom
 * range of at most 366 days, in the tenant's zone. Windows are half-open at the zone's day starts, so a
 * check-up at 23:30 Shanghai time on the last day of a month counts in that month.
 */
export interface TimeWindow {
  from: Date;
  to: Date;
}

export interface ResolvedPeriod {
  view: PeriodView;
  window: TimeWindow;
  previousWindow: TimeWindow;
  /**
   * The trend's buckets with their windows. (The contract wrote `TrendBucket & TimeWindow`, but both have
   * `from`/`to` — days there, instants here — so the window is a field of its own.)
   */
  buckets: (TrendBucket & { window: TimeWindow })[];
}

export interface PeriodQuery {
  granularity: Granularity;
  date?: string;
  from?: string;
  to?: string;
}

export const MAX_CUSTOM_DAYS = 366;
/** A custom range up to this many days is drawn day by day, longer ones by month. */
export const DAILY_TREND_MAX_DAYS = 62;

const DAY_MS = 86_400_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

const bad = (message: string, details?: unknown) => new AppError('invalid_query', message, details);

/** A calendar day as a UTC midnight, for arithmetic on days only. */
function parseDay(s: string, what: string): Date {
  const d = new Date(`${s}T00:00:00Z`);
  if (!DATE.test(s) || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== s)
    throw bad(`${what} 不是有效日期 (${what} is not a valid date, YYYY-MM-DD)`, { [what]: s });
  return d;
}

const fmt = (d: Date) => d.toISOString().slice(0, 10);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * DAY_MS);
const ymd = (y: number, m: number, day: number) => new Date(Date.UTC(y, m, day));
const daysBetween = (a: Date, b: Date) => Math.round((b.getTime() - a.getTime()) / DAY_MS);

/** Monday of the ISO week a day falls in. */
const mondayOf = (d: Date) => addDays(d, -((d.getUTCDay() + 6) % 7));

/** ISO week number and its year (the year of the week's Thursday). */
export function isoWeek(d: Date): { year: number; week: number } {
  const thursday = addDays(mondayOf(d), 3);
  const year = thursday.getUTCFullYear();
  const week = Math.floor(daysBetween(ymd(year, 0, 1), thursday) / 7) + 1;
  return { year, week };
}

/** The period of a granularity that holds a day: its first and last day. */
function periodAround(g: Exclude<Granularity, 'custom'>, d: Date): { first: Date; last: Date } {
  const y = d.getUTCFullYear();
  const m = d.getUTCMonth();
  switch (g) {
    case 'day':
      return { first: d, last: d };
    case 'week': {
      const first = mondayOf(d);
      return { first, last: addDays(first, 6) };
    }
    case 'month':
      return { first: ymd(y, m, 1), last: ymd(y, m + 1, 0) };
    case 'quarter': {
      const q = Math.floor(m / 3) * 3;
      return { first: ymd(y, q, 1), last: ymd(y, q + 3, 0) };
    }
    case 'year':
      return { first: ymd(y, 0, 1), last: ymd(y, 11, 31) };
  }
}

type BucketUnit = 'day' | 'week' | 'month';

function bucketUnit(g: Granularity, days: number): BucketUnit {
  if (g === 'quarter') return 'week';
  if (g === 'year') return 'month';
  if (g === 'custom') return days <= DAILY_TREND_MAX_DAYS ? 'day' : 'month';
  return 'day';
}

/** Consecutive buckets covering [first, last], the first and last clipped to the period. */
function bucketsOf(first: Date, last: Date, unit: BucketUnit, spansYears: boolean) {
  const out: (DayRange & { key: string; zh: string; en: string })[] = [];
  let start = first;
  while (start.getTime() <= last.getTime()) {
    let end: Date;
    let key: string;
    let zh: string;
    let en: string;
    const y = start.getUTCFullYear();
    const mo = start.getUTCMonth();
    if (unit === 'day') {
      end = start;
      key = fmt(start);
      zh = `${mo + 1}月${start.getUTCDate()}日`;
      en = `${start.getUTCDate()} ${EN_MONTHS_SHORT[mo]}`;
    } else if (unit === 'week') {
      end = addDays(mondayOf(start), 6);
      const w = isoWeek(start);
      key = `${w.year}-W${String(w.week).padStart(2, '0')}`;
      zh = `第${w.week}周`;
      en = `Wk ${w.week}`;
    } else {
      end = ymd(y, mo + 1, 0);
      key = fmt(start).slice(0, 7);
      zh = spansYears ? `${y}年${mo + 1}月` : `${mo + 1}月`;
      en = spansYears ? `${EN_MONTHS_SHORT[mo]} ${y}` : `${EN_MONTHS_SHORT[mo]}`;
    }
    if (end.getTime() > last.getTime()) end = last;
    out.push({ key, zh, en, from: fmt(start), to: fmt(end) });
    start = addDays(end, 1);
  }
  return out;
}

/** The half-open window of a day range in a zone: from the start of its first day to the start of the next after its last. */
export const windowOf = (range: DayRange, timeZone: string): TimeWindow => ({
  from: dayStart(range.from, timeZone),
  to: dayStart(fmt(addDays(parseDay(range.to, 'to'), 1)), timeZone),
});

/**
 * Resolves the asked period. `today` is the current day in the zone (the default `date`). The previous period
 * is the one before of the same kind (the previous month for a month, whatever its length); for a custom range
 * the same number of days just before it.
 */
export function resolvePeriod(q: PeriodQuery, timeZone: string, today: string): ResolvedPeriod {
  let first: Date;
  let last: Date;
  let prevFirst: Date;
  let prevLast: Date;
  if (q.granularity === 'custom') {
    if (!q.from || !q.to) throw bad('自定义时段需要开始和结束日期 (a custom period needs both from and to)');
    if (q.date)
      throw bad('自定义时段不用 date，请用 from 和 to (a custom period takes from and to, not date)');
    first = parseDay(q.from, 'from');
    last = parseDay(q.to, 'to');
    const days = daysBetween(first, last) + 1;
    if (days < 1) throw bad('开始日期晚于结束日期 (from is after to)', { from: q.from, to: q.to });
    if (days > MAX_CUSTOM_DAYS)
      throw bad(`自定义时段最长 ${MAX_CUSTOM_DAYS} 天 (a custom period is at most ${MAX_CUSTOM_DAYS} days)`, {
        days,
      });
    prevLast = addDays(first, -1);
    prevFirst = addDays(prevLast, -(days - 1));
  } else {
    if (q.from || q.to) throw bad('只有自定义时段用 from 和 to (from and to are only for a custom period)');
    const d = parseDay(q.date ?? today, 'date');
    ({ first, last } = periodAround(q.granularity, d));
    ({ first: prevFirst, last: prevLast } = periodAround(q.granularity, addDays(first, -1)));
  }
  const days = daysBetween(first, last) + 1;
  const unit = bucketUnit(q.granularity, days);
  const spansYears = first.getUTCFullYear() !== last.getUTCFullYear();
  const range = { from: fmt(first), to: fmt(last) };
  const previous = { from: fmt(prevFirst), to: fmt(prevLast) };
  return {
    view: { granularity: q.granularity, timeZone, ...range, previous },
    window: windowOf(range, timeZone),
    previousWindow: windowOf(previous, timeZone),
    buckets: bucketsOf(first, last, unit, spansYears).map((b) => ({ ...b, window: windowOf(b, timeZone) })),
  };
}
