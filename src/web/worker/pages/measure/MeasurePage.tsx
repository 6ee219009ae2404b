import '../../styles/forms.css';
import '../../styles/checkup.css';
import '../../styles/counselling.css';
import '../../styles/measure.css';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../shared/api';
import { usePageTitle } from '../../app/use-page-title';
import { checkupTexts } from '../../checkup/texts';
import { PageHeader } from '../../components/PageHeader';
import { withTexts } from '../../i18n/lazy-texts';
import { loadMeasure } from '../../measure/api';
import { parseMeasureHash } from '../../measure/link';
import { type ClosedWhy, failureOf } from '../../measure/sender';
import { keepMeasure, keptMeasure, tokenOfVisit } from '../../measure/session';
import { measureTexts } from '../../measure/texts';
import { LinkClosed, MeasureFooter } from './MeasureBoxes';
import { MeasureFlow } from './MeasureFlow';

/** The link, read once per visit: the token leaves the address bar at once and stays in memory only. */
const takeToken = () => tokenOfVisit(parseMeasureHash(window.location.hash));

/** Why a questionnaire could not be opened: the link's state (said kindly), or null: a network to wait for. */
function closedWhy(err: unknown): ClosedWhy | null {
  const failure = failureOf(err);
  return failure.kind === 'closed' ? failure.why : null;
}

const offline = (err: unknown) =>
  (err instanceof ApiError && err.status === 0) || (typeof navigator !== 'undefined' && !navigator.onLine);

/**
 * /measure#t=<token>: a questionnaire a counsellor sent by text message. The token is taken off the address
 * bar, the questionnaire fetched with it in a header, answered one question per screen with the check-up's
 * screens (crisis help the moment a critical answer is given), and sent with safe retries. Expired, answered
 * or unknown links are said kindly, with the way home and to help.
 */
function MeasurePage() {
  const { t } = useTranslation('measure');
  usePageTitle(t('title'));
  const [token] = useState(takeToken);
  // The token leaves the address bar (and so the history, a shared screen, a screenshot) at once.
  useEffect(() => {
    if (window.location.hash)
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
  }, []);

  if (token === null || token === 'broken')
    return (
      <>
        <PageHeader title={t('title')} />
        <div className="page measure">
          {token === null ? <LinkClosed text={t('noLink')} /> : <LinkClosed why="invalid" />}
          <MeasureFooter />
        </div>
      </>
    );
  return <Questionnaire token={token} />;
}

function Questionnaire({ token }: { token: string }) {
  const { t, i18n } = useTranslation('measure');
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const [measure, setMeasure] = useState(() => keptMeasure(token));
  const [error, setError] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setError(null);
    setAttempt((n) => n + 1);
  }, []);

  // The questionnaire once per link (kept in memory for a visit to the crisis page and back); a failed
  // load tries again by itself when the phone comes back online.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the retry trigger.
  useEffect(() => {
    if (measure) return;
    let live = true;
    loadMeasure(token, lang)
      .then((m) => {
        keepMeasure(token, m);
        if (live) setMeasure(m);
      })
      .catch((err: unknown) => live && setError(err));
    return () => {
      live = false;
    };
  }, [token, attempt]);
  useEffect(() => {
    if (!error) return;
    window.addEventListener('online', retry);
    return () => window.removeEventListener('online', retry);
  }, [error, retry]);

  if (measure) return <MeasureFlow token={token} measure={measure} />;

  let body: ReactNode;
  if (error) {
    const why = closedWhy(error);
    body = why ? (
      <LinkClosed why={why} />
    ) : (
      <div className="status-box" role="alert">
        <p>{offline(error) ? t('offline') : t('error')}</p>
        <button type="button" className="big-button secondary" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    );
  } else {
    body = (
      <p className="status-line" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('loading')}
      </p>
    );
  }
  return (
    <>
      <PageHeader title={t('title')} />
      <div className="page measure">
        {body}
        <MeasureFooter />
      </div>
    </>
  );
}

export default withTexts(MeasurePage, checkupTexts, measureTexts);
