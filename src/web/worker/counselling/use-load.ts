import { type DependencyList, useCallback, useEffect, useRef, useState } from 'react';

export type Loaded<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; error: unknown };

/**
 * Loads something when the page opens (and when `deps` change); `reload` asks again, keeping what is shown
 * until the answer comes. A failed load tries again by itself when the phone comes back online. Null `load`
 * leaves it idle in "loading".
 */
export function useLoad<T>(
  load: (() => Promise<T>) | null,
  deps: DependencyList,
): { state: Loaded<T>; reload: () => void } {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  const lastDeps = useRef<DependencyList>(deps);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps and `attempt` decide reloads.
  useEffect(() => {
    if (!load) return;
    let live = true;
    // Asked again for the same thing (`reload`): what is shown stays until the new answer is in, so a page
    // keeps what the worker filled in. Something else asked for: "loading" meanwhile.
    const same =
      deps.length === lastDeps.current.length && deps.every((d, i) => Object.is(d, lastDeps.current[i]));
    lastDeps.current = deps;
    setState((s) => (s.status === 'loading' || (same && s.status === 'ready') ? s : { status: 'loading' }));
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
