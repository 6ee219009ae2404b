import { useEffect, useState } from 'react';
import { useOnline } from '../app/use-online';
import { type KeptEntry, readKept } from './kept';

/**
 * The articles kept on the phone, read again when the phone goes on- or offline (the service worker may
 * have kept one meanwhile) and when `again` changes (a page opened another article).
 */
export function useKept(again: unknown = null): KeptEntry[] {
  const online = useOnline();
  const [entries, setEntries] = useState<KeptEntry[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `online` and `again` are the reasons to read again.
  useEffect(() => {
    let live = true;
    void readKept().then((e) => live && setEntries(e));
    return () => {
      live = false;
    };
  }, [online, again]);
  return entries;
}
