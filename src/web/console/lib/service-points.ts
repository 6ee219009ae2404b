import type { OpeningHours } from './types';

const ZH = ['周一', '周二', '周三', '周四', '周五', '周六', '周日'];
const EN = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Weekdays as people say them: runs of three or more joined (周一至周五 / Mon–Fri), the rest listed. */
export function weekdaysLabel(weekdays: readonly number[], lang: string): string {
  const names = lang === 'en' ? EN : ZH;
  const days = [...new Set(weekdays)].filter((d) => d >= 1 && d <= 7).sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < days.length; ) {
    let j = i;
    while (j + 1 < days.length && (days[j + 1] as number) === (days[j] as number) + 1) j++;
    const [first, last] = [names[(days[i] as number) - 1], names[(days[j] as number) - 1]];
    if (j - i >= 2) parts.push(lang === 'en' ? `${first}–${last}` : `${first}至${last}`);
    else for (let k = i; k <= j; k++) parts.push(names[(days[k] as number) - 1] as string);
    i = j + 1;
  }
  return parts.join(lang === 'en' ? ', ' : '、');
}

/** A station's opening hours on one line: 周一至周五 09:00–17:30；周六 09:00–12:00. */
export const hoursLabel = (hours: readonly OpeningHours[], lang: string): string =>
  hours
    .map((h) => `${weekdaysLabel(h.weekdays, lang)} ${h.opens}–${h.closes}`)
    .join(lang === 'en' ? '; ' : '；');

/** Zones a Chinese federation's stations are in; the station's own zone is always offered too. */
export const commonZones = ['Asia/Shanghai', 'Asia/Urumqi', 'Asia/Hong_Kong', 'Asia/Macau', 'Asia/Taipei'];
