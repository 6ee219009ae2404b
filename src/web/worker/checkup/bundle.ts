import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { bundlePath } from './choice';
import { KEYS, readJson, writeJson } from './storage';
import type { CheckupBundle, CheckupSummary, Form } from './types';

export type BundleState =
  | { status: 'loading' }
  | { status: 'ready'; checkup: CheckupSummary; forms: Form[] }
  /** `missing`: the server does not offer this check-up here (unknown id, or not in this language). */
  | { status: 'error'; offline: boolean; missing: boolean };

/**
 * A check-up (the default, a federation's own, or an instrument alone; `id` null while the page does not
 * yet know which) with the forms of its instruments and step-ups, in one request. The service worker keeps
 * the last answer (stale-while-revalidate); a copy on the phone covers a WebView without a service worker,
 * so a worker who opened a check-up once can start it with no network.
 */
export function useCheckupBundle(
  lang: Language,
  id: string | null,
  tenant?: string | null,
): { state: BundleState; reload: () => void } {
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    if (!id) return;
    const key = KEYS.forms(lang, id, tenant);
    const ready = (b: CheckupBundle) =>
      live && setState({ status: 'ready', checkup: b.checkup, forms: b.forms });
    api<CheckupBundle>('GET', bundlePath(id, lang, tenant), undefined, { timeoutMs: 15_000 })
      .then((b) => {
        writeJson(key, b);
        ready(b);
      })
      .catch((err: unknown) => {
        const kept = readJson<CheckupBundle>(key);
        if (kept?.checkup?.id === id && Array.isArray(kept.forms)) return ready(kept);
        const offline = !navigator.onLine || (err instanceof ApiError && err.status === 0);
        const missing = err instanceof ApiError && err.status === 404;
        if (live) setState({ status: 'error', offline, missing });
      });
    return () => {
      live = false;
    };
  }, [lang, id, tenant, attempt]);

  return { state, reload };
}
