import { useCallback, useEffect, useRef, useState } from 'react';
import { api } from '../../shared/api';
import { codeTail, rememberCode } from '../checkup/retrieval-code';
import {
  codeHeaders,
  type LinkState,
  linkedCode,
  readLink,
  type SyncTrouble,
  troubleOf,
  writeLink,
} from './linked-copy';

export type LinkStatus =
  | { kind: 'off' }
  | { kind: 'syncing' }
  | { kind: 'synced'; at: string }
  | { kind: 'needsCode' }
  | { kind: 'trouble'; trouble: SyncTrouble };

/**
 * The lifecycle of a copy linked to the retrieval code, for a page that keeps its own data on the phone:
 * link (the code remembered where the check-up remembers it), sync now and whenever the phone is back
 * online, stop (the server copy deleted, the phone's kept). `sync` merges and stores the phone's side and
 * answers the server copy's new version; it may throw `gone` errors when the link was stopped elsewhere.
 */
export function useLink(
  key: string,
  url: string,
  sync: (code: string, state: LinkState) => Promise<string>,
  isGone: (e: unknown) => boolean,
) {
  const [state, setState] = useState<LinkState | null>(() => readLink(key));
  const [status, setStatus] = useState<LinkStatus>(() =>
    readLink(key) ? { kind: 'syncing' } : { kind: 'off' },
  );
  const running = useRef<Promise<void> | null>(null);
  const again = useRef(false);
  /** Counts changes made on this phone, so one made while a sync runs stays pending for the next round. */
  const changes = useRef(0);
  const syncRef = useRef(sync);
  syncRef.current = sync;

  const run = useCallback(async (): Promise<void> => {
    if (running.current) {
      again.current = true;
      return running.current;
    }
    const work = (async () => {
      do {
        again.current = false;
        const startedAt = changes.current;
        const current = readLink(key);
        if (!current) return setStatus({ kind: 'off' });
        const code = linkedCode(current);
        if (!code) return setStatus({ kind: 'needsCode' });
        if (typeof navigator !== 'undefined' && navigator.onLine === false)
          return setStatus({ kind: 'trouble', trouble: 'offline' });
        setStatus({ kind: 'syncing' });
        try {
          const updatedAt = await syncRef.current(code, current);
          // A change made while this sync ran stays pending for the next round.
          const meanwhile = changes.current !== startedAt;
          const latest = readLink(key);
          const next: LinkState = { tail: current.tail, updatedAt, pending: meanwhile };
          if (meanwhile && latest?.removed) next.removed = latest.removed;
          again.current = meanwhile;
          writeLink(key, next);
          setState(next);
          setStatus({ kind: 'synced', at: new Date().toISOString() });
        } catch (e) {
          if (isGone(e)) {
            writeLink(key, null);
            setState(null);
            return setStatus({ kind: 'trouble', trouble: 'unlinked_elsewhere' });
          }
          const trouble = troubleOf(e);
          if (trouble === 'unknown_code') {
            writeLink(key, null);
            setState(null);
          }
          return setStatus({ kind: 'trouble', trouble });
        }
      } while (again.current);
    })();
    running.current = work;
    try {
      await work;
    } finally {
      running.current = null;
    }
  }, [key, isGone]);

  useEffect(() => {
    if (readLink(key)) void run();
    const online = () => {
      if (readLink(key)?.pending) void run();
    };
    window.addEventListener('online', online);
    return () => window.removeEventListener('online', online);
  }, [key, run]);

  /** Something changed on this phone: note it, then send it (at once, or when back online). */
  const changed = useCallback(
    (update: (s: LinkState) => LinkState = (s) => ({ ...s, pending: true })) => {
      const current = readLink(key);
      if (!current) return;
      const next = update({ ...current, pending: true });
      writeLink(key, next);
      setState(next);
      changes.current++;
      void run();
    },
    [key, run],
  );

  const link = useCallback(
    async (code: string) => {
      rememberCode(code);
      const next: LinkState = { tail: codeTail(code), updatedAt: null, pending: true };
      writeLink(key, next);
      setState(next);
      await run();
    },
    [key, run],
  );

  const unlink = useCallback(async (): Promise<SyncTrouble | null> => {
    const code = linkedCode(readLink(key));
    try {
      if (code) await api('DELETE', url, undefined, codeHeaders(code));
    } catch (e) {
      const trouble = troubleOf(e);
      if (trouble !== 'unknown_code') return trouble;
    }
    writeLink(key, null);
    setState(null);
    setStatus({ kind: 'off' });
    return null;
  }, [key, url]);

  return { state, status, link, unlink, changed, retry: run };
}
