import { useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  position: { n: number; total: number };
  /** The kept check-up's name when it is not the one on screen (then "continue" leads back to it). */
  other: string | null;
  onResume: () => void;
  onRestart: () => void;
}

/**
 * A check-up in progress: continue it, or clear it and start again (asked once more). When the page is
 * about another check-up, it only offers to continue the kept one; the start button below asks before
 * its answers are given up.
 */
export function ResumeBox({ position, other, onResume, onRestart }: Props) {
  const { t } = useTranslation('checkup');
  const [confirm, setConfirm] = useState(false);
  if (other)
    return (
      <section className="resume-box" aria-label={t('start.resumeHeading')}>
        <p>{t('start.keptOther', { name: other, ...position })}</p>
        <button type="button" className="big-button secondary" onClick={onResume}>
          {t('start.keptResume', { name: other })}
        </button>
      </section>
    );
  return (
    <section className="resume-box" aria-labelledby="resume-heading">
      <h2 id="resume-heading" className="section-title">
        {t('start.resumeHeading')}
      </h2>
      <p>{t('start.resumeBody', position)}</p>
      <button type="button" className="big-button" onClick={onResume}>
        {t('start.resume')}
      </button>
      {confirm ? (
        <div className="confirm-box" role="alert">
          <p>{t('start.restartConfirm')}</p>
          <button type="button" className="big-button danger" onClick={onRestart}>
            {t('start.restartYes')}
          </button>
          <button type="button" className="big-button secondary" onClick={() => setConfirm(false)}>
            {t('start.restartNo')}
          </button>
        </div>
      ) : (
        <button type="button" className="big-button secondary" onClick={() => setConfirm(true)}>
          {t('start.restart')}
        </button>
      )}
    </section>
  );
}
