import { useSyncExternalStore } from 'react';
import { savedLargeText, saveLargeText } from '../../shared/preferences';

/**
 * Large-text mode: one class on <html> raises the root font size, and every size in the app (ours and
 * antd-mobile's --adm-font-size-* variables, set in rem) follows it at once, without re-rendering.
 */
let largeText = savedLargeText();
const listeners = new Set<() => void>();

export function applyLargeText(on: boolean): void {
  document.documentElement.classList.toggle('large-text', on);
}

export function setLargeText(on: boolean): void {
  largeText = on;
  saveLargeText(on);
  applyLargeText(on);
  for (const listener of listeners) listener();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useLargeText = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => largeText,
    () => false,
  );
