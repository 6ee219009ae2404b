import type { Namespace } from '../i18n/lazy-texts';
import { measureZh } from '../i18n/measure.zh-CN';

/** The questionnaire page's texts ("measure" namespace): only /measure carries them. */
export const measureTexts: Namespace = {
  ns: 'measure',
  zh: measureZh,
  loadEn: () => import('../i18n/measure.en').then((m) => m.measureEn),
};
