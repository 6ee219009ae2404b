import type { Namespace } from '../i18n/lazy-texts';
import { toolsZh } from '../i18n/tools.zh-CN';

/** The self-help tools' texts ("tools" namespace): only the /tools pages carry them. */
export const toolsTexts: Namespace = {
  ns: 'tools',
  zh: toolsZh,
  loadEn: () => import('../i18n/tools.en').then((m) => m.toolsEn),
};
