import type { Resource } from 'i18next';
import { careLiveEn } from './care-live.en';
import { careLiveZh } from './care-live.zh-CN';
import { casesEn } from './cases.en';
import { casesZh } from './cases.zh-CN';
import { en } from './en';
import { zhCN } from './zh-CN';

/** The console's texts; parts with many texts of their own are namespaces beside "translation". */
export const resources: Resource = {
  'zh-CN': { translation: zhCN, cases: casesZh, 'care-live': careLiveZh },
  en: { translation: en, cases: casesEn, 'care-live': careLiveEn },
};
