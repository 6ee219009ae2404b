import { useSyncExternalStore } from 'react';
import type { RegistrationView } from './types';

/**
 * What the phone keeps about the worker's events (localStorage): the ids of their registrations, and nothing
 * else — never a phone number, a phone code, the check-up code or the ticket (the QR text opens the door:
 * it is fetched again after the worker proves who they are). The ids let the list say "you registered".
 */
const KEY = 'carnation.events.mine';
const CHANGED = 'carnation:events-changed';
const MAX_IDS = 30;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A stored record read back; anything damaged or unexpected counts as nothing kept. */
export function parseKeptIds(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const value = JSON.parse(raw) as { ids?: unknown };
    if (!Array.isArray(value.ids)) return [];
    const ids = value.ids.filter((id): id is string => typeof id === 'string' && UUID.test(id));
    return [...new Set(ids)].slice(-MAX_IDS);
  } catch {
    return [];
  }
}

/** The stored form: an object with the ids only, so nothing else found in storage is carried along. */
export const serialiseKept = (ids: readonly string[]): string =>
  JSON.stringify({ ids: [...new Set(ids)].slice(-MAX_IDS) });

export const withRegistration = (ids: readonly string[], id: string): string[] =>
  [...ids.filter((x) => x !== id), id].slice(-MAX_IDS);

/** After the server listed them: the ids of registrations still live or whose feedback is still asked. */
export const withLive = (list: readonly RegistrationView[]): string[] =>
  list
    .filter((r) => r.status !== 'cancelled' && r.status !== 'expired')
    .filter((r) => !r.checkedInAt || r.canGiveFeedback)
    .map((r) => r.id)
    .slice(0, MAX_IDS);

let memory: string | null = null;

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return memory; // storage blocked: this visit only
  }
}

export const loadKeptIds = (): string[] => parseKeptIds(read());

export function saveKeptIds(ids: readonly string[]): void {
  const raw = serialiseKept(ids);
  try {
    if (ids.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, raw);
  } catch {
    memory = raw;
  }
  window.dispatchEvent(new Event(CHANGED));
}

export const forgetKeptIds = (): void => {
  memory = null;
  saveKeptIds([]);
};

const subscribe = (listener: () => void) => {
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', listener);
  };
};

/** How many registrations the phone knows of, read again whenever it changes. */
export function useKeptCount(): number {
  const raw = useSyncExternalStore(subscribe, read);
  return parseKeptIds(raw).length;
}
