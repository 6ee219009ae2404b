import { type FormEvent, type ReactNode, useEffect, useRef, useState } from 'react';
import { normaliseMobile } from '../../../../core/booking/phone';
import { ApiError } from '../../../shared/api';
import type { Booking } from '../../../shared/api-types';
import { isCode, normaliseCode } from '../../checkup/retrieval-code';
import { fetchMyBookings } from '../../counselling/api';
import { isPhoneCode } from '../../counselling/booking-form';
import { type Credential, rememberCredential } from '../../counselling/credential';
import { useKept } from '../../counselling/kept';
import { knownCode } from '../../counselling/known-code';
import { type CodeSent, PhoneCodeFields } from './PhoneCodeFields';
import { RetrievalField } from './RetrievalField';
import { useWords } from './words';

type Field = 'phone' | 'code' | 'retrievalCode';

/** What the proof form says; the booking pages' words by default (VerifyPanel). */
export interface ProofWords {
  heading: string;
  show: string;
  checking: string;
  phoneHint: string;
  offline: string;
  error: string;
  /** Too many tries in a minute (the server's rate limit). */
  busy?: string;
  lastPhone: (masked: string) => string;
  lastCode: string;
}

/**
 * Proving who one is, by the phone number again with a new code (the phone keeps only its masked form), or
 * by the check-up code. The proof is the first answer itself (`prove`): once it comes, the credential is
 * kept in memory for the next ten minutes (never stored) and `onProved` gets the answer.
 */
export function ProofForm<T>({
  prove,
  onProved,
  words,
  notice,
  auto = false,
  extra,
  ready,
  explain,
}: {
  prove: (c: Credential) => Promise<T>;
  onProved: (c: Credential, answer: T) => void;
  words: ProofWords;
  notice?: string | null;
  /** Asks at once with the check-up code this phone knows, when the appointments were booked with it. */
  auto?: boolean;
  /** More fields before the button (an event's consent), told which way the worker proves who they are. */
  extra?: (way: 'phone' | 'retrieval') => ReactNode;
  /** False stops the sending (the extra fields say what is missing). */
  ready?: () => boolean;
  /** The page's own words for a refusal of what `prove` asked (null: the proof form's words). */
  explain?: (err: unknown) => string | null;
}) {
  const { t } = useWords();
  const kept = useKept();
  const [known] = useState(knownCode);
  const [way, setWay] = useState<'phone' | 'retrieval'>(
    kept.way?.kind === 'retrieval' || (!kept.way && known) ? 'retrieval' : 'phone',
  );
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [sent, setSent] = useState<CodeSent | null>(null);
  const [retrievalCode, setRetrievalCode] = useState(known ?? '');
  const [checking, setChecking] = useState(false);
  const [error, setError] = useState<{ field?: Field; text: string } | null>(null);

  const check = (c: Credential) => {
    setChecking(true);
    setError(null);
    prove(c)
      .then((answer) => {
        rememberCredential(c);
        onProved(c, answer);
      })
      .catch((err: unknown) => {
        const code = err instanceof ApiError ? err.code : 'network';
        setChecking(false);
        const own = explain?.(err);
        if (own) return setError({ text: own });
        if (code === 'invalid_phone_code') setError({ field: 'code', text: t('book.codeWrong') });
        else if (code === 'invalid_phone') setError({ field: 'phone', text: t('book.phoneInvalid') });
        else if (code === 'unknown_retrieval_code' || code === 'validation_failed')
          setError({
            field: way === 'phone' ? 'code' : 'retrievalCode',
            text: t(way === 'phone' ? 'book.codeWrong' : 'book.retrievalUnknown'),
          });
        else if (err instanceof ApiError && err.status === 0) setError({ text: words.offline });
        else if (err instanceof ApiError && err.status === 429 && words.busy) setError({ text: words.busy });
        else setError({ text: words.error });
      });
  };

  // The check-up code kept on this phone, when the appointments were booked with it: no typing needed.
  const asked = useRef(false);
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the page opens.
  useEffect(() => {
    if (!auto || asked.current || !known || kept.way?.kind !== 'retrieval') return;
    asked.current = true;
    check({ kind: 'retrieval', code: normaliseCode(known) });
  }, []);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (way === 'phone') {
      const number = normaliseMobile(phone);
      if (!number) return setError({ field: 'phone', text: t('book.phoneInvalid') });
      if (!sent) return setError({ field: 'code', text: t('book.codeFirst') });
      if (!isPhoneCode(code)) return setError({ field: 'code', text: t('book.codeInvalid') });
      if (ready && !ready()) return setError(null);
      return check({ kind: 'phone', phone: number, code, expiresAt: sent.expiresAt });
    }
    if (!isCode(retrievalCode)) return setError({ field: 'retrievalCode', text: t('book.retrievalInvalid') });
    if (ready && !ready()) return setError(null);
    check({ kind: 'retrieval', code: normaliseCode(retrievalCode) });
  };

  const fieldError = (f: Field) => (error?.field === f ? error.text : undefined);
  return (
    <form className="verify-panel" onSubmit={submit} noValidate aria-labelledby="verify-heading">
      <h2 id="verify-heading" className="section-title">
        {words.heading}
      </h2>
      {notice && (
        <p className="note-box" role="status">
          {notice}
        </p>
      )}
      {kept.way && (
        <p className="hint">
          {kept.way.kind === 'phone' ? words.lastPhone(kept.way.masked) : words.lastCode}
        </p>
      )}
      <div className="choice-list">
        {(['phone', 'retrieval'] as const).map((w) => (
          <label key={w} className="choice">
            <input
              type="radio"
              name="verify-way"
              checked={way === w}
              onChange={() => {
                setWay(w);
                setError(null);
              }}
            />
            <span className="choice-mark" aria-hidden="true" />
            <span>{w === 'phone' ? t('book.wayPhone') : t('book.wayCode')}</span>
          </label>
        ))}
      </div>
      {way === 'phone' ? (
        <PhoneCodeFields
          phone={phone}
          code={code}
          sent={sent}
          onPhone={setPhone}
          onCode={setCode}
          onSent={setSent}
          hint={words.phoneHint}
          phoneError={fieldError('phone')}
          codeError={fieldError('code')}
        />
      ) : (
        <RetrievalField
          known={known}
          value={retrievalCode}
          onChange={setRetrievalCode}
          error={fieldError('retrievalCode')}
        />
      )}
      {extra?.(way)}
      {error && !error.field && (
        <p className="status-box" role="alert">
          {error.text}
        </p>
      )}
      <button type="submit" className="big-button" disabled={checking}>
        {checking ? words.checking : words.show}
      </button>
    </form>
  );
}

/**
 * Proving who one is before seeing or changing appointments: the proof is the list itself, asked for at
 * once, and kept in memory for the next ten minutes.
 */
export function VerifyPanel({
  onVerified,
  notice,
}: {
  onVerified: (c: Credential, bookings: Booking[]) => void;
  notice?: string | null;
}) {
  const { t } = useWords();
  const words: ProofWords = {
    heading: t('mine.verifyHeading'),
    show: t('mine.show'),
    checking: t('mine.checking'),
    phoneHint: t('mine.phoneHint'),
    offline: t('mine.offline'),
    error: t('mine.error'),
    lastPhone: (phone) => t('mine.lastPhone', { phone }),
    lastCode: t('mine.lastCode'),
  };
  return <ProofForm prove={fetchMyBookings} onProved={onVerified} words={words} notice={notice} auto />;
}
