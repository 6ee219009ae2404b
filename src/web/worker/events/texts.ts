import { eventsZh } from '../i18n/events.zh-CN';
import type { Namespace } from '../i18n/lazy-texts';

/** The events pages wait for these ("events" namespace); English is fetched for English phones only. */
export const eventsTexts: Namespace = {
  ns: 'events',
  zh: eventsZh,
  loadEn: () => import('../i18n/events.en').then((m) => m.eventsEn),
};
