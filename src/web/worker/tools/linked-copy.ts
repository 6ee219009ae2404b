import { ApiError, type api } from '../../shared/api';
import { codeTail, formatCode, isCode, normaliseCode, rememberedCode } from '../checkup/retrieval-code';

/**
 * A copy the worker chose to link to their retrieval code (the diary, 我是…), as this phone remembers the
 * link: which code (its last four characters only, to say so), the version of the server copy last seen
 * (sent back as baseUpdatedAt), and whether a change still waits to be sent (offline, or the code is needed
 * again). The code itself is not kept here: linking keeps it where the check-up's "remember the code on
 * this phone" does (checkup/retrieval-code.ts), and sync reads it from there, so the phone still holds at
 * most one copy of the code, which "forget" removes.
 */
export interface LinkState {
  tail: string;
  updatedAt: string | null;
  pending: boolean;
  /** Days deleted on this phone since the last sync, with when (the diary only). */
  removed?: Record<string, string>;
}

export const LINK_CHANGED = 'carnation:link-changed';

export function readLink(key: string): LinkState | null {
  try {
    const v = JSON.parse(localStorage.getItem(key) ?? 'null') as Partial<LinkState> | null;
    if (!v || typeof v.tail !== 'string') return null;
    return {
      tail: v.tail,
      updatedAt: typeof v.updatedAt === 'string' ? v.updatedAt : null,
      pending: v.pending === true,
      ...(v.removed && typeof v.removed === 'object' ? { removed: v.removed } : {}),
    };
  } catch {
    return null;
  }
}

export function writeLink(key: string, state: LinkState | null): void {
  try {
    if (state) localStorage.setItem(key, JSON.stringify(state));
    else localStorage.removeItem(key);
  } catch {
    /* storage blocked: the link lasts for this visit */
  }
  if (typeof window !== 'undefined') window.dispatchEvent(new Event(LINK_CHANGED));
}

/** The code to sync with: the remembered one, if it is the code the copy was linked to. */
export function linkedCode(state: LinkState | null): string | null {
  const code = rememberedCode();
  return state && code && codeTail(code) === state.tail ? code : null;
}

export const codeHeaders = (code: string) => ({ headers: { 'x-retrieval-code': formatCode(code) } });

export const validCode = (typed: string): string | null =>
  isCode(typed) ? formatCode(normaliseCode(typed)) : null;

/** Why a sync stopped, in words the card can say; a network failure means "wait until online". */
export type SyncTrouble = 'offline' | 'unknown_code' | 'unlinked_elsewhere' | 'failed';

export function troubleOf(e: unknown): SyncTrouble {
  if (!(e instanceof ApiError)) return 'failed';
  if (e.status === 0) return 'offline';
  if (e.code === 'unknown_retrieval_code') return 'unknown_code';
  return 'failed';
}

export const isConflict = (e: unknown): boolean => e instanceof ApiError && e.status === 409;

export type Call = typeof api;
