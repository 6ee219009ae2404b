import i18next from 'i18next';
import { type ComponentType, type JSX, use } from 'react';
import { checkupZh } from '../i18n/checkup.zh-CN';
import type { Dictionary } from '../i18n/texts';
import { kindOf } from './choice';

/**
 * The check-up's texts are i18next namespaces of their own ("checkup", "report"), added when its pages load
 * rather than shipped in the app's first script. Chinese comes with the page; English is fetched (and
 * precached) only for a phone set to English, and the page waits for it, so no screen flashes Chinese. If
 * English cannot be fetched, the page opens in Chinese (the fallback language) rather than not at all.
 */
export interface Namespace {
  ns: string;
  zh: Dictionary;
  loadEn: () => Promise<Dictionary>;
}

export const checkupTexts: Namespace = {
  ns: 'checkup',
  zh: checkupZh,
  loadEn: () => import('../i18n/checkup.en').then((m) => m.checkupEn),
};

const loading = new Map<string, Promise<void>>();
const waits = new Map<string, Promise<unknown>>();

/** Adds a namespace's Chinese; true while its English is still being fetched (English phones only). */
function pending({ ns, zh, loadEn }: Namespace): boolean {
  if (!i18next.hasResourceBundle('zh-CN', ns)) i18next.addResourceBundle('zh-CN', ns, zh);
  if (i18next.language !== 'en' || i18next.hasResourceBundle('en', ns)) return false;
  if (!loading.has(ns)) {
    const fetched = loadEn()
      .then((en) => {
        i18next.addResourceBundle('en', ns, en);
      })
      .catch(() => undefined);
    loading.set(ns, fetched);
  }
  return true;
}

/** One promise for all the namespaces a page still waits for, the same one on every render. */
function waitFor(names: string[]): Promise<unknown> {
  const key = names.join('+');
  let wait = waits.get(key);
  if (!wait) {
    wait = Promise.all(names.map((n) => loading.get(n)));
    waits.set(key, wait);
  }
  return wait;
}

/**
 * A page that renders once its texts are in, fetched side by side. The wait is this wrapper's one and only
 * `use`, so neither React's replay of a suspended render (which pairs `use` calls by their order) nor a
 * page's own hooks can get out of step.
 */
export function withTexts<P extends JSX.IntrinsicAttributes>(
  Page: ComponentType<P>,
  ...namespaces: Namespace[]
): ComponentType<P> {
  return function WithTexts(props: P) {
    const waiting = namespaces.filter(pending).map((n) => n.ns);
    if (waiting.length) use(waitFor(waiting));
    return <Page {...props} />;
  };
}

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
