import { useState } from 'react';
import { Link } from 'react-router';
import type { Credential } from '../../counselling/credential';
import { withdrawConsent } from '../../my-data/api';
import type { MyData, Withdrawable } from '../../my-data/types';
import { consentStates, type Trouble, troubleOf, withdrawable } from '../../my-data/view';
import { TroubleBox } from './TroubleBox';
import { useMyWords } from './words';

type Step =
  | { step: 'idle' }
  | { step: 'confirm'; consent: Withdrawable }
  | { step: 'working'; consent: Withdrawable }
  | { step: 'done'; consent: Withdrawable; message: string }
  | { step: 'trouble'; consent: Withdrawable; why: Trouble };

/**
 * 撤回同意: contact, results sharing and referrals, each with where it stands and what withdrawing stops
 * (and what it means for the counsellor contacting them), said before the worker confirms. The server's own
 * words say what changed.
 */
export function WithdrawSection({
  data,
  credential,
  onRefused,
  onDone,
}: {
  data: MyData;
  credential: Credential;
  onRefused: () => void;
  onDone: () => void;
}) {
  const { t, lang, date, known } = useMyWords();
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const states = consentStates(data.consents);

  const withdraw = (consent: Withdrawable) => {
    setStep({ step: 'working', consent });
    withdrawConsent(credential, consent, lang)
      .then((r) => {
        setStep({ step: 'done', consent, message: r.message });
        onDone();
      })
      .catch((err: unknown) => {
        const why = troubleOf(err);
        if (why === 'proof') return onRefused();
        setStep({ step: 'trouble', consent, why });
      });
  };

  return (
    <section id="my-data-withdraw" className="my-data-section" aria-labelledby="my-data-withdraw-heading">
      <h2 id="my-data-withdraw-heading" className="section-title">
        {t('withdraw.heading')}
      </h2>
      <p>{t('withdraw.intro')}</p>
      <ul className="held-list">
        {withdrawable.map((consent) => {
          const s = states[consent];
          const title = known('consentKinds', consent);
          const mine = step.step !== 'idle' && step.consent === consent;
          return (
            <li key={consent} className="held-item consent-item">
              <h3 className="held-item-title">{title}</h3>
              <p className={s.state === 'given' ? 'badge' : 'hint'}>
                {s.state === 'given'
                  ? t('withdraw.given', { date: date(s.since) })
                  : s.state === 'withdrawn'
                    ? t('withdraw.withdrawnOn', { date: date(s.at) })
                    : t('withdraw.never')}
              </p>
              {s.state === 'given' && <p>{t(`withdraw.${consent}`)}</p>}
              {mine && step.step === 'done' && (
                <p className="done-box" role="status">
                  {step.message}
                </p>
              )}
              {mine && step.step === 'trouble' && (
                <TroubleBox trouble={step.why} onRetry={() => withdraw(consent)} />
              )}
              {s.state === 'given' &&
                (mine && (step.step === 'confirm' || step.step === 'working') ? (
                  <div className="confirm-box" role="alert">
                    <p>{t('withdraw.confirm', { title })}</p>
                    <button
                      type="button"
                      className="big-button danger"
                      onClick={() => withdraw(consent)}
                      disabled={step.step === 'working'}
                    >
                      {step.step === 'working' ? t('withdraw.working') : t('withdraw.yes')}
                    </button>
                    <button
                      type="button"
                      className="big-button secondary"
                      onClick={() => setStep({ step: 'idle' })}
                      disabled={step.step === 'working'}
                    >
                      {t('withdraw.no')}
                    </button>
                  </div>
                ) : (
                  <button
                    type="button"
                    className="big-button secondary danger-text"
                    onClick={() => setStep({ step: 'confirm', consent })}
                    disabled={step.step === 'working'}
                  >
                    {t('withdraw.button')}
                  </button>
                ))}
            </li>
          );
        })}
      </ul>
      {data.appointments.length > 0 && (
        <p className="hint">
          {t('withdraw.booking')}{' '}
          <Link to="/appointments" className="text-link">
            {t('withdraw.mine')}
          </Link>
        </p>
      )}
    </section>
  );
}
