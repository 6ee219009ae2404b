import { checkupZh } from '../i18n/checkup.zh-CN';
import { type Namespace, withTexts } from '../i18n/lazy-texts';
import { kindOf } from './choice';

export { type Namespace, withTexts };

/** The check-up's own texts ("checkup" namespace); see i18n/lazy-texts.tsx for how a page waits for them. */
export const checkupTexts: Namespace = {
  ns: 'checkup',
  zh: checkupZh,
  loadEn: () => import('../i18n/checkup.en').then((m) => m.checkupEn),
};

/** i18n key ("checkup" namespace) of an instrument's everyday heading, or null: show its own name. */
export const topicKey = (instrument: string): string | null =>
  instrument in checkupZh.topics ? `topics.${instrument}` : null;

/** A translate function of any namespace (keys here carry their "checkup:" namespace). */
type Translate = (key: string, options?: Record<string, string>) => string;

/**
 * A check-up's name as workers read it: the default's own title; an instrument alone by its everyday topic
 * with its short name (心情（PHQ-9）), or the topic alone until the short name is known; a federation's own
 * check-up by the name staff gave it.
 */
export function checkupTitle(
  t: Translate,
  c: { id: string; name: string; instruments: readonly string[] },
  shortName?: string,
): string {
  const kind = kindOf(c);
  if (kind === 'default') return t('checkup:title');
  const topic = kind === 'single' ? topicKey(c.id) : null;
  if (!topic) return c.name;
  return shortName
    ? t('checkup:single', { topic: t(`checkup:${topic}`), short: shortName })
    : t(`checkup:${topic}`);
}
