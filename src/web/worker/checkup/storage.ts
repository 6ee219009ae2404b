/**
 * What the check-up keeps on the phone (localStorage, never sent anywhere by itself), under these keys. The
 * answers in progress and the outbox hold health answers, so each is removed as soon as it is no longer
 * needed; the retrieval code is kept only when the worker asks for it.
 */
export { KEYS } from './keys';

/** Fired on window whenever the outbox or the report changes, so open screens read them again. */
export const CHANGED = 'carnation:checkup-changed';

/**
 * What the phone would not store (storage blocked or full) is held in memory instead, so the check-up still
 * finishes and sends within this visit; it only cannot survive a reload.
 */
const memory = new Map<string, string>();

export function stored(key: string): string | null {
  try {
    const raw = localStorage.getItem(key);
    if (raw !== null) return raw;
  } catch {
    /* storage blocked: look in memory */
  }
  return memory.get(key) ?? null;
}

export function readJson<T>(key: string): T | null {
  try {
    const raw = stored(key);
    return raw ? (JSON.parse(raw) as T) : null;
  } catch {
    return null; // a damaged value: as if nothing were kept
  }
}

/** Returns false when the phone would not keep it (private mode, storage full): then it lasts this visit. */
export function writeJson(key: string, value: unknown): boolean {
  const json = JSON.stringify(value);
  try {
    localStorage.setItem(key, json);
    memory.delete(key);
    return true;
  } catch {
    memory.set(key, json);
    return false;
  }
}

export function remove(key: string): void {
  memory.delete(key);
  try {
    localStorage.removeItem(key);
  } catch {
    /* storage blocked: nothing was kept there */
  }
}

export const announceChange = (): void => {
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(CHANGED));
};
