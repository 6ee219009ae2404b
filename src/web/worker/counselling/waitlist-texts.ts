import type { Namespace } from '../i18n/lazy-texts';
import { waitlistZh } from '../i18n/waitlist.zh-CN';

/**
 * The waiting list's texts ("waitlist" namespace): a station's page, joining, and the places in "my
 * appointments". A module of its own, so the stations list (budgeted) does not carry them.
 */
export const waitlistTexts: Namespace = {
  ns: 'waitlist',
  zh: waitlistZh,
  loadEn: () => import('../i18n/waitlist.en').then((m) => m.waitlistEn),
};
