import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { statisticsEn } from './statistics.en';
import { statisticsZh } from './statistics.zh-CN';

/**
 * The dashboard's texts are the "statistics" namespace, added when the statistics chunk loads (the console's
 * first script does not carry them); the console's own texts come after it, so one `t` reads both.
 */
if (!i18next.hasResourceBundle('zh-CN', 'statistics'))
  i18next.addResourceBundle('zh-CN', 'statistics', statisticsZh);
if (!i18next.hasResourceBundle('en', 'statistics'))
  i18next.addResourceBundle('en', 'statistics', statisticsEn);

export const statisticsNs = ['statistics', 'translation'] as const;

export const useStatisticsTranslation = () => useTranslation(statisticsNs, { nsMode: 'fallback' });
