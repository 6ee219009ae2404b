import { useTranslation } from 'react-i18next';
import type { Lang } from '../../counselling/format';
import { dateText, whenText } from '../../my-data/view';

/** The "my data" page's translate function ("mydata" namespace), language, and its dates and times. */
export function useMyWords() {
  const { t, i18n } = useTranslation('mydata');
  const lang: Lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  /** A code's words when the texts know it, else the code itself (a value newer than this app). */
  const known = (group: string, code: string | null | undefined): string => {
    if (!code) return '';
    const key = `${group}.${code}`;
    return i18n.exists(key, { ns: 'mydata' }) ? t(key) : code;
  };
  return {
    t,
    lang,
    known,
    date: (instant: string) => dateText(instant, lang),
    when: (instant: string) => whenText(instant, lang),
  };
}
