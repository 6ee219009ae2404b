import { useTranslation } from 'react-i18next';
import {
  dayIn,
  formatDateTime,
  formatDay,
  formatRange,
  formatTime,
  type Lang,
  relativeDay,
} from '../../counselling/format';

/** The events pages' translate function and language, and times at the event's own clock. */
export function useEventWords() {
  const { t, i18n } = useTranslation('events');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  /** "明天 14:00–16:00", or "12月3日 周四 14:00–16:00", in the event's zone. */
  const when = (startsAt: string, endsAt: string, timeZone: string, now: Date = new Date()): string => {
    const day = dayIn(startsAt, timeZone);
    const rel = relativeDay(day, now, timeZone);
    const dayText = rel
      ? `${t(`days.${rel}`)}${lang === 'en' ? ', ' : ' '}${formatDay(day, lang)}`
      : formatDay(day, lang);
    return `${dayText} ${formatRange(startsAt, endsAt, timeZone, lang)}`;
  };
  /** A moment ("12月3日 周四 14:00"), in the event's zone. */
  const at = (instant: string, timeZone: string): string => formatDateTime(instant, timeZone, lang);
  const clock = (instant: string, timeZone: string): string => formatTime(instant, timeZone, lang);
  return { t, lang, when, at, clock };
}
