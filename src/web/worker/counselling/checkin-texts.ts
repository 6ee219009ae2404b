import { checkinZh } from '../i18n/checkin.zh-CN';
import type { Namespace } from '../i18n/lazy-texts';

/** Checking in at the station ("checkin" namespace): only the check-in page carries them. */
export const checkinTexts: Namespace = {
  ns: 'checkin',
  zh: checkinZh,
  loadEn: () => import('../i18n/checkin.en').then((m) => m.checkinEn),
};
