import { useEffect, useState } from 'react';
import { audienceFit, byAudienceFit } from '../../../core/content/audiences';
import { api } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { DEFAULT_ID } from './choice';
import { KEYS, readJson, writeJson } from './storage';
import type { CheckupSummary } from './types';

/** An instrument a worker of this federation may take alone (GET /api/v1/instruments). */
export interface InstrumentEntry {
  id: string;
  version: string;
  name: string;
  shortName: string;
  minutes: number;
  itemCount: number;
}

export interface ChoiceLists {
  checkups: CheckupSummary[];
  instruments: InstrumentEntry[];
}

/**
 * What the start screen offers besides the check-up it is about: the other check-ups (those meant for the
 * worker's own groups first, then the rest in the API's order: the default, then the federation's own) and
 * each instrument alone, leaving out the one on screen. Nothing is hidden from anyone.
 */
export function choicesOf(lists: ChoiceLists, chosen: string, mine: readonly string[] = []) {
  return {
    others: byAudienceFit(
      lists.checkups.filter((c) => c.id !== chosen),
      // A list kept from before check-ups had audiences has none: as if for everyone.
      (c) => c.audiences ?? [],
      mine,
    ),
    singles: lists.instruments.filter((i) => i.id !== chosen),
  };
}

/** Whether a check-up names one of the worker's groups (the list marks it "适合您"). */
export const meantForMe = (c: { audiences?: readonly string[] }, mine: readonly string[]): boolean =>
  audienceFit(c.audiences ?? [], mine) === 0;

/** The path that opens a check-up (or an instrument alone); the id is not sensitive, unlike a code. */
export const checkupUrl = (id: string): string =>
  id === DEFAULT_ID ? '/checkup?id=default' : `/checkup?id=${encodeURIComponent(id)}`;

const valid = (l: ChoiceLists | null): l is ChoiceLists =>
  Boolean(l && Array.isArray(l.checkups) && Array.isArray(l.instruments));

/**
 * Both lists, fetched after the start screen is up (they are not needed for the first question). The
 * service worker keeps the last answers; a copy on the phone covers a WebView without one. Null while
 * loading, and when there is nothing to show (the lists are extras: no error is shown for them).
 */
export function useChoiceLists(lang: Language): ChoiceLists | null {
  const [lists, setLists] = useState<ChoiceLists | null>(() => {
    const kept = readJson<ChoiceLists>(KEYS.lists(lang));
    return valid(kept) ? kept : null;
  });
  useEffect(() => {
    let live = true;
    const kept = readJson<ChoiceLists>(KEYS.lists(lang));
    setLists(valid(kept) ? kept : null);
    const get = <T>(path: string) => api<T>('GET', `${path}?lang=${lang}`, undefined, { timeoutMs: 15_000 });
    Promise.all([
      get<{ checkups: CheckupSummary[] }>('/api/v1/checkups'),
      get<{ instruments: InstrumentEntry[] }>('/api/v1/instruments'),
    ])
      .then(([c, i]) => {
        const fresh = { checkups: c.checkups, instruments: i.instruments };
        if (!valid(fresh)) return;
        writeJson(KEYS.lists(lang), fresh);
        if (live) setLists(fresh);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [lang]);
  return lists;
}
