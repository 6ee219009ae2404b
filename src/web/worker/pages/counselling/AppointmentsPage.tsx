import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { Booking } from '../../../shared/api-types';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { cancelMyBooking, fetchMyBookings } from '../../counselling/api';
import { splitBookings } from '../../counselling/appointments';
import { type Credential, forgetCredential, keptWay, liveCredential } from '../../counselling/credential';
import { isOffline } from '../../counselling/errors';
import { forgetKept, loadKept, saveKept, withOpen } from '../../counselling/kept';
import { counsellingTexts } from '../../counselling/texts';
import { splitWaitlist } from '../../counselling/waitlist';
import { waitlistTexts } from '../../counselling/waitlist-texts';
import { withTexts } from '../../i18n/lazy-texts';
import { AppointmentCard } from './AppointmentCard';
import { CrisisReminder } from './CrisisReminder';
import { isProofRefused } from './use-own-booking';
import { VerifyPanel } from './VerifyPanel';
import { useWaitlist, WaitlistOffers, WaitlistWaiting } from './WaitlistPlaces';
import { useWords } from './words';

/**
 * /appointments (我的预约): after proving who one is (a new phone code, or the check-up code), the worker's
 * appointments, each to move or cancel, and their places in waiting lists — a freed time held for them on
 * top, to confirm before it runs out. The phone then keeps only the bookings' ids and the way they were made.
 */
function AppointmentsPage() {
  const { t } = useWords();
  usePageTitle(t('mine.title'));
  const [credential, setCredential] = useState<Credential | null>(liveCredential);
  const [bookings, setBookings] = useState<Booking[] | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);

  const show = (c: Credential, list: Booking[]) => {
    setCredential(c);
    setBookings(list);
    setNotice(null);
    // Only while something is kept: after "do not keep", seeing them does not write them back.
    const kept = loadKept();
    if (kept.way || kept.ids.length) saveKept({ ...withOpen(kept, list, new Date()), way: keptWay(c) });
  };
  const refused = () => {
    forgetCredential();
    setCredential(null);
    setBookings(null);
    setNotice(t('mine.expired'));
  };

  const waitlist = useWaitlist(credential, refused);

  const [failed, setFailed] = useState<'offline' | 'other' | null>(null);
  const load = (c: Credential) => {
    setFailed(null);
    fetchMyBookings(c)
      .then((list) => show(c, list))
      .catch((err: unknown) =>
        isProofRefused(err) ? refused() : setFailed(isOffline(err) ? 'offline' : 'other'),
      );
  };
  // A proof still in memory (booked a few minutes ago): the list at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, with the credential the page opened with.
  useEffect(() => {
    if (credential && !bookings) load(credential);
  }, []);

  const cancel = async (b: Booking) => {
    if (!credential) return;
    try {
      const done = await cancelMyBooking(b.id, credential);
      const list = (bookings ?? []).map((x) => (x.id === done.id ? done : x));
      show(credential, list);
      setStatus(t('mine.cancelled'));
    } catch (err) {
      if (isProofRefused(err)) return refused();
      const code = err instanceof ApiError ? err.code : 'network';
      setStatus(
        code === 'cancel_too_late' || code === 'slot_passed' || code === 'booking_closed'
          ? t('mine.tooLate')
          : err instanceof ApiError && err.status === 0
            ? t('mine.offline')
            : t('mine.error'),
      );
    }
  };

  const { upcoming, past } = splitBookings(bookings ?? [], Date.now());
  const places = splitWaitlist(waitlist.entries ?? [], Date.now());
  const waiting = places.offers.length + places.waiting.length + places.missed.length > 0;
  return (
    <>
      <PageHeader title={t('mine.title')} />
      <div className="page counselling">
        <p className="lead">{t('mine.intro')}</p>
        {!bookings &&
          (credential && failed ? (
            <div className="status-box" role="alert">
              <p>{t(failed === 'offline' ? 'mine.offline' : 'mine.error')}</p>
              <button type="button" className="big-button secondary" onClick={() => load(credential)}>
                {t('load.retry')}
              </button>
            </div>
          ) : credential ? (
            <p className="status-line" role="status">
              <span className="spinner" aria-hidden="true" />
              {t('mine.loading')}
            </p>
          ) : (
            <VerifyPanel onVerified={show} notice={notice} />
          ))}
        {status && (
          <p className="note-box" role="status">
            {status}
          </p>
        )}
        {bookings && credential && (
          <WaitlistOffers waitlist={waitlist} credential={credential} refused={refused} say={setStatus} />
        )}
        {bookings && bookings.length === 0 && !waiting && (
          <div className="status-box">
            <p>{t('mine.none')}</p>
            <Link to="/stations" className="big-button secondary">
              {t('mine.find')}
            </Link>
          </div>
        )}
        {upcoming.length > 0 && (
          <section aria-labelledby="upcoming-heading">
            <h2 id="upcoming-heading" className="section-title">
              {t('mine.upcoming')}
            </h2>
            <ul className="appointment-list">
              {upcoming.map((b) => (
                <AppointmentCard key={b.id} booking={b} onCancel={cancel} upcoming />
              ))}
            </ul>
          </section>
        )}
        {bookings && credential && (
          <WaitlistWaiting waitlist={waitlist} credential={credential} refused={refused} say={setStatus} />
        )}
        {past.length > 0 && (
          <details className="past-box">
            <summary>{t('mine.past')}</summary>
            <ul className="appointment-list">
              {past.map((b) => (
                <AppointmentCard key={b.id} booking={b} onCancel={cancel} upcoming={false} />
              ))}
            </ul>
          </details>
        )}
        <ForgetBox
          onForget={() => {
            setBookings(null);
            setCredential(null);
            setStatus(null);
          }}
        />
        <CrisisReminder />
      </div>
    </>
  );
}

/** On a shared phone: keep nothing about the appointments here (they stay booked). */
function ForgetBox({ onForget }: { onForget: () => void }) {
  const { t } = useWords();
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
              forgetKept();
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

export default withTexts(AppointmentsPage, counsellingTexts, waitlistTexts);
