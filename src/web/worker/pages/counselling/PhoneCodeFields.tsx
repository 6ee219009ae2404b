import { useEffect, useId, useRef, useState } from 'react';
import { normaliseMobile } from '../../../../core/booking/phone';
import { ApiError } from '../../../shared/api';
import { sendPhoneCode } from '../../counselling/api';
import { useWords } from './words';

const RESEND_SECONDS = 60;

export interface CodeSent {
  expiresAt: number;
  masked: string;
}

/**
 * The phone number, "获取验证码", and the six digits from the text message. A new code can be asked for
 * after a minute; what went wrong is said beside the field it concerns.
 */
export function PhoneCodeFields({
  phone,
  code,
  sent,
  onPhone,
  onCode,
  onSent,
  phoneError,
  codeError,
  hint,
}: {
  phone: string;
  code: string;
  sent: CodeSent | null;
  onPhone: (v: string) => void;
  onCode: (v: string) => void;
  onSent: (s: CodeSent) => void;
  phoneError?: string;
  codeError?: string;
  /** What the number is for, under its field. */
  hint?: string;
}) {
  const { t, lang } = useWords();
  const id = useId();
  const [sending, setSending] = useState(false);
  const [sendError, setSendError] = useState<string | null>(null);
  const [wait, setWait] = useState(0);
  const codeInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (wait <= 0) return;
    const timer = setTimeout(() => setWait((w) => w - 1), 1000);
    return () => clearTimeout(timer);
  }, [wait]);

  const send = () => {
    const number = normaliseMobile(phone);
    if (!number) return setSendError(t('book.phoneInvalid'));
    setSending(true);
    setSendError(null);
    sendPhoneCode(number, lang)
      .then((r) => {
        onSent({ expiresAt: Date.parse(r.expiresAt), masked: r.phone });
        setWait(RESEND_SECONDS);
        codeInput.current?.focus();
      })
      .catch((err: unknown) => {
        const code = err instanceof ApiError ? err.code : '';
        setSendError(
          code === 'invalid_phone'
            ? t('book.phoneInvalid')
            : code === 'rate_limited'
              ? t('book.rateLimited')
              : code === 'network' || code === 'timeout'
                ? t('load.offline')
                : t('book.codeError'),
        );
      })
      .finally(() => setSending(false));
  };

  const phoneMessage = sendError ?? phoneError;
  return (
    <div className="phone-fields">
      <label className="field-label" htmlFor={`${id}-phone`}>
        {t('book.phoneLabel')}
      </label>
      <input
        id={`${id}-phone`}
        className="text-input"
        type="tel"
        inputMode="tel"
        autoComplete="tel"
        value={phone}
        onChange={(e) => onPhone(e.target.value)}
        aria-invalid={Boolean(phoneMessage)}
        aria-describedby={`${id}-phone-note`}
      />
      <p
        id={`${id}-phone-note`}
        className={phoneMessage ? 'field-error' : 'hint'}
        role={phoneMessage ? 'alert' : undefined}
      >
        {phoneMessage ?? hint ?? t('book.phoneHint')}
      </p>
      <button type="button" className="big-button secondary" onClick={send} disabled={sending || wait > 0}>
        {sending
          ? t('book.sendingCode')
          : wait > 0
            ? t('book.resendIn', { seconds: wait })
            : sent
              ? t('book.resend')
              : t('book.getCode')}
      </button>
      {sent && (
        <p className="note-box" role="status">
          {t('book.codeSent', { phone: sent.masked })}
        </p>
      )}
      <label className="field-label" htmlFor={`${id}-code`}>
        {t('book.codeLabel')}
      </label>
      <input
        ref={codeInput}
        id={`${id}-code`}
        className="text-input code-digits"
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={6}
        value={code}
        onChange={(e) => onCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
        aria-invalid={Boolean(codeError)}
        aria-describedby={codeError ? `${id}-code-error` : undefined}
      />
      {codeError && (
        <p id={`${id}-code-error`} className="field-error" role="alert">
          {codeError}
        </p>
      )}
    </div>
  );
}
