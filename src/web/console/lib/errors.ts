import type { TFunction } from 'i18next';
import { ApiError } from '../../shared/api';

const known = new Set([
  'invalid_credentials',
  'invalid_totp',
  'totp_required',
  'rate_limited',
  'network',
  'forbidden',
  'csrf_failed',
  'not_found',
  'stage_incomplete',
  'session_expired',
  'unauthenticated',
  'internal',
  'unavailable',
  'payload_too_large',
  'time_taken',
  'booking_not_found',
  'booking_closed',
]);

const passwordProblems = new Set(['too_short', 'too_long', 'too_common', 'contains_login', 'unchanged']);

function detailsOf(e: ApiError): Record<string, unknown> {
  return typeof e.details === 'object' && e.details !== null ? (e.details as Record<string, unknown>) : {};
}

/** Problems the server found with a new password, in the reader's language. */
export function weakPasswordText(t: TFunction, e: ApiError): string {
  const problems = detailsOf(e).problems;
  if (!Array.isArray(problems)) return e.message;
  const texts = problems.filter((p): p is string => typeof p === 'string' && passwordProblems.has(p));
  return texts.length ? texts.map((p) => t(`password.problem.${p}`)).join('；') : e.message;
}

/**
 * One sentence for the user about what went wrong. Codes we know get our own words; the rest keep the
 * server's message (English) after a short sentence in the reader's language.
 */
export function errorText(t: TFunction, e: unknown): string {
  if (!(e instanceof ApiError)) return t('errors.unknown');
  if (e.code === 'account_locked') {
    const seconds = Number(detailsOf(e).retryAfterSeconds);
    if (Number.isFinite(seconds) && seconds > 0) {
      return t('errors.account_locked_for', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
    }
    return t('errors.account_locked');
  }
  if (e.code === 'weak_password') return weakPasswordText(t, e);
  if (e.code === 'instrument_unavailable') {
    const instrument = detailsOf(e).instrument;
    return t('errors.instrument_unavailable', {
      instrument: typeof instrument === 'string' ? instrument : '',
    });
  }
  if (e.code === 'conflict') {
    const field = detailsOf(e).field;
    if (field === 'login' || field === 'slug') return t(`errors.taken_${field}`);
    return `${t('errors.conflict')}${e.message}`;
  }
  if (e.code === 'validation_failed') {
    const details = Array.isArray(e.details) ? (e.details as { path?: string; message?: string }[]) : [];
    const where = details.map((d) => `${d.path ?? ''} ${d.message ?? ''}`.trim()).join('; ');
    return `${t('errors.validation_failed')}${where}`;
  }
  if (e.code === 'invalid_roster') {
    // The server's problems are short English phrases; the form catches most of them before sending.
    const problems = detailsOf(e).problems;
    const list = Array.isArray(problems) ? problems.filter((p) => typeof p === 'string').join('; ') : '';
    return `${t('errors.invalid_roster')}${list || e.message}`;
  }
  if (e.code === 'bad_request') return `${t('errors.bad_request')}${e.message}`;
  if (known.has(e.code)) return t(`errors.${e.code}`);
  return `${t('errors.unknown')} (${e.code})`;
}

export const hasCode = (e: unknown, code: string): e is ApiError => e instanceof ApiError && e.code === code;
export const isForbidden = (e: unknown): boolean => hasCode(e, 'forbidden');
export const isNetwork = (e: unknown): boolean => hasCode(e, 'network');
