import { useCallback, useEffect, useState } from 'react';
import { ApiError, api } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { KEYS, readJson, writeJson } from './storage';
import type { CheckupBundle, CheckupSummary, Form } from './types';

export type BundleState =
  | { status: 'loading' }
  | { status: 'ready'; checkup: CheckupSummary; forms: Form[] }
  | { status: 'error'; offline: boolean };

/**
 * The default check-up with the forms of its battery and step-ups, in one request. The service worker keeps
 * the last answer (stale-while-revalidate); a copy on the phone covers a WebView without a service worker,
 * so a worker who opened the check-up once can start it with no network.
 */
export function useCheckupBundle(lang: Language): { state: BundleState; reload: () => void } {
  const [state, setState] = useState<BundleState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    let live = true;
    setState({ status: 'loading' });
    const ready = (b: CheckupBundle) =>
      live && setState({ status: 'ready', checkup: b.checkup, forms: b.forms });
    api<CheckupBundle>('GET', `/api/v1/checkups/default?lang=${lang}`, undefined, { timeoutMs: 15_000 })
      .then((b) => {
        writeJson(KEYS.forms(lang), b);
        ready(b);
      })
      .catch((err: unknown) => {
        const kept = readJson<CheckupBundle>(KEYS.forms(lang));
        if (kept?.checkup && Array.isArray(kept.forms)) return ready(kept);
        const offline = !navigator.onLine || (err instanceof ApiError && err.status === 0);
        if (live) setState({ status: 'error', offline });
      });
    return () => {
      live = false;
    };
  }, [lang, attempt]);

  return { state, reload };
}
