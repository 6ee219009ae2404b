import { useSyncExternalStore } from 'react';

/** Whether the phone reports a network connection; pages use it to say honestly what works offline. */
const subscribe = (listener: () => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

// The build's static first paint (prerender.tsx) has no network to ask about: it draws the page as online.
export const useOnline = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => navigator.onLine,
    () => true,
  );
