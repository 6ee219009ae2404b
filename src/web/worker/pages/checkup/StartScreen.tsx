import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Language } from '../../../shared/preferences';
import type { BundleState } from '../../checkup/bundle';
import { type CampaignState, kindOf, wholeMinutes } from '../../checkup/choice';
import { codeTail, isCode } from '../../checkup/retrieval-code';
import { checkupTitle } from '../../checkup/texts';
import type { CheckupSummary, Form, Progress } from '../../checkup/types';
import { PhoneIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { CodeField } from './CodeField';
import { PendingNotice } from './PendingNotice';
import { ResumeBox } from './ResumeBox';

// The other check-ups and single questionnaires: not needed for the first question, so a chunk of their own.
const ChoiceLists = lazy(() => import('./ChoiceLists'));

interface Props {
  /** The bundle of the check-up on screen (loading while it is fetched or not yet known). */
  bundle: BundleState;
  reload: () => void;
  target: string | null;
  lang: Language;
  progress: Progress | null;
  /** The kept progress is the check-up on screen (else starting this one would give it up). */
  fits: boolean;
  position: { n: number; total: number } | null;
  campaign: CampaignState;
  remembered: string | null;
  onStart: (code: string | null) => void;
  onResume: () => void;
  onRestart: () => void;
}

const shortNameOf = (c: CheckupSummary, forms: Form[]) => forms.find((f) => f.id === c.id)?.shortName;

/**
 * What the check-up is, how long, that it is anonymous and a screening hint, and a big start button; then,
 * once that is up, the other check-ups and the questionnaires that can be taken alone.
 */
export function StartScreen(props: Props) {
  const { bundle, progress, fits, position, campaign, remembered, target } = props;
  const { t } = useTranslation('checkup');
  const [code, setCode] = useState('');
  const [useRemembered, setUseRemembered] = useState(true);
  const [confirmAbandon, setConfirmAbandon] = useState(false);
  const typed = code.trim();
  const codeError = typed !== '' && !isCode(typed);
  const chosenCode = remembered && useRemembered ? remembered : typed && !codeError ? typed : null;
  const ready = bundle.status === 'ready' ? bundle : null;
  const kind = ready ? kindOf(ready.checkup) : target === 'default' ? 'default' : null;
  const title = ready
    ? checkupTitle(t, ready.checkup, shortNameOf(ready.checkup, ready.forms))
    : kind === 'default' && t('title');
  const kept = progress && position ? progress : null;
  const other = kept && !fits ? checkupTitle(t, kept.checkup, shortNameOf(kept.checkup, kept.forms)) : null;
  // A campaign link runs its own check-up: the choice of others is left out, unless the link has ended.
  const choosing = campaign.status === 'none' || campaign.status === 'gone';
  const start = () => (other && !confirmAbandon ? setConfirmAbandon(true) : props.onStart(chosenCode));

  return (
    <>
      <PageHeader title={t('shortTitle')} />
      <div className="page start">
        {title && <h2 className="page-title">{title}</h2>}
        <p className="lead">{t('start.lead')}</p>
        {ready && kind === 'own' && ready.checkup.description && <p>{ready.checkup.description}</p>}
        {ready && kind === 'single' && (
          <p className="hint">{ready.forms.find((f) => f.id === ready.checkup.id)?.name}</p>
        )}
        {(campaign.status === 'ready' || campaign.status === 'unknown') && (
          <div className="note-box" data-testid="campaign-note">
            {campaign.status === 'ready' ? (
              <>
                <p>{t('start.campaignFrom')}</p>
                <p className="campaign-name">{campaign.link.name}</p>
              </>
            ) : (
              <p>{t('start.campaign')}</p>
            )}
            <p>{t('start.campaignPrivacy')}</p>
          </div>
        )}
        {campaign.status === 'gone' && (
          <p className="note-box" role="status">
            {t('start.campaignGone')}
          </p>
        )}
        <ul className="start-facts">
          {ready && (
            <li>
              {t('start.facts', {
                minutes: wholeMinutes(ready.checkup.minutes),
                count: ready.checkup.itemCount,
              })}
            </li>
          )}
          <li>{t('start.anonymous')}</li>
          <li>{t('start.notDiagnosis')}</li>
          <li>{t('start.notWatched')}</li>
        </ul>
        <Link to="/help" className="link-row">
          <PhoneIcon />
          <span>{t('start.helpLink')}</span>
        </Link>
        <PendingNotice />
        {kept && position && (
          <ResumeBox
            position={position}
            other={other}
            onResume={props.onResume}
            onRestart={props.onRestart}
          />
        )}

        {kept && fits ? null : bundle.status === 'error' ? (
          <div className="status-box" role="alert">
            <p>
              {bundle.missing
                ? t('start.notOffered')
                : bundle.offline
                  ? t('start.offline')
                  : t('start.error')}
            </p>
            {!bundle.missing && (
              <button type="button" className="big-button secondary" onClick={props.reload}>
                {t('start.retry')}
              </button>
            )}
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
            {confirmAbandon && other ? (
              <div className="confirm-box" role="alert">
                <p>{t('start.abandonConfirm', { name: other })}</p>
                <button type="button" className="big-button danger" onClick={start}>
                  {t('start.abandonYes')}
                </button>
                <button
                  type="button"
                  className="big-button secondary"
                  onClick={() => setConfirmAbandon(false)}
                >
                  {t('start.restartNo')}
                </button>
              </div>
            ) : (
              <button
                type="button"
                className="big-button start-button"
                disabled={!ready || codeError}
                onClick={start}
              >
                {ready ? t('start.start') : t('start.loading')}
              </button>
            )}
          </>
        )}
        {choosing && target && bundle.status !== 'loading' && (
          <Suspense fallback={null}>
            <ChoiceLists lang={props.lang} chosen={target} />
          </Suspense>
        )}
      </div>
    </>
  );
}
