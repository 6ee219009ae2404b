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

export type Problem = 'topic' | 'mode' | 'phone' | 'code' | 'codeFirst' | 'retrievalCode' | 'consent';

export const emptyForm = (modes: readonly ConsultMode[], knownCode: string | null): BookingForm => ({
  topic: null,
  // A time offered one way only needs no choosing.
  mode: modes.length === 1 ? (modes[0] as ConsultMode) : null,
  way: knownCode ? 'retrieval' : 'phone',
  phone: '',
  code: '',
  codeSent: null,
  retrievalCode: knownCode ?? '',
  share: false,
  consent: false,
});

export const isPhoneCode = (code: string): boolean => /^\d{6}$/.test(code.trim());

/** What still stops the booking, in the order the page shows the fields. */
export function problems(form: BookingForm, modes: readonly ConsultMode[]): Problem[] {
  const out: Problem[] = [];
  if (!form.topic) out.push('topic');
  if (!form.mode || !modes.includes(form.mode)) out.push('mode');
  if (form.way === 'phone') {
    if (!normaliseMobile(form.phone)) out.push('phone');
    else if (!form.codeSent) out.push('codeFirst');
    else if (!isPhoneCode(form.code)) out.push('code');
  } else if (!isCode(form.retrievalCode)) out.push('retrievalCode');
  if (!form.consent) out.push('consent');
  return out;
}

/** The credential the form names (checked by `problems` first). */
export function credentialOf(form: BookingForm): Credential {
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
