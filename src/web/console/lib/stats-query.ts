import { addDays, isValidDate } from '../../../core/booking/recurrence';
import { type Dimension, dimensions } from '../../../core/statistics/metrics';
import type { Granularity } from './stats-types';

/**
 * What the dashboard shows, as the address bar keeps it (`?org=&granularity=&date=&dimension=`, with `from`
 * and `to` for a custom range and `tenant` / `rollup` for a province), so that a copied link opens the same
 * view. Values the server would refuse are dropped here and their defaults used instead.
 */
export interface StatsView {
  granularity: Granularity;
  /** Any day inside the wanted period; none: today in the tenant's zone (the server decides). */
  date?: string;
  from?: string;
  to?: string;
  org?: string;
  /** A child city of a province (or a province of the nation). */
  tenant?: string;
  /** The sum of all child cities. */
  rollup?: boolean;
  dimension: Dimension;
}

export const granularities: readonly Granularity[] = ['day', 'week', 'month', 'quarter', 'year', 'custom'];

/** The longest custom range the server answers (both ends counted). */
export const MAX_CUSTOM_DAYS = 366;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (v: string | null): v is string => v !== null && uuid.test(v);
const isDate = (v: string | null): v is string => v !== null && isValidDate(v);

/** Days from `from` to `to`, both included (0 or less when the order is wrong). */
export function daysInRange(from: string, to: string): number {
  const day = (d: string) =>
    Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000) + 1;
}

export const validCustomRange = (from: string, to: string): boolean =>
  isValidDate(from) &&
  isValidDate(to) &&
  daysInRange(from, to) >= 1 &&
  daysInRange(from, to) <= MAX_CUSTOM_DAYS;

export function readView(params: URLSearchParams): StatsView {
  const g = params.get('granularity');
  let granularity: Granularity = granularities.includes(g as Granularity) ? (g as Granularity) : 'month';
  const view: Partial<StatsView> = {};
  if (granularity === 'custom') {
    const from = params.get('from');
    const to = params.get('to');
    if (isDate(from) && isDate(to) && validCustomRange(from, to)) Object.assign(view, { from, to });
    else granularity = 'month';
  }
  const date = params.get('date');
  if (granularity !== 'custom' && isDate(date)) view.date = date;
  const org = params.get('org');
  if (isUuid(org)) view.org = org;
  const tenant = params.get('tenant');
  if (isUuid(tenant)) view.tenant = tenant;
  else if (params.get('rollup') === 'cities') view.rollup = true;
  const d = params.get('dimension');
  const dimension = dimensions.includes(d as Dimension) ? (d as Dimension) : 'organisation';
  return { granularity, dimension, ...view };
}

/** The address bar's query for a view; defaults are left out so links stay short. */
export function writeView(view: StatsView): URLSearchParams {
  const p = new URLSearchParams();
  if (view.tenant) p.set('tenant', view.tenant);
  else if (view.rollup) p.set('rollup', 'cities');
  if (view.org) p.set('org', view.org);
  if (view.granularity !== 'month') p.set('granularity', view.granularity);
  if (view.granularity === 'custom' && view.from && view.to) {
    p.set('from', view.from);
    p.set('to', view.to);
  } else if (view.date) p.set('date', view.date);
  if (view.dimension !== 'organisation') p.set('dimension', view.dimension);
  return p;
}

/** The API's common query for a view (contract names: organisationId, tenantId, rollup). */
export function apiParams(view: StatsView): URLSearchParams {
  const p = new URLSearchParams();
  p.set('granularity', view.granularity);
  if (view.granularity === 'custom' && view.from && view.to) {
    p.set('from', view.from);
    p.set('to', view.to);
  } else if (view.date) p.set('date', view.date);
  if (view.org) p.set('organisationId', view.org);
  if (view.tenant) p.set('tenantId', view.tenant);
  else if (view.rollup) p.set('rollup', 'cities');
  return p;
}

const BASE = '/api/v1/statistics';

export const overviewPath = (view: StatsView): string => `${BASE}/overview?${apiParams(view)}`;

export function breakdownPath(view: StatsView, dimension: Dimension = view.dimension): string {
  const p = apiParams(view);
  p.set('dimension', dimension);
  return `${BASE}/breakdown?${p}`;
}

/** What the viewer may pick: their own tenant's organisations in reach, and the cities below it. */
export const scopesPath = (): string => `${BASE}/scopes`;

/** The language the CSV's header is written in. */
export const csvLang = (lang: string): 'zh' | 'en' => (lang === 'en' ? 'en' : 'zh');

/** The server's CSV of the same table: the same query, plus `lang`. */
export function csvPath(table: 'overview' | 'breakdown', view: StatsView, lang: string): string {
  const p = apiParams(view);
  if (table === 'breakdown') p.set('dimension', view.dimension);
  p.set('lang', csvLang(lang));
  return `${BASE}/${table}.csv?${p}`;
}

/** Another view of the same period: a different scope drops the tenant-wide default, keeps the period. */
export const withOrg = (view: StatsView, org: string | null): StatsView => {
  const { org: _drop, ...rest } = view;
  return org ? { ...rest, org } : rest;
};

const shiftMonths = (date: string, months: number): string => {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = ((m % 12) + 12) % 12;
  // The 1st of the month: every day of a month, quarter or year names the same period.
  return `${year}-${String(month + 1).padStart(2, '0')}-01`;
};

/** A day in the period `steps` periods before or after the one `date` is in. */
export function shiftPeriod(
  granularity: Exclude<Granularity, 'custom'>,
  date: string,
  steps: number,
): string {
  switch (granularity) {
    case 'day':
      return addDays(date, steps);
    case 'week':
      return addDays(date, 7 * steps);
    case 'month':
      return shiftMonths(date, steps);
    case 'quarter':
      return shiftMonths(date, 3 * steps);
    case 'year':
      return shiftMonths(date, 12 * steps);
  }
}
