import i18next from 'i18next';
import { type ComponentType, type JSX, use } from 'react';
import type { Dictionary } from './texts';

/**
 * A lazy page's texts are i18next namespaces of their own ("checkup", "report", "counselling"), added when its pages load
 * rather than shipped in the app's first script. Chinese comes with the page; English is fetched (and
 * precached) only for a phone set to English, and the page waits for it, so no screen flashes Chinese. If
 * English cannot be fetched, the page opens in Chinese (the fallback language) rather than not at all.
 */
export interface Namespace {
  ns: string;
  zh: Dictionary;
  loadEn: () => Promise<Dictionary>;
}

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
