import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { newKey } from '../../app/new-key';
import type { Credential } from '../../counselling/credential';
import { registerForEvent } from '../../events/api';
import { loadKeptIds, saveKeptIds, withRegistration } from '../../events/kept';
import { placesOf } from '../../events/list';
import {
  type Attempt,
  attemptFor,
  type RegisterRefusal,
  registerRefusal,
  registrationBody,
} from '../../events/registration';
import type { EventDetail, RegistrationView } from '../../events/types';
import { ProofForm, type ProofWords } from '../counselling/VerifyPanel';
import { EventConsent } from './EventConsent';
import { Ticket } from './Ticket';
import { useEventWords } from './words';

/**
 * Signing up: who one is (a phone and the code texted to it, or the check-up code), through the booking's
 * proof form, and a separate consent. One Idempotency-Key per attempt, so a retry on a weak signal never
 * signs up twice. A full event puts the worker on the waiting list (never an error), with their place in it.
 */
export function RegisterPanel({ event: e, invite }: { event: EventDetail; invite: string | null }) {
  const { t, lang, at } = useEventWords();
  const [consent, setConsent] = useState(false);
  const [consentError, setConsentError] = useState(false);
  const [refusal, setRefusal] = useState<RegisterRefusal | null>(null);
  const [done, setDone] = useState<{ registration: RegistrationView; way: Credential['kind'] } | null>(null);
  const attempt = useRef<Attempt | null>(null);
  const places = placesOf(e);

  if (done) return <Registered registration={done.registration} byCode={done.way === 'retrieval'} />;
  if (places.kind === 'refused')
    return (
      <section className="register-panel" aria-labelledby="register-heading">
        <h2 id="register-heading" className="section-title">
          {t('register.heading')}
        </h2>
        <p className="status-box">{t(`refusal.${places.why}`)}</p>
        {places.why === 'not_yet_open' && e.registration.opensAt && (
          <p>{t('event.opensAt', { when: at(e.registration.opensAt, e.timeZone) })}</p>
        )}
      </section>
    );

  const register = (c: Credential) => {
    const body = registrationBody(c, consent, lang, invite);
    attempt.current = attemptFor(attempt.current, body, newKey);
    setRefusal(null);
    return registerForEvent(e.id, body, attempt.current.key).catch((err: unknown) => {
      setRefusal(registerRefusal(err));
      throw err;
    });
  };
  const words: ProofWords = {
    heading: t('proof.heading'),
    show: places.kind === 'waitlist' ? t('register.submitWaitlist') : t('register.submit'),
    checking: t('register.submitting'),
    phoneHint: t('register.phoneHint'),
    offline: t('register.offline'),
    error: t('register.error'),
    busy: t('proof.busy'),
    lastPhone: (phone) => t('proof.lastPhone', { phone }),
    lastCode: t('proof.lastCode'),
  };
  return (
    <section className="register-panel" aria-labelledby="register-heading">
      <h2 id="register-heading" className="section-title">
        {t('register.heading')}
      </h2>
      <p>{places.kind === 'waitlist' ? t('register.waitlistLead') : t('register.lead')}</p>
      {e.registration.closesAt && (
        <p className="hint">{t('event.closesAt', { when: at(e.registration.closesAt, e.timeZone) })}</p>
      )}
      <ProofForm
        prove={register}
        words={words}
        ready={() => {
          setConsentError(!consent);
          return consent;
        }}
        explain={(err) => {
          const r = registerRefusal(err);
          return r.proof ? null : t(r.key);
        }}
        extra={(way) => (
          <EventConsent
            way={way}
            checked={consent}
            onChange={(v) => {
              setConsent(v);
              if (v) setConsentError(false);
            }}
            error={consentError ? t('register.consentMissing') : undefined}
          />
        )}
        onProved={(c, registration) => {
          saveKeptIds(withRegistration(loadKeptIds(), registration.id));
          setDone({ registration, way: c.kind });
          window.scrollTo(0, 0);
        }}
      />
      {refusal?.seeMine && (
        <Link to="/events/mine" className="big-button secondary">
          {t('register.seeMine')}
        </Link>
      )}
    </section>
  );
}

/** Signed up (with the entry code), or on the waiting list (with the place in it). */
function Registered({ registration: r, byCode }: { registration: RegistrationView; byCode: boolean }) {
  const { t } = useEventWords();
  const waiting = r.status === 'waitlisted';
  return (
    <section className="register-done" aria-labelledby="register-done-heading">
      <div className="done-box" role="status">
        <h2 id="register-done-heading" className="page-title">
          {waiting ? t('register.waitTitle') : t('register.doneTitle')}
        </h2>
        <p>{waiting ? t('register.waitLead', { position: r.position ?? 1 }) : t('register.doneLead')}</p>
      </div>
      {waiting && byCode && <p className="note-box">{t('register.waitByCode')}</p>}
      {!waiting && !byCode && <p className="hint">{t('register.doneReminder')}</p>}
      {r.onlineUrl && (
        <a className="big-button" href={r.onlineUrl} target="_blank" rel="noopener noreferrer">
          {t('register.onlineLink')}
        </a>
      )}
      {r.ticket && <Ticket text={r.ticket} />}
      <Link to="/events/mine" className="big-button secondary">
        {t('register.toMine')}
      </Link>
    </section>
  );
}
