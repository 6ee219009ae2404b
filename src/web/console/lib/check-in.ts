import type { CalendarEntry } from './types';
import { localTimeOf } from './zoned-calendar';

/**
 * A check-in code as the poster prints it, for typing: capitals in groups of four (ABCD EFGH JKMN). The
 * server ignores spaces and case, and the code's letters leave out those easily mistaken (i, l, o, 0, 1).
 */
export const posterCode = (code: string): string =>
  code
    .replace(/[\s-]/g, '')
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');

/** When the worker checked in with the station's poster (HH:mm on the station's clock), or null. */
export function checkedInTime(entry: CalendarEntry): string | null {
  const b = entry.booking;
  if (!b?.checkedInAt || b.status === 'cancelled') return null;
  return localTimeOf(b.checkedInAt, entry.servicePoint.timeZone);
}

/**
 * The poster's words, in both languages whatever the console's: a station's workers read either. Nothing on
 * it says what kind of service it is.
 */
export const posterWords = {
  scan: { zh: '到达后请用手机扫码签到', en: 'Scan when you arrive' },
  type: { zh: '无法扫码时，请输入签到码', en: 'Can’t scan? Type this code' },
  note: {
    zh: '签到只是告诉咨询师您已经到了。预约开始前一小时起可以签到。',
    en: 'Checking in just tells your counsellor you have arrived. It opens an hour before your appointment.',
  },
} as const;
