import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { contentEn } from './content.en';
import { contentZh } from './content.zh-CN';

/**
 * The content pages' texts are the "content" namespace, added when the content chunk loads (only editors and
 * reviewers open it, so the console's first script does not carry them). The console's own texts come after
 * it, so one `t` reads both.
 */
if (!i18next.hasResourceBundle('zh-CN', 'content')) i18next.addResourceBundle('zh-CN', 'content', contentZh);
if (!i18next.hasResourceBundle('en', 'content')) i18next.addResourceBundle('en', 'content', contentEn);

export const contentNs = ['content', 'translation'] as const;

export const useContentTranslation = () => useTranslation(contentNs, { nsMode: 'fallback' });
