import { counsellingZh } from '../i18n/counselling.zh-CN';
import type { Namespace } from '../i18n/lazy-texts';

/** The counselling pages wait for these ("counselling" namespace); English is fetched for English phones only. */
export const counsellingTexts: Namespace = {
  ns: 'counselling',
  zh: counsellingZh,
  loadEn: () => import('../i18n/counselling.en').then((m) => m.counsellingEn),
};
