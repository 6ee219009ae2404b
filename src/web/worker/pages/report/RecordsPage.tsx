import '../../styles/forms.css';
import '../../styles/report.css';
import { type FormEvent, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../../shared/api';
import { usePageTitle } from '../../app/use-page-title';
import { useHistory } from '../../checkup/history';
import { reportTexts } from '../../checkup/report-texts';
import {
  forgetCode,
  formatCode,
  isCode,
  normaliseCode,
  rememberCode,
  rememberedCode,
} from '../../checkup/retrieval-code';
import { checkupTexts, withTexts } from '../../checkup/texts';
import { seriesOf } from '../../checkup/trend';
import { ShieldIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { HistoryList } from './HistoryList';

/**
 * /records (我的记录): the worker's own check-ups by their code, typed into a form field (never a URL),
 * newest first with trend lines, and erasure of everything under the code.
 */
function RecordsPage() {
  const { t, i18n } = useTranslation('report');
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  usePageTitle(t('records.title'));
  const id = useId();
  const [typed, setTyped] = useState(() => rememberedCode() ?? '');
  // A code remembered on this phone (only when the worker asked for it) shows its records at once.
  const [code, setCode] = useState<string | null>(rememberedCode);
  const [remember, setRemember] = useState(() => rememberedCode() !== null);
  const [version, setVersion] = useState(0);
  const [invalid, setInvalid] = useState(false);
  const [erase, setErase] = useState<'idle' | 'confirm' | 'erasing' | 'error' | { deleted: number }>('idle');
  const history = useHistory(code, lang, version);
  const series = useMemo(() => (history.status === 'ready' ? seriesOf(history.submissions) : []), [history]);

  const show = (e: FormEvent) => {
    e.preventDefault();
    if (!isCode(typed)) return setInvalid(true);
    setInvalid(false);
    setErase('idle');
    setCode(formatCode(typed));
    setVersion((v) => v + 1);
    if (remember) rememberCode(typed);
  };
  const eraseAll = () => {
    if (!code) return;
    setErase('erasing');
    api<{ deleted: number }>('POST', '/api/v1/retrieval/erase', { retrievalCode: normaliseCode(code) })
      .then(({ deleted }) => {
        forgetCode();
        setRemember(false);
        setTyped('');
        setCode(null);
        setErase({ deleted });
      })
      .catch(() => setErase('error'));
  };

  return (
    <>
      <PageHeader title={t('records.title')} />
      <div className="page records">
        <p className="lead">{t('records.intro')}</p>
        {typeof erase === 'object' && (
          <p className="note-box" role="status">
            {t('records.deleted', { count: erase.deleted })}
          </p>
        )}
        <form className="records-form" onSubmit={show} noValidate>
          <label className="field-label" htmlFor={`${id}-code`}>
            {t('records.codeLabel')}
          </label>
          <input
            id={`${id}-code`}
            className="text-input code-input"
            value={typed}
            onChange={(e) => setTyped(e.target.value)}
            placeholder="XXXX-XXXX-XXXX-XXXX"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            aria-invalid={invalid}
          />
          {invalid && <p className="field-error">{t('checkup:start.codeInvalid')}</p>}
          <label className="check-row">
            <input
              type="checkbox"
              checked={remember}
              onChange={(e) => {
                setRemember(e.target.checked);
                if (!e.target.checked) forgetCode();
                else if (isCode(typed)) rememberCode(typed);
              }}
            />
            <span>{t('records.remember')}</span>
          </label>
          <p className="hint">{t('code.rememberHint')}</p>
          <button type="submit" className="big-button">
            {t('records.show')}
          </button>
        </form>

        {history.status === 'loading' && <p role="status">{t('records.loading')}</p>}
        {history.status === 'error' && (
          <p className="status-box" role="alert">
            {t(
              `records.${history.reason === 'not_found' ? 'notFound' : history.reason === 'offline' ? 'offline' : 'error'}`,
            )}
          </p>
        )}
        {history.status === 'ready' && code && (
          <>
            {history.submissions.length === 0 ? (
              <p className="status-box">{t('records.empty')}</p>
            ) : (
              <HistoryList submissions={history.submissions} series={series} />
            )}
            <section className="erase-box" aria-label={t('records.deleteAll')}>
              {erase === 'confirm' || erase === 'erasing' ? (
                <div className="confirm-box" role="alert">
                  <p>{t('records.deleteConfirm')}</p>
                  <button
                    type="button"
                    className="big-button danger"
                    onClick={eraseAll}
                    disabled={erase === 'erasing'}
                  >
                    {t('records.deleteYes')}
                  </button>
                  <button type="button" className="big-button secondary" onClick={() => setErase('idle')}>
                    {t('records.deleteNo')}
                  </button>
                </div>
              ) : (
                <button
                  type="button"
                  className="big-button secondary danger-text"
                  onClick={() => setErase('confirm')}
                >
                  {t('records.deleteAll')}
                </button>
              )}
              {erase === 'error' && <p className="field-error">{t('records.error')}</p>}
            </section>
          </>
        )}
        <Link to="/my-data" className="link-row">
          <ShieldIcon />
          <span className="link-row-text">
            <span>{t('records.myData')}</span>
            <span className="link-row-desc">{t('records.myDataDesc')}</span>
          </span>
        </Link>
      </div>
    </>
  );
}

export default withTexts(RecordsPage, checkupTexts, reportTexts);
