import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import '../../styles/events.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { type Credential, forgetCredential, liveCredential } from '../../counselling/credential';
import { isOffline } from '../../counselling/errors';
import { counsellingTexts } from '../../counselling/texts';
import { fetchMyRegistrations } from '../../events/api';
import { forgetKeptIds, loadKeptIds, saveKeptIds, withLive } from '../../events/kept';
import { orderMine, standingOf } from '../../events/registration';
import { eventsTexts } from '../../events/texts';
import type { RegistrationView } from '../../events/types';
import { withTexts } from '../../i18n/lazy-texts';
import { CrisisReminder } from '../counselling/CrisisReminder';
import { isProofRefused } from '../counselling/use-own-booking';
import { ProofForm, type ProofWords } from '../counselling/VerifyPanel';
import { RegistrationCard } from './RegistrationCard';
import { useEventWords } from './words';

/**
 * /events/mine (我的活动): after proving who one is (a new phone code, or the check-up code), the worker's
 * registrations — a place held for them on top with the time left, then what is to come with the entry
 * code and "cancel", then what is over with feedback. The phone then keeps only the registrations' ids.
 */
function MyEventsPage() {
  const { t } = useEventWords();
  usePageTitle(t('mine.title'));
  const [credential, setCredential] = useState<Credential | null>(liveCredential);
  const [list, setList] = useState<RegistrationView[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failed, setFailed] = useState<'offline' | 'other' | null>(null);

  const show = (c: Credential, registrations: RegistrationView[]) => {
    setCredential(c);
    setList(registrations);
    setNotice(null);
    // Only while something is kept: after "do not keep", seeing them does not write them back.
    if (loadKeptIds().length) saveKeptIds(withLive(registrations));
  };
  const expired = () => {
    forgetCredential();
    setCredential(null);
    setList(null);
    setNotice(t('proof.expired'));
  };
  /** A refused proof (the phone code ran out): ask again. True when it was that. */
  const refused = (err: unknown) => {
    if (!isProofRefused(err)) return false;
    expired();
    return true;
  };
  const load = (c: Credential) => {
    setFailed(null);
    fetchMyRegistrations(c)
      .then((registrations) => show(c, registrations))
      .catch((err: unknown) => {
        if (!refused(err)) setFailed(isOffline(err) ? 'offline' : 'other');
      });
  };
  // A proof still in memory (signed up a few minutes ago): the list at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, with the credential the page opened with.
  useEffect(() => {
    if (credential && !list) load(credential);
  }, []);

  const changed = (next: RegistrationView | null) => {
    if (!credential) return;
    if (!next) return load(credential);
    show(
      credential,
      (list ?? []).map((x) => (x.id === next.id ? next : x)),
    );
  };

  const words: ProofWords = {
    heading: t('proof.heading'),
    show: t('proof.show'),
    checking: t('proof.checking'),
    phoneHint: t('proof.phoneHint'),
    offline: t('proof.offline'),
    error: t('proof.error'),
    busy: t('proof.busy'),
    lastPhone: (phone) => t('proof.lastPhone', { phone }),
    lastCode: t('proof.lastCode'),
  };
  const now = Date.now();
  const ordered = orderMine(list ?? [], now);
  const current = ordered.filter((r) => ['offered', 'registered', 'waitlisted'].includes(standingOf(r, now)));
  const over = ordered.filter((r) => !current.includes(r));
  const card = (r: RegistrationView) =>
    credential && (
      <RegistrationCard
        key={r.id}
        registration={r}
        credential={credential}
        onChanged={changed}
        refused={refused}
        say={setStatus}
      />
    );
  return (
    <>
      <PageHeader title={t('mine.title')} />
      <div className="page counselling events">
        <p className="lead">{t('mine.intro')}</p>
        {!list &&
          (credential && failed ? (
            <div className="status-box" role="alert">
              <p>{t(failed === 'offline' ? 'mine.offline' : 'mine.error')}</p>
              <button type="button" className="big-button secondary" onClick={() => load(credential)}>
                {t('list.retry')}
              </button>
            </div>
          ) : credential ? (
            <p className="status-line" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('mine.loading')}
            </p>
          ) : (
            <ProofForm prove={fetchMyRegistrations} onProved={show} words={words} notice={notice} />
          ))}
        {status && (
          <p className="note-box" role="status">
            {status}
          </p>
        )}
        {list && list.length === 0 && (
          <div className="status-box">
            <p>{t('mine.none')}</p>
            <Link to="/events" className="big-button secondary">
              {t('mine.find')}
            </Link>
          </div>
        )}
        {current.length > 0 && <ul className="appointment-list">{current.map(card)}</ul>}
        {over.length > 0 && (
          <section aria-labelledby="past-heading">
            <h2 id="past-heading" className="section-title">
              {t('mine.past')}
            </h2>
            <ul className="appointment-list">{over.map(card)}</ul>
          </section>
        )}
        {list && (
          <Link to="/events" className="text-button to-mine">
            {t('mine.find')}
          </Link>
        )}
        <ForgetBox
          onForget={() => {
            setList(null);
            setCredential(null);
            setStatus(null);
          }}
        />
        <CrisisReminder text={t('list.crisisReminder')} />
      </div>
    </>
  );
}

/** On a shared phone: keep nothing about the events here (the sign-ups stay). */
function ForgetBox({ onForget }: { onForget: () => void }) {
  const { t } = useEventWords();
  const [done, setDone] = useState(false);
  return (
    <div className="forget-box">
      {done ? (
        <p className="note-box" role="status">
          {t('mine.forgotten')}
        </p>
      ) : (
        <>
          <button
            type="button"
            className="text-button"
            onClick={() => {
              forgetKeptIds();
              forgetCredential();
              onForget();
              setDone(true);
            }}
          >
            {t('mine.forget')}
          </button>
          <p className="hint">{t('mine.forgetHint')}</p>
        </>
      )}
    </div>
  );
}

export default withTexts(MyEventsPage, eventsTexts, counsellingTexts);
