import { reportZh } from '../i18n/report.zh-CN';
import type { Namespace } from './texts';

/** The report's pages wait for these and the check-up's texts (the everyday names of what was asked). */
export const reportTexts: Namespace = {
  ns: 'report',
  zh: reportZh,
  loadEn: () => import('../i18n/report.en').then((m) => m.reportEn),
};
