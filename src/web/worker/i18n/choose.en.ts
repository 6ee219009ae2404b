import type { chooseZh } from './choose.zh-CN';
import type { Texts } from './texts';

/** The choice below the check-up's start, English: the same keys as choose.zh-CN.ts. */
export const chooseEn: Texts<typeof chooseZh> = {
  others: 'Other check-ups',
  singles: 'Single questionnaires',
  singlesHint: 'Just one questionnaire, about one part of how you are.',
  forYou: 'for you',
  facts: '{{count}} questions · about {{minutes}} min',
};
