import { useSyncExternalStore } from 'react';
import type { District } from '../../shared/api-types';
import type { Near } from './api';

/**
 * Where the worker said they are, for ranking the stations: the phone's location or a district they chose.
 * Held in memory for this visit only (coming back to the list keeps it); never stored on the phone.
 */
export type Place =
  | { status: 'none' }
  | { status: 'asking' }
  | { status: 'here'; near: Near }
  | { status: 'district'; near: Near; district: District }
  | { status: 'denied' | 'unavailable' };

let place: Place = { status: 'none' };
const listeners = new Set<() => void>();

function set(next: Place): void {
  place = next;
  for (const l of listeners) l();
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

export const usePlace = (): Place => useSyncExternalStore(subscribe, () => place);

export const chooseDistrict = (district: District): void =>
  set({ status: 'district', district, near: { lat: district.latitude, lng: district.longitude } });

export const clearPlace = (): void => set({ status: 'none' });

/** Asks the phone for its location once (a coarse fix is enough, and quick on a weak signal). */
export function locate(): void {
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

/**
 * A worker who already allowed the location (on an earlier visit) is not asked to tap again: the list is
 * ranked at once. Anyone else sees the button and its explanation first.
 */
export async function locateIfAllowed(): Promise<void> {
  if (place.status !== 'none') return;
  try {
    const status = await navigator.permissions?.query({ name: 'geolocation' });
    if (status?.state === 'granted' && place.status === 'none') locate();
  } catch {
    /* no Permissions API (older WebViews): wait for the tap */
  }
}

export const nearOf = (p: Place): Near | null =>
  p.status === 'here' || p.status === 'district' ? p.near : null;
