import { announceChange, KEYS, readJson, remove, writeJson } from './storage';
import type { Progress } from './types';

/**
 * Resume: the check-up in progress (answers so far, position, campaign, the forms it began with) stays on
 * the phone, so a locked phone, a reload or a dropped WeChat page continues at the same question. It is
 * removed once the finished check-up is safe in the outbox, or when the worker starts again.
 */
export function loadProgress(): Progress | null {
  const p = readJson<Progress>(KEYS.progress);
  const valid =
    p?.v === 1 &&
    typeof p.checkup?.id === 'string' &&
    Array.isArray(p.checkup.instruments) &&
    Array.isArray(p.forms) &&
    p.checkup.instruments.every((id) => p.forms.some((f) => f.id === id)) &&
    typeof p.answers === 'object' &&
    Array.isArray(p.decisions) &&
    Number.isInteger(p.position);
  return valid ? p : null;
}

export const saveProgress = (p: Progress): boolean => writeJson(KEYS.progress, p);

export function clearProgress(): void {
  remove(KEYS.progress);
  announceChange();
}
