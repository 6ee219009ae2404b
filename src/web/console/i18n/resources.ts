import type { Resource } from 'i18next';
import { casesEn } from './cases.en';
import { casesZh } from './cases.zh-CN';
import { en } from './en';
import { zhCN } from './zh-CN';

export const resources: Resource = {
  'zh-CN': {
    translation: zhCN,
    cases: casesZh,
  },
  en: {
    translation: en,
    cases: casesEn,
  },
};
