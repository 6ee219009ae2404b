import { useEventWords } from './words';

/**
 * The registration's separate consent (PIPL): what is kept, for how long and how to withdraw, following the
 * way the worker proves who they are; a box to tick, never ticked for them.
 */
export function EventConsent({
  way,
  checked,
  onChange,
  error,
}: {
  way: 'phone' | 'retrieval';
  checked: boolean;
  onChange: (v: boolean) => void;
  error?: string;
}) {
  const { t } = useEventWords();
  return (
    <fieldset className="consent-box" aria-invalid={Boolean(error)}>
      <legend className="field-label">{t('register.consentHeading')}</legend>
      <ul className="plain-list consent-list">
        <li>{t('register.consentWhat')}</li>
        <li>{way === 'phone' ? t('register.consentPhone') : t('register.consentCode')}</li>
        <li>{t('register.consentKeep')}</li>
        <li>{t('register.consentWithdraw')}</li>
      </ul>
      <label className="check-row">
        <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
        <span>{t('register.consent')}</span>
      </label>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
