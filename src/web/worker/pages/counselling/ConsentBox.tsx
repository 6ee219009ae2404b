import { useWords } from './words';

/**
 * The booking's separate consent (PIPL): what is kept, who sees it, for how long and how to withdraw, in
 * plain words that follow the way the worker proves who they are; a box to tick, never ticked for them.
 */
export function ConsentBox({
  way,
  checked,
  onChange,
  error,
  extra,
}: {
  way: 'phone' | 'retrieval';
  /** What this request keeps besides (the day waited for). */
  extra?: string;
  checked: boolean;
  onChange: (v: boolean) => void;
  error?: string;
}) {
  const { t } = useWords();
  return (
    <fieldset className="consent-box" aria-invalid={Boolean(error)}>
      <legend className="field-label">{t('book.consentHeading')}</legend>
      <ul className="plain-list consent-list">
        <li>{t('book.consentWhat')}</li>
        {extra && <li>{extra}</li>}
        <li>{way === 'phone' ? t('book.consentPhone') : t('book.consentCode')}</li>
        {way === 'phone' && <li>{t('book.consentSms')}</li>}
        <li>{t('book.consentKeep')}</li>
        <li>{t('book.consentWithdraw')}</li>
      </ul>
      <label className="check-row">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{t('book.consent')}</span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
