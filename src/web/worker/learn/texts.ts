import type { Namespace } from '../i18n/lazy-texts';
import { learnZh } from '../i18n/learn.zh-CN';

/** 知识与故事 ("learn" namespace): only the library's pages carry them. */
export const learnTexts: Namespace = {
  ns: 'learn',
  zh: learnZh,
  loadEn: () => import('../i18n/learn.en').then((m) => m.learnEn),
};
