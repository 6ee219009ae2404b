import { type DependencyList, useCallback, useEffect, useState } from 'react';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Loads something when the page opens (and when `deps` change); `reload` asks again. A failed load tries
 * again by itself when the phone comes back online. Null `load` leaves it idle in "loading".
 */
export function useLoad<T>(
  load: (() => Promise<T>) | null,
  deps: DependencyList,
): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps and `attempt` decide reloads.
  useEffect(() => {
    if (!load) return;
    let live = true;
    setState((s) => (s.status === 'loading' ? s : { status: 'loading' }));
    load()
      .then((data) => live && setState({ status: 'ready', data }))
      .catch((error: unknown) => live && setState({ status: 'error', error }));
    return () => {
      live = false;
    };
  }, [...deps, attempt]);

  useEffect(() => {
    if (state.status !== 'error') return;
    window.addEventListener('online', reload);
    return () => window.removeEventListener('online', reload);
  }, [state.status, reload]);

  return { state, reload };
}
