import type { OpeningHours } from './types';

/** The Monday and Sunday (YYYY-MM-DD) of the ISO week a calendar day belongs to. */
export function isoWeekOf(date: string): { monday: string; sunday: string } {
  const d = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== date) {
    throw new RangeError(`not a calendar day: ${date}`);
  }
  const isoDay = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const monday = new Date(d.getTime() - (isoDay - 1) * 86_400_000);
  const sunday = new Date(monday.getTime() + 6 * 86_400_000);
  return { monday: monday.toISOString().slice(0, 10), sunday: sunday.toISOString().slice(0, 10) };
}

/** The ISO week number and its year (the year of the week's Thursday), e.g. 2026-W49. */
export function isoWeekLabel(date: string): string {
  const { monday } = isoWeekOf(date);
  const thursday = new Date(new Date(`${monday}T00:00:00Z`).getTime() + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const jan1 = Date.UTC(year, 0, 1);
  const week = Math.floor((thursday.getTime() - jan1) / 86_400_000 / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

const validHours = (h: OpeningHours): boolean => h.opens < h.closes;

/**
 * Is a point open in the ISO week of `week`? It must be active and open on some day of that week: a
 * weekday its opening hours name (ISO weekdays, on the point's own calendar) that is not one of its
 * closed days (holidays for the whole point, YYYY-MM-DD). Hours repeat weekly, so closures are what make
 * one week differ from another (the Spring Festival week, a renovation).
 */
export function openInWeek(
  point: { active: boolean; openingHours: OpeningHours[]; closedDates: readonly string[] },
  week: string,
): boolean {
  if (!point.active) return false;
  const days = new Set(point.openingHours.filter(validHours).flatMap((h) => h.weekdays));
  const closed = new Set(point.closedDates);
  const monday = new Date(`${isoWeekOf(week).monday}T00:00:00Z`).getTime();
  for (let i = 0; i < 7; i++) {
    const day = new Date(monday + i * 86_400_000).toISOString().slice(0, 10);
    if (days.has(i + 1) && !closed.has(day)) return true;
  }
  return false;
}
