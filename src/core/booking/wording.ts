import { zoneOffsetMinutes } from '../time';

const ZH_WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六'];
const EN_WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const EN_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * When an appointment is, as a text message says it, on the station's clock: 12月1日（周二）14:00 /
 * Tue 1 Dec, 14:00. Built from the zone's offset rather than the runtime's locale data, so every Node
 * build writes the same words.
 */
export function appointmentWhen(instant: Date, timeZone: string, lang: string): string {
  const local = new Date(instant.getTime() + zoneOffsetMinutes(instant, timeZone) * 60_000);
  const month = local.getUTCMonth();
  const day = local.getUTCDate();
  const weekday = local.getUTCDay();
  const time = local.toISOString().slice(11, 16);
  if (lang === 'en') return `${EN_WEEKDAYS[weekday]} ${day} ${EN_MONTHS[month]}, ${time}`;
  return `${month + 1}月${day}日（${ZH_WEEKDAYS[weekday]}）${time}`;
}
