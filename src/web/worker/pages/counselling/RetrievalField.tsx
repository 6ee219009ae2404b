import { useId } from 'react';
import { codeTail } from '../../checkup/retrieval-code';
import { useWords } from './words';

/**
 * The check-up retrieval code: one the phone already knows (remembered by the worker's choice, or the
 * latest check-up's) is offered by its last four characters, never shown whole; or typed in. A form field
 * only: the code never goes into a URL.
 */
export function RetrievalField({
  known,
  value,
  onChange,
  error,
}: {
  known: string | null;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}) {
  const { t } = useWords();
  const id = useId();
  const usingKnown = known !== null && value === known;
  return (
    <div className="retrieval-field">
      {known && (
        <div className="choice-list">
          <label className="choice">
            <input type="radio" name={`${id}-which`} checked={usingKnown} onChange={() => onChange(known)} />
            <span className="choice-mark" aria-hidden="true" />
            <span>{t('book.retrievalKnown', { tail: codeTail(known) })}</span>
          </label>
          <label className="choice">
            <input type="radio" name={`${id}-which`} checked={!usingKnown} onChange={() => onChange('')} />
            <span className="choice-mark" aria-hidden="true" />
            <span>{t('book.retrievalOther')}</span>
          </label>
        </div>
      )}
      {!usingKnown && (
        <>
          <label className="field-label" htmlFor={id}>
            {t('book.retrievalLabel')}
          </label>
          <input
            id={id}
            className="text-input code-input"
            value={value}
            onChange={(e) => onChange(e.target.value)}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={Boolean(error)}
            aria-describedby={`${id}-note`}
          />
        </>
      )}
      <p id={`${id}-note`} className={error ? 'field-error' : 'hint'} role={error ? 'alert' : undefined}>
        {error ?? t('book.retrievalHint')}
      </p>
    </div>
  );
}
