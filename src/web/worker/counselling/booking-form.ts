import { normaliseMobile } from '../../../core/booking/phone';
import type { BookingTopic, ConsultMode } from '../../shared/api-types';
import { isCode, normaliseCode } from '../checkup/retrieval-code';
import type { Credential } from './credential';

export const topics: readonly BookingTopic[] = ['work', 'family', 'relationships', 'other'];

/** What the booking page holds while the worker fills it in. */
export interface BookingForm {
  topic: BookingTopic | null;
  mode: ConsultMode | null;
  way: 'phone' | 'retrieval';
  phone: string;
  /** The six digits texted to the phone; `codeSent` once one was asked for. */
  code: string;
  codeSent: { expiresAt: number; masked: string } | null;
  retrievalCode: string;
  share: boolean;
  consent: boolean;
}

export type Problem =
  | 'topic'
  | 'mode'
  | 'phone'
  | 'code'
  | 'codeFirst'
  | 'retrievalCode'
  | 'phoneForRemote'
  | 'consent';

/** By phone or video the counsellor calls the worker: that needs a number, which the check-up code is not. */
export const needsPhone = (mode: ConsultMode | null | undefined): boolean =>
  mode === 'phone' || mode === 'video';

export const emptyForm = (modes: readonly ConsultMode[], knownCode: string | null): BookingForm => ({
  topic: null,
  // A time offered one way only needs no choosing.
  mode: modes.length === 1 ? (modes[0] as ConsultMode) : null,
  // The check-up code the phone knows is offered first, unless the time is only by phone or video.
  way: knownCode && modes.includes('in_person') ? 'retrieval' : 'phone',
  phone: '',
  code: '',
  codeSent: null,
  retrievalCode: knownCode ?? '',
  share: false,
  consent: false,
});

export const isPhoneCode = (code: string): boolean => /^\d{6}$/.test(code.trim());

/** What is missing in the way the worker says who they are (a phone and its code, or the check-up code). */
export function wayProblems(
  form: Pick<BookingForm, 'way' | 'phone' | 'code' | 'codeSent' | 'retrievalCode'>,
  mode: ConsultMode | null,
): Problem[] {
  if (form.way === 'phone') {
    if (!normaliseMobile(form.phone)) return ['phone'];
    if (!form.codeSent) return ['codeFirst'];
    return isPhoneCode(form.code) ? [] : ['code'];
  }
  if (needsPhone(mode)) return ['phoneForRemote'];
  return isCode(form.retrievalCode) ? [] : ['retrievalCode'];
}

/** What still stops the booking, in the order the page shows the fields. */
export function problems(form: BookingForm, modes: readonly ConsultMode[]): Problem[] {
  const out: Problem[] = [];
  if (!form.topic) out.push('topic');
  if (!form.mode || !modes.includes(form.mode)) out.push('mode');
  out.push(...wayProblems(form, form.mode));
  if (!form.consent) out.push('consent');
  return out;
}

/** The credential the form names (checked by `problems` first). */
export function credentialOf(
  form: Pick<BookingForm, 'way' | 'phone' | 'code' | 'codeSent' | 'retrievalCode'>,
): Credential {
  return form.way === 'phone'
    ? {
        kind: 'phone',
        phone: normaliseMobile(form.phone) ?? form.phone,
        code: form.code.trim(),
        expiresAt: form.codeSent?.expiresAt ?? 0,
      }
    : { kind: 'retrieval', code: normaliseCode(form.retrievalCode) };
}

/** POST /api/v1/bookings's body. Results are shared only with the retrieval code and when ticked. */
export function bookingBody(slot: string, form: BookingForm, lang: 'zh-CN' | 'en') {
  const credential =
    form.way === 'phone'
      ? { phone: normaliseMobile(form.phone) ?? form.phone.trim(), code: form.code.trim() }
      : { retrievalCode: normaliseCode(form.retrievalCode) };
  return {
    slot,
    topic: form.topic as BookingTopic,
    mode: form.mode as ConsultMode,
    consent: form.consent,
    ...(form.way === 'retrieval' && form.share ? { shareResults: true } : {}),
    lang,
    ...credential,
  };
}

export type BookingBody = ReturnType<typeof bookingBody>;

/**
 * One booking attempt keeps one Idempotency-Key across its retries (a lost answer on a weak signal is asked
 * again, and the server answers with the booking it made); a changed body is a new attempt with a new key.
 */
export interface Attempt {
  key: string;
  body: string;
}

export function attemptFor(previous: Attempt | null, body: BookingBody, newKey: () => string): Attempt {
  const json = JSON.stringify(body);
  return previous?.body === json ? previous : { key: newKey(), body: json };
}
