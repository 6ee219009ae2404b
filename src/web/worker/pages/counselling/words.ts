import { useTranslation } from 'react-i18next';
import type { ConsultMode } from '../../../shared/api-types';
import {
  dayIn,
  formatDateTime,
  formatDay,
  formatTime,
  type Lang,
  relativeDay,
} from '../../counselling/format';

/** The counselling pages' translate function and language. */
export function useWords() {
  const { t, i18n } = useTranslation('counselling');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  /** The English text when the phone is in English and there is one, else the Chinese. */
  const pick = (zh: string, en: string | null | undefined): string => (lang === 'en' && en ? en : zh);
  const list = (items: readonly string[]) => items.join(t('list'));
  const modes = (ms: readonly ConsultMode[]) => list(ms.map((m) => t(`modes.${m}`)));
  /** "明天 14:00" for today and tomorrow, else "12月3日 周四 14:00", at the place's clock. */
  const when = (instant: string, timeZone: string, now: Date = new Date()): string => {
    const rel = relativeDay(dayIn(instant, timeZone), now, timeZone);
    return rel
      ? `${t(`days.${rel}`)} ${formatTime(instant, timeZone, lang)}`
      : formatDateTime(instant, timeZone, lang);
  };
  /** A day heading: "12月1日 周二", with "今天"/"明天" in front when it is. */
  const day = (d: string, timeZone: string, now: Date = new Date()): string => {
    const rel = relativeDay(d, now, timeZone);
    return rel ? `${t(`days.${rel}`)} · ${formatDay(d, lang)}` : formatDay(d, lang);
  };
  return { t, lang, pick, list, modes, when, day };
}

/** The zone's own name in the reader's language ("中国标准时间", "China Standard Time"). */
export function zoneName(timeZone: string, lang: Lang): string {
  try {
    const parts = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', {
      timeZone,
      timeZoneName: 'long',
    }).formatToParts(new Date());
    return parts.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

export const phoneZone = (): string | undefined => {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
};

/** Languages as staff write them (in Chinese), named in English for an English reader when known. */
const languagesEn: Record<string, string> = {
  普通话: 'Mandarin',
  粤语: 'Cantonese',
  英语: 'English',
  手语: 'Sign language',
  皖北方言: 'Northern Anhui dialect',
};

export const languageName = (name: string, lang: Lang): string =>
  lang === 'en' ? (languagesEn[name] ?? name) : name;

export const telHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, '')}`;
