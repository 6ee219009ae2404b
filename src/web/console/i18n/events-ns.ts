import i18next from 'i18next';
import { useTranslation } from 'react-i18next';
import { eventsEn } from './events.en';
import { eventsZh } from './events.zh-CN';

/**
 * The events pages' texts are the "events" namespace, added when the events chunk loads (the console's first
 * script does not carry them). The console's own texts come after it, so one `t` reads both — the roster
 * rule builder's words too, which the editor reuses.
 */
if (!i18next.hasResourceBundle('zh-CN', 'events')) i18next.addResourceBundle('zh-CN', 'events', eventsZh);
if (!i18next.hasResourceBundle('en', 'events')) i18next.addResourceBundle('en', 'events', eventsEn);

export const eventsNs = ['events', 'translation'] as const;

export const useEventsTranslation = () => useTranslation(eventsNs, { nsMode: 'fallback' });
