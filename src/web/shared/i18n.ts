import i18next, { type Resource } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { type Language, savedLanguage, saveLanguage } from './preferences';

/** One i18next instance per app, with zh-CN as the default and English complete beside it. */
export function initI18n(resources: Resource): typeof i18next {
  const lng = savedLanguage();
  void i18next.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = lng;
  return i18next;
}

export async function switchLanguage(lang: Language): Promise<void> {
  saveLanguage(lang);
  document.documentElement.lang = lang;
  await i18next.changeLanguage(lang);
}
