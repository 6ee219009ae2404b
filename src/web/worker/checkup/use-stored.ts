import { useMemo, useSyncExternalStore } from 'react';
import type { ReportRecord } from './report-store';
import { CHANGED, KEYS, stored } from './storage';

const subscribe = (listener: () => void) => {
  window.addEventListener(CHANGED, listener);
  // Another tab of the app (or the WeChat page and a browser) changed it.
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', listener);
  };
};

/** A value kept on the phone, read again whenever the check-up's store changes. */
function useStored<T>(key: string): T | null {
  const raw = useSyncExternalStore(subscribe, () => stored(key));
  return useMemo(() => {
    try {
      return raw ? (JSON.parse(raw) as T) : null;
    } catch {
      return null;
    }
  }, [raw]);
}

export const useReport = (): ReportRecord | null => useStored<ReportRecord>(KEYS.report);
