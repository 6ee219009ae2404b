import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { reportsEn } from './texts.en';
import { reportsZh } from './texts.zh-CN';

// The "reports" namespace is added when this page's chunk loads; the console's own texts come after it.
if (!i18next.hasResourceBundle('zh-CN', 'reports')) i18next.addResourceBundle('zh-CN', 'reports', reportsZh);
if (!i18next.hasResourceBundle('en', 'reports')) i18next.addResourceBundle('en', 'reports', reportsEn);

export const useReportsTranslation = () => useTranslation(['reports', 'translation'], { nsMode: 'fallback' });
