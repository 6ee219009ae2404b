import type { Resource } from 'i18next';
import { careLiveEn } from './care-live.en';
import { careLiveZh } from './care-live.zh-CN';
import { casesEn } from './cases.en';
import { casesZh } from './cases.zh-CN';
import { en } from './en';
import { ordersEn } from './orders.en';
import { ordersZh } from './orders.zh-CN';
import { recommendationsEn } from './recommendations.en';
import { recommendationsZh } from './recommendations.zh-CN';
import { zhCN } from './zh-CN';

/** The console's texts; parts with many texts of their own are namespaces beside "translation". */
export const resources: Resource = {
  'zh-CN': {
    translation: zhCN,
    cases: casesZh,
    'care-live': careLiveZh,
    recommendations: recommendationsZh,
    orders: ordersZh,
  },
  en: {
    translation: en,
    cases: casesEn,
    'care-live': careLiveEn,
    recommendations: recommendationsEn,
    orders: ordersEn,
  },
};
