import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { BundleState } from '../../checkup/bundle';
import { codeTail, isCode } from '../../checkup/retrieval-code';
import type { Progress } from '../../checkup/types';
import { PhoneIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { CodeField } from './CodeField';
import { PendingNotice } from './PendingNotice';

interface Props {
  bundle: BundleState;
  reload: () => void;
  progress: Progress | null;
  position: { n: number; total: number } | null;
  campaign: string | null;
  remembered: string | null;
  onStart: (code: string | null) => void;
  onResume: () => void;
  onRestart: () => void;
}

/** What the check-up is, how long, that it is anonymous and a screening hint, and a big start button. */
export function StartScreen(props: Props) {
  const { bundle, progress, position, campaign, remembered } = props;
  const { t } = useTranslation('checkup');
  const [code, setCode] = useState('');
  const [useRemembered, setUseRemembered] = useState(true);
  const [confirmRestart, setConfirmRestart] = useState(false);
  const typed = code.trim();
  const codeError = typed !== '' && !isCode(typed);
  const chosenCode = remembered && useRemembered ? remembered : typed && !codeError ? typed : null;

  return (
    <>
      <PageHeader title={t('shortTitle')} />
      <div className="page start">
        <h2 className="page-title">{t('title')}</h2>
        <p className="lead">{t('start.lead')}</p>
        <ul className="start-facts">
          {bundle.status === 'ready' && (
            <li>{t('start.facts', { minutes: bundle.checkup.minutes, count: bundle.checkup.itemCount })}</li>
          )}
          <li>{t('start.anonymous')}</li>
          <li>{t('start.notDiagnosis')}</li>
          <li>{t('start.notWatched')}</li>
        </ul>
        <Link to="/help" className="link-row">
          <PhoneIcon />
          <span>{t('start.helpLink')}</span>
        </Link>
        {campaign && <p className="note-box">{t('start.campaign')}</p>}
        <PendingNotice />

        {progress && position ? (
          <section className="resume-box" aria-labelledby="resume-heading">
            <h2 id="resume-heading" className="section-title">
              {t('start.resumeHeading')}
            </h2>
            <p>{t('start.resumeBody', position)}</p>
            <button type="button" className="big-button" onClick={props.onResume}>
              {t('start.resume')}
            </button>
            {confirmRestart ? (
              <div className="confirm-box" role="alert">
                <p>{t('start.restartConfirm')}</p>
                <button type="button" className="big-button danger" onClick={props.onRestart}>
                  {t('start.restartYes')}
                </button>
                <button
                  type="button"
                  className="big-button secondary"
                  onClick={() => setConfirmRestart(false)}
                >
                  {t('start.restartNo')}
                </button>
              </div>
            ) : (
              <button type="button" className="big-button secondary" onClick={() => setConfirmRestart(true)}>
                {t('start.restart')}
              </button>
            )}
          </section>
        ) : bundle.status === 'error' ? (
          <div className="status-box" role="alert">
            <p>{bundle.offline ? t('start.offline') : t('start.error')}</p>
            <button type="button" className="big-button secondary" onClick={props.reload}>
              {t('start.retry')}
            </button>
          </div>
        ) : (
          <>
            {remembered && useRemembered ? (
              <p className="note-box">
                {t('start.codeRemembered', { tail: codeTail(remembered) })}{' '}
                <button type="button" className="text-button" onClick={() => setUseRemembered(false)}>
                  {t('start.codeForget')}
                </button>
              </p>
            ) : (
              <CodeField value={code} onChange={setCode} invalid={codeError} />
            )}
            <button
              type="button"
              className="big-button start-button"
              disabled={bundle.status !== 'ready' || codeError}
              onClick={() => props.onStart(chosenCode)}
            >
              {bundle.status === 'loading' ? t('start.loading') : t('start.start')}
            </button>
          </>
        )}
      </div>
    </>
  );
}
