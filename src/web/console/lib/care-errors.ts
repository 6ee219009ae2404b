import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api';
import { errorText } from './errors';

/** Refusals of the care routes that get words of their own (in the "care-live" texts, `errors.*`). */
const careCodes = new Set(['consent_required', 'invalid_phone', 'already_taken', 'record_unreadable']);

/**
 * One sentence about what went wrong: the care routes' own refusals first, then the console's usual words.
 * `t` must read the "care-live" namespace first (`useCareTranslation()`).
 */
export function careErrorText(t: TFunction, e: unknown): string {
  if (e instanceof ApiError && careCodes.has(e.code)) return t(`careErrors.${e.code}`);
  return errorText(t, e);
}
