import { useTranslation } from 'react-i18next';
import { contentTopics, type TopicId } from '../../../core/content/topics';
import type { Language } from '../../shared/preferences';

/** The library pages' translate function, language, and the core's topic names in that language. */
export function useLearnWords() {
  const { t, i18n } = useTranslation('learn');
  const lang: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const topic = (id: TopicId): string => {
    const found = contentTopics.find((c) => c.id === id);
    return found ? found[lang === 'en' ? 'en' : 'zh'] : id;
  };
  return { t, lang, topic };
}

/** "2026年11月3日" / "3 Nov 2026": the day only, in the reader's language. */
export function formatDay(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'long' }).format(d);
}
