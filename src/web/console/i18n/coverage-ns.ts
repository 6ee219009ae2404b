import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { coverageEn } from './coverage.en';
import { coverageZh } from './coverage.zh-CN';

/** The coverage page's texts, added when its chunk loads; the console's own texts come after them. */
if (!i18next.hasResourceBundle('zh-CN', 'coverage'))
  i18next.addResourceBundle('zh-CN', 'coverage', coverageZh);
if (!i18next.hasResourceBundle('en', 'coverage')) i18next.addResourceBundle('en', 'coverage', coverageEn);

export const useCoverageTranslation = () =>
  useTranslation(['coverage', 'translation'], { nsMode: 'fallback' });
