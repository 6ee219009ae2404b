import type { Namespace } from '../i18n/lazy-texts';
import { myDataZh } from '../i18n/my-data.zh-CN';

/** 我的数据与隐私 ("mydata" namespace): only /my-data carries them. */
export const myDataTexts: Namespace = {
  ns: 'mydata',
  zh: myDataZh,
  loadEn: () => import('../i18n/my-data.en').then((m) => m.myDataEn),
};
