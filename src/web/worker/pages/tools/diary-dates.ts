/** How the diary says a day ("12月3日 周四", "Thu 3 Dec") in the page's language, from a "YYYY-MM-DD". */
const asDate = (day: string): Date => {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, 12);
};

export const dayText = (day: string, lang: string): string =>
  asDate(day).toLocaleDateString(lang, { month: 'long', day: 'numeric', weekday: 'short' });

export const weekdayText = (day: string, lang: string): string =>
  asDate(day).toLocaleDateString(lang, { weekday: 'short' });

export const dayOfMonth = (day: string): string => String(Number(day.slice(8, 10)));
