import { useEffect, useState } from 'react';
import { ApiError, api } from '../../shared/api';
import type { Language } from '../../shared/preferences';
import { normaliseCode } from './retrieval-code';
import type { HistoryEntry } from './types';

export type HistoryState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; submissions: HistoryEntry[] }
  | { status: 'error'; reason: 'not_found' | 'offline' | 'other' };

/** The worker's own earlier results, by their code, sent in the body (never in a URL). */
export async function fetchHistory(code: string, lang: Language): Promise<HistoryEntry[]> {
  const res = await api<{ submissions: HistoryEntry[] }>(
    'POST',
    '/api/v1/retrieval/history',
    { retrievalCode: normaliseCode(code), lang },
    { timeoutMs: 20_000 },
  );
  return res.submissions;
}

export const historyError = (err: unknown): 'not_found' | 'offline' | 'other' =>
  err instanceof ApiError && err.code === 'unknown_retrieval_code'
    ? 'not_found'
    : (err instanceof ApiError && err.status === 0) || !navigator.onLine
      ? 'offline'
      : 'other';

/** Loads the history for a code when there is one (null: nothing to load); `version` reloads it. */
export function useHistory(code: string | null, lang: Language, version = 0): HistoryState {
  const [state, setState] = useState<HistoryState>({ status: 'idle' });
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` is the reload trigger.
  useEffect(() => {
    if (!code) return setState({ status: 'idle' });
    let live = true;
    setState({ status: 'loading' });
    fetchHistory(code, lang)
      .then((submissions) => live && setState({ status: 'ready', submissions }))
      .catch((err: unknown) => live && setState({ status: 'error', reason: historyError(err) }));
    return () => {
      live = false;
    };
  }, [code, lang, version]);
  return state;
}
