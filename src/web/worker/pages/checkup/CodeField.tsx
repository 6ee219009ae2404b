import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The optional retrieval code on the start screen, folded away: most workers have none. A form field only:
 * the code never goes into a URL.
 */
export function CodeField({
  value,
  onChange,
  invalid,
}: {
  value: string;
  onChange: (v: string) => void;
  invalid: boolean;
}) {
  const { t } = useTranslation('checkup');
  const id = useId();
  return (
    <details className="code-details" open={value !== ''}>
      <summary>{t('start.codeHeading')}</summary>
      <p className="hint">{t('start.codeHint')}</p>
      <label htmlFor={id} className="field-label">
        {t('start.codeLabel')}
      </label>
      <input
        id={id}
        className="text-input code-input"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={t('start.codePlaceholder')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${id}-error` : undefined}
      />
      {invalid && (
        <p id={`${id}-error`} className="field-error">
          {t('start.codeInvalid')}
        </p>
      )}
    </details>
  );
}
