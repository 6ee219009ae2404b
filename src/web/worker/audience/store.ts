import { useEffect, useState } from 'react';
import { type AudienceId, isAudienceId } from '../../../core/content/audiences';
import { AUDIENCES_KEY } from './said';

/**
 * Who the worker said they are (货车司机, 倒班职工 …), kept on this phone only: never required, never sent with
 * anything but a list request's `audience` parameter, which the server does not keep. Lists then show what is
 * meant for these groups first (core/content/audiences.ts `byAudienceFit`).
 */
const KEY = AUDIENCES_KEY;
const CHANGED = 'carnation:audiences-changed';

export function readMyAudiences(): AudienceId[] {
  try {
    const raw = localStorage.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(parsed)
      ? parsed.filter((v): v is AudienceId => typeof v === 'string' && isAudienceId(v))
      : [];
  } catch {
    return []; // storage blocked or damaged: as if nothing was said
  }
}

export function saveMyAudiences(ids: readonly string[]): void {
  const clean = [...new Set(ids)].filter(isAudienceId);
  try {
    if (clean.length === 0) localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, JSON.stringify(clean));
  } catch {
    /* storage blocked: the choice lasts for this page only */
  }
  window.dispatchEvent(new Event(CHANGED));
}

/** The worker's groups, kept current when they change here or in another tab. */
export function useMyAudiences(): AudienceId[] {
  const [mine, setMine] = useState(readMyAudiences);
  useEffect(() => {
    const update = () => setMine(readMyAudiences());
    window.addEventListener(CHANGED, update);
    window.addEventListener('storage', update);
    return () => {
      window.removeEventListener(CHANGED, update);
      window.removeEventListener('storage', update);
    };
  }, []);
  return mine;
}
