import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { updateReport } from '../../checkup/report-store';
import { codeTail, forgetCode, formatCode, rememberCode, rememberedCode } from '../../checkup/retrieval-code';
import { copyText } from './copy-text';

/**
 * The retrieval code of a first check-up, shown once: large, in groups of four, with copy, the plea to write
 * it down, and "remember on this phone" (off unless ticked, with what that means on a shared phone).
 */
export function CodePanel({ reportKey, code }: { reportKey: string; code: string }) {
  const { t } = useTranslation('report');
  const formatted = formatCode(code);
  const [remember, setRemember] = useState(() => rememberedCode() === formatted);
  const [copied, setCopied] = useState<'copied' | 'copyFailed' | null>(null);
  return (
    <section className="code-panel no-print" aria-labelledby="code-heading">
      <h2 id="code-heading" className="section-title">
        {t('code.heading')}
      </h2>
      {/* Read as one code by assistive tech; shown in groups of four that never break inside. */}
      <p className="code-value" data-testid="retrieval-code" data-code={formatted}>
        <span className="visually-hidden">{formatted}</span>
        {formatted.split('-').map((group, i, all) => (
          <span key={group + String(i)} className="code-group" aria-hidden="true">
            {group}
            {i < all.length - 1 ? '-' : ''}
          </span>
        ))}
      </p>
      <p>{t('code.body')}</p>
      <button
        type="button"
        className="big-button secondary"
        onClick={() => void copyText(formatted).then((ok) => setCopied(ok ? 'copied' : 'copyFailed'))}
      >
        {t('code.copy')}
      </button>
      <p className="hint" role="status">
        {copied && t(`code.${copied}`)}
      </p>
      <label className="check-row">
        <input
          type="checkbox"
          checked={remember}
          onChange={(e) => {
            setRemember(e.target.checked);
            if (e.target.checked) rememberCode(formatted);
            else forgetCode();
          }}
        />
        <span>{t('code.remember')}</span>
      </label>
      <p className="hint">{t('code.rememberHint')}</p>
      <button
        type="button"
        className="big-button"
        onClick={() => updateReport(reportKey, { codeAcknowledged: true })}
      >
        {t('code.done')}
      </button>
    </section>
  );
}

/** After the code was written down, or when an earlier code was used: where this result went. */
export function CodeKept({ code }: { code: string }) {
  const { t } = useTranslation('report');
  return <p className="hint no-print">{t('code.kept', { tail: codeTail(code) })}</p>;
}
