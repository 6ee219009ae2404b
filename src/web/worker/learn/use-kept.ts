import { useCallback, useEffect, useState } from 'react';
import { useOnline } from '../app/use-online';
import { clearKept, type KeptEntry, readKept } from './kept';

/**
 * The articles kept on the phone, read again when the phone goes on- or offline (the service worker may
 * have kept one meanwhile) and when `again` changes (a page opened another article).
 */
export function useKept(again: unknown = null): { entries: KeptEntry[]; clear: () => void } {
  const online = useOnline();
  const [entries, setEntries] = useState<KeptEntry[]>([]);
  const [cleared, setCleared] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `online`, `again` and a wipe are the reasons to read again.
  useEffect(() => {
    let live = true;
    void readKept().then((e) => live && setEntries(e));
    return () => {
      live = false;
    };
  }, [online, again, cleared]);
  const clear = useCallback(() => {
    void clearKept().then(() => setCleared((n) => n + 1));
  }, []);
  return { entries, clear };
}
