import { useSyncExternalStore } from 'react';
import type { Near } from '../counselling/api';

/**
 * Where the worker is, for 附近: asked of the phone only when the chip is tapped, held in memory for this
 * visit (coming back to the list keeps it), never stored and sent only rounded to about 100 m. Its own small
 * store, apart from the stations' (counselling/place.ts), so the budgeted stations list stays one chunk.
 */
export type Where = { status: 'none' | 'asking' | 'denied' | 'unavailable' } | { status: 'here'; near: Near };

let where: Where = { status: 'none' };
const listeners = new Set<() => void>();

function set(next: Where): void {
  where = next;
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const useWhere = (): Where => useSyncExternalStore(subscribe, () => where);

/** Asks the phone for its location once (a coarse fix is enough, and quick on a weak signal). */
export function locate(): void {
  if (where.status === 'here' || where.status === 'asking') return;
  if (!('geolocation' in navigator)) {
    set({ status: 'unavailable' });
    return;
  }
  set({ status: 'asking' });
  navigator.geolocation.getCurrentPosition(
    (pos) => set({ status: 'here', near: { lat: pos.coords.latitude, lng: pos.coords.longitude } }),
    (err) => set({ status: err.code === err.PERMISSION_DENIED ? 'denied' : 'unavailable' }),
    { enableHighAccuracy: false, timeout: 15_000, maximumAge: 5 * 60_000 },
  );
}
