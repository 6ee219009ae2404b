import { useSyncExternalStore } from 'react';

/**
 * What the phone keeps about the worker's appointments (localStorage): the ids of the open bookings and the
 * way they proved who they are — the masked number (138****8000) or only "the check-up code". Never a
 * phone code, a full number or the retrieval code: to see the appointments again the worker proves it again.
 */
export type KeptWay = { kind: 'phone'; masked: string } | { kind: 'retrieval' };

export interface Kept {
  ids: string[];
  way: KeptWay | null;
}

const KEY = 'carnation.counselling.mine';
const CHANGED = 'carnation:counselling-changed';
const empty: Kept = { ids: [], way: null };
const MAX_IDS = 20;

const isWay = (w: unknown): w is KeptWay => {
  const way = w as { kind?: unknown; masked?: unknown } | null;
  return (
    way?.kind === 'retrieval' ||
    (way?.kind === 'phone' && typeof way.masked === 'string' && /^[\d*]{0,11}$/.test(way.masked))
  );
};

/** A stored record read back; anything damaged or unexpected counts as nothing kept. */
export function parseKept(raw: string | null): Kept {
  if (!raw) return empty;
  try {
    const value = JSON.parse(raw) as { ids?: unknown; way?: unknown };
    const ids = Array.isArray(value.ids)
      ? value.ids.filter((id): id is string => typeof id === 'string' && /^[0-9a-f-]{36}$/i.test(id))
      : [];
    // Rebuilt field by field, so nothing else that found its way into storage is carried along.
    const way: KeptWay | null = !isWay(value.way)
      ? null
      : value.way.kind === 'phone'
        ? { kind: 'phone', masked: value.way.masked }
        : { kind: 'retrieval' };
    return { ids: ids.slice(-MAX_IDS), way };
  } catch {
    return empty;
  }
}

/** A new booking: its id added (once), and the way it was made remembered as the latest. */
export const withBooking = (kept: Kept, id: string, way: KeptWay): Kept => ({
  ids: [...kept.ids.filter((x) => x !== id), id].slice(-MAX_IDS),
  way,
});

/** A booking moved to another time is a new booking: the new id takes the old one's place. */
export const withMoved = (kept: Kept, oldId: string, newId: string): Kept => ({
  ...kept,
  ids: kept.ids.includes(oldId)
    ? kept.ids.map((x) => (x === oldId ? newId : x)).filter((x, i, all) => all.indexOf(x) === i)
    : [...kept.ids, newId].slice(-MAX_IDS),
});

/** After the server listed them: only the ids of bookings still open and to come are kept. */
export const withOpen = (
  kept: Kept,
  bookings: readonly { id: string; status: string; slot: { startsAt: string } }[],
  now: Date,
): Kept => ({
  ...kept,
  ids: bookings
    .filter((b) => b.status === 'booked' && Date.parse(b.slot.startsAt) > now.getTime())
    .map((b) => b.id)
    .slice(0, MAX_IDS),
});

let memory: string | null = null;

function read(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return memory; // storage blocked: this visit only
  }
}

export const loadKept = (): Kept => parseKept(read());

export function saveKept(kept: Kept): void {
  const raw = JSON.stringify(kept);
  try {
    localStorage.setItem(KEY, raw);
  } catch {
    memory = raw;
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function forgetKept(): void {
  memory = null;
  try {
    localStorage.removeItem(KEY);
  } catch {
    /* storage blocked: nothing kept there */
  }
  window.dispatchEvent(new Event(CHANGED));
}

const subscribe = (listener: () => void) => {
  window.addEventListener(CHANGED, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGED, listener);
    window.removeEventListener('storage', listener);
  };
};

/** What is kept, read again whenever it changes (in this tab or another). */
export function useKept(): Kept {
  const raw = useSyncExternalStore(subscribe, read);
  // parseKept makes a new object each time: memoise on the raw text.
  return cachedParse(raw);
}

let lastRaw: string | null | undefined;
let lastKept: Kept = empty;
function cachedParse(raw: string | null): Kept {
  if (raw !== lastRaw) {
    lastRaw = raw;
    lastKept = parseKept(raw);
  }
  return lastKept;
}
