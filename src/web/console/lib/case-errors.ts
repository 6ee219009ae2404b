import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api';
import { errorText } from './errors';

/** Refusals of the case routes with words of their own ("cases" texts, `errors.*`). */
const caseCodes = new Set([
  'case_closed',
  'case_open',
  'final_measure_required',
  'measure_closed',
  'record_unreadable',
  'phone_required',
  'invalid_answers',
  'already_taken',
  'consent_required',
]);

/**
 * One sentence about what went wrong on a case page: the care refusals first, then the console's usual
 * words. `t` must read the "cases" namespace first (`useCasesTranslation()`).
 */
export function caseErrorText(t: TFunction, e: unknown): string {
  if (e instanceof ApiError && caseCodes.has(e.code)) return t(`errors.${e.code}`);
  return errorText(t, e);
}

/** The case a 409 points at ("a case is already open for this"), if it names one. */
export function existingCaseOf(e: unknown): string | null {
  if (!(e instanceof ApiError) || e.code !== 'conflict') return null;
  const details = e.details;
  if (typeof details !== 'object' || details === null) return null;
  const id = (details as { caseId?: unknown }).caseId;
  return typeof id === 'string' && id ? id : null;
}

/** A link the server gave as a path (no PUBLIC_URL configured) becomes a full address of this site. */
export const absoluteLink = (link: string, origin: string): string =>
  link.startsWith('/') ? `${origin}${link}` : link;
