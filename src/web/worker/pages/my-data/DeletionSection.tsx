import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { Credential } from '../../counselling/credential';
import { deleteMyData } from '../../my-data/api';
import type { Deletion, MyData } from '../../my-data/types';
import { deletionPreview, type Trouble, troubleOf } from '../../my-data/view';
import { TroubleBox } from './TroubleBox';
import { useMyWords } from './words';

type Step = 'idle' | 'confirm' | 'working' | { trouble: Trouble };

/**
 * 删除我的数据: first what will be deleted and what is kept (counted from what is held), a box to tick that it
 * cannot be undone, then the deletion, carried out at once by the server.
 */
export function DeletionSection({
  data,
  credential,
  onRefused,
  onDeleted,
}: {
  data: MyData;
  credential: Credential;
  onRefused: () => void;
  onDeleted: (result: Deletion) => void;
}) {
  const { t, lang } = useMyWords();
  const id = useId();
  const [step, setStep] = useState<Step>('idle');
  const [sure, setSure] = useState(false);
  const [unsure, setUnsure] = useState(false);
  const p = deletionPreview(data);

  const remove = () => {
    if (!sure) return setUnsure(true);
    setStep('working');
    deleteMyData(credential, lang)
      .then(onDeleted)
      .catch((err: unknown) => {
        const why = troubleOf(err);
        if (why === 'proof') return onRefused();
        setStep({ trouble: why });
      });
  };

  const lines = [
    p.checkups > 0 && t('deletion.checkups', { count: p.checkups }),
    p.linked && t('deletion.linked'),
    p.appointments > 0 && t('deletion.appointments', { count: p.appointments }),
    p.upcomingCancelled > 0 && t('deletion.upcoming', { count: p.upcomingCancelled }),
    p.eventRegistrations > 0 && t('deletion.eventRegistrations', { count: p.eventRegistrations }),
    p.contacts > 0 && t('deletion.contacts', { count: p.contacts }),
    p.openRequests > 0 && t('deletion.openRequests', { count: p.openRequests }),
    p.openCases > 0 && t('deletion.openCases', { count: p.openCases }),
    p.referrals > 0 && t('deletion.referrals', { count: p.referrals }),
  ].filter((l): l is string => typeof l === 'string');

  return (
    <section id="my-data-delete" className="my-data-section" aria-labelledby="my-data-delete-heading">
      <h2 id="my-data-delete-heading" className="section-title">
        {t('deletion.heading')}
      </h2>
      <p>{t('deletion.intro')}</p>
      {step === 'idle' ? (
        <button type="button" className="big-button secondary danger-text" onClick={() => setStep('confirm')}>
          {t('deletion.button')}
        </button>
      ) : (
        <section className="confirm-box" aria-labelledby={`${id}-heading`}>
          <h3 id={`${id}-heading`} className="held-item-title">
            {t('deletion.confirmHeading')}
          </h3>
          <p className="field-label">{t('deletion.willDelete')}</p>
          {lines.length ? (
            <ul className="plain-list">
              {lines.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          ) : (
            <p>{t('deletion.nothing')}</p>
          )}
          {p.checkupsNotReached && <p className="hint">{t('deletion.checkupsNotReached')}</p>}
          <p className="field-label">{t('deletion.willKeep')}</p>
          <ul className="plain-list">
            {p.keptCases > 0 && (
              <li>{t('deletion.keepCases', { count: p.keptCases, years: data.retention.caseYears })}</li>
            )}
            <li>{t('deletion.keepAudit')}</li>
          </ul>
          <label className="check-row">
            <input
              type="checkbox"
              checked={sure}
              onChange={(e) => {
                setSure(e.target.checked);
                setUnsure(false);
              }}
              aria-invalid={unsure}
              aria-describedby={unsure ? `${id}-unsure` : undefined}
            />
            <span>{t('deletion.sure')}</span>
          </label>
          {unsure && (
            <p id={`${id}-unsure`} className="field-error" role="alert">
              {t('deletion.sureMissing')}
            </p>
          )}
          {typeof step === 'object' && <TroubleBox trouble={step.trouble} />}
          <button type="button" className="big-button danger" onClick={remove} disabled={step === 'working'}>
            {step === 'working' ? t('deletion.working') : t('deletion.yes')}
          </button>
          <button
            type="button"
            className="big-button secondary"
            onClick={() => {
              setStep('idle');
              setSure(false);
              setUnsure(false);
            }}
            disabled={step === 'working'}
          >
            {t('deletion.no')}
          </button>
        </section>
      )}
    </section>
  );
}

const deletedKeys = [
  'checkups',
  'linkedDiaryEntries',
  'linkedGroups',
  'appointmentsUnlinked',
  'appointmentsCancelled',
  'requestContacts',
  'requestsClosed',
  'caseContacts',
  'casesClosed',
  'referralsWithdrawn',
] as const;

/** After the deletion: exactly what was deleted and what is kept, until when and why, in the server's words. */
export function DeletionDone({ result, byCode }: { result: Deletion; byCode: boolean }) {
  const { t, date } = useMyWords();
  const done = deletedKeys.filter((k) => result.deleted[k] > 0);
  return (
    <>
      <div className="done-box" role="status">
        <h2 id="my-data-done-heading" className="page-title" tabIndex={-1}>
          {t('deletion.doneHeading')}
        </h2>
        <p className="field-label">{t('deletion.deleted')}</p>
        {done.length ? (
          <ul className="plain-list">
            {done.map((k) => (
              <li key={k}>{t(`deletion.d.${k}`, { count: result.deleted[k] })}</li>
            ))}
          </ul>
        ) : (
          <p>{t('deletion.nothingDeleted')}</p>
        )}
      </div>
      <section className="my-data-section" aria-labelledby="my-data-kept-heading">
        <h3 id="my-data-kept-heading" className="field-label">
          {t('deletion.retained')}
        </h3>
        {result.retained.length ? (
          <ul className="held-list">
            {result.retained.map((r) => (
              <li key={r.caseNumber} className="held-item">
                <p className="held-item-title">
                  {t('deletion.retainedCase', { number: r.caseNumber, date: date(r.retainUntil) })}
                </p>
                <p>{t('deletion.why', { why: r.why })}</p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('deletion.nothingRetained')}</p>
        )}
        <p className="hint">{t('deletion.keepAudit')}</p>
        <details className="statement">
          <summary>{t('deletion.statement')}</summary>
          <p>{result.statement}</p>
        </details>
      </section>
      {byCode && <p className="note-box">{t('deletion.codeGone')}</p>}
      <p>{t('deletion.after')}</p>
      <Link to="/" className="big-button secondary">
        {t('deletion.home')}
      </Link>
    </>
  );
}
