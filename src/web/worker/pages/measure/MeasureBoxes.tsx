import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CrisisLevel } from '../../../../core/instruments/types';
import { DangerBox, HotlineList, useLines } from '../../components/CrisisLines';
import { PhoneIcon } from '../../components/icons';
import type { ClosedWhy, SendState } from '../../measure/sender';

/** A link that cannot be answered (or no link at all): kind words and the way home (help is just below). */
export function LinkClosed({ why, text }: { why?: ClosedWhy; text?: string }) {
  const { t } = useTranslation('measure');
  return (
    <>
      <div className="status-box" role={why === 'completed' || why === 'cancelled' ? 'status' : 'alert'}>
        <p>{text ?? t(`closed.${why ?? 'invalid'}`)}</p>
      </div>
      <Link to="/" className="big-button secondary">
        {t('home')}
      </Link>
    </>
  );
}

/** At the foot of every screen of the page: no need to wait for the counsellor when it is urgent. */
export function MeasureFooter() {
  const { t } = useTranslation('measure');
  return (
    <div className="crisis-reminder">
      <p>{t('footer')}</p>
      <Link className="link-row" to="/help">
        <PhoneIcon />
        <span>{t('help')}</span>
      </Link>
    </div>
  );
}

/**
 * Crisis help from the phone's own reading of the answers, shown before anything is sent and whatever the
 * network does: the calm words of the check-up's crisis screen (urgent: item 9), or the gentler ones of a
 * very high score, the lines to call, and 120/110.
 */
export function CrisisHelp({ level, focus }: { level: CrisisLevel; focus?: boolean }) {
  const { t } = useTranslation();
  const lines = useLines();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focus) return;
    window.scrollTo(0, 0);
    heading.current?.focus();
  }, [focus]);
  return (
    <section className="measure-crisis" aria-labelledby="measure-crisis-heading">
      <h2 id="measure-crisis-heading" className="page-title" ref={heading} tabIndex={-1}>
        {level === 'urgent' ? t('crisis.heading') : t('crisis.reportHeading')}
      </h2>
      <p className="lead">{level === 'urgent' ? t('crisis.body') : t('crisis.reportElevated')}</p>
      <h3 className="section-title">{t('crisis.linesHeading')}</h3>
      <HotlineList lines={lines} />
      <DangerBox lines={lines} id="measure-danger" />
    </section>
  );
}

/** Where the answers are: on their way, waiting for a network (with "send again"), arrived, or refused. */
export function SendStatus({
  state,
  urgent,
  onRetry,
}: {
  state: SendState;
  /** A critical answer: the counsellor (and whoever is on duty) is alerted. */
  urgent: boolean;
  onRetry: () => void;
}) {
  const { t } = useTranslation('measure');
  switch (state.status) {
    case 'idle':
    case 'sending':
      return (
        <p className="status-line" role="status">
          <span className="spinner" aria-hidden="true" />
          {t('sending')}
        </p>
      );
    case 'waiting':
      return (
        <div className="status-box" role="status">
          <p>{t('waiting')}</p>
          <button type="button" className="big-button secondary" onClick={onRetry}>
            {t('sendAgain')}
          </button>
        </div>
      );
    case 'sent':
      return (
        <div className="done-box" role="status">
          {!urgent && <h2 className="page-title">{t('doneHeading')}</h2>}
          <p className="lead">{urgent ? t('doneCrisis') : t('done')}</p>
        </div>
      );
    case 'closed':
      return (
        <div className="status-box" role="alert">
          {state.why !== 'completed' && <p>{t('lostAnswers')}</p>}
          <p>{t(`closed.${state.why}`)}</p>
        </div>
      );
    case 'refused':
      return (
        <p className="status-box" role="alert">
          {t('refused')}
        </p>
      );
  }
}
