import i18next, { type Resource } from 'i18next';
import type { Language } from '../../shared/preferences';
import type { en as English } from './en';
import { zhCN } from './zh-CN';

/**
 * Chinese only (one namespace, "translation"): it is the default and the fallback, so it ships in the first
 * script. English is a chunk of its own, fetched only on a phone set to English (and precached for offline).
 */
export const workerResources: Resource = {
  'zh-CN': { translation: zhCN },
};

/** Adds the English texts to i18next, once: before switching to English, so no screen shows missing texts. */
export function addEnglish(en: typeof English): void {
  if (!i18next.hasResourceBundle('en', 'translation')) i18next.addResourceBundle('en', 'translation', en);
}

/** At start: the saved language's texts, fetched before the first render so the page never flashes Chinese. */
export async function loadLanguage(lang: Language): Promise<void> {
  if (lang === 'en') addEnglish((await import('./en')).en);
}
