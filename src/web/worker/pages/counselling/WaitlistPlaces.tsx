import { useCallback, useEffect, useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { WaitlistEntry } from '../../../shared/api-types';
import { type Credential, keptWay } from '../../counselling/credential';
import { isOffline } from '../../counselling/errors';
import { dayIn, formatRange } from '../../counselling/format';
import { loadKept, saveKept, withBooking } from '../../counselling/kept';
import { acceptRefusal, secondsLeft, splitWaitlist } from '../../counselling/waitlist';
import { acceptOffer, fetchMyWaitlist, leaveWaitlist } from '../../counselling/waitlist-api';
import { isProofRefused } from './use-own-booking';
import { useWords } from './words';

/** The worker's places in waiting lists, loaded with the credential "my appointments" was opened with. */
export function useWaitlist(credential: Credential | null, refused: () => void) {
  const [entries, setEntries] = useState<WaitlistEntry[] | null>(null);
  const [failed, setFailed] = useState<'offline' | 'other' | null>(null);
  const refusedRef = useRef(refused);
  refusedRef.current = refused;
  const reload = useCallback(() => {
    if (!credential) return;
    setFailed(null);
    fetchMyWaitlist(credential)
      .then(setEntries)
      .catch((err: unknown) =>
        isProofRefused(err) ? refusedRef.current() : setFailed(isOffline(err) ? 'offline' : 'other'),
      );
  }, [credential]);
  useEffect(() => {
    if (credential) reload();
    else setEntries(null);
  }, [credential, reload]);
  return { entries, failed, reload, setEntries };
}

export type Waitlist = ReturnType<typeof useWaitlist>;

const place = (e: WaitlistEntry, pick: (zh: string, en: string | null) => string) =>
  pick(e.servicePoint.name, e.servicePoint.nameEn);

/**
 * A freed time held for the worker, on top of "my appointments": when and where, the minutes left, and
 * "confirm this time" (it becomes a booking) or "stop waiting" (it goes to the next in line).
 */
export function WaitlistOffers({
  waitlist,
  credential,
  refused,
  say,
}: {
  waitlist: Waitlist;
  credential: Credential;
  refused: () => void;
  say: (text: string) => void;
}) {
  const { t } = useWords();
  const [now, setNow] = useState(Date.now);
  const { offers } = splitWaitlist(waitlist.entries ?? [], now);
  const count = offers.length;
  useEffect(() => {
    if (count === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [count]);
  // An offer ran out while the page was open (it has gone to the next in line): ask the server again.
  const shown = useRef(count);
  const { reload } = waitlist;
  useEffect(() => {
    if (count < shown.current) reload();
    shown.current = count;
  }, [count, reload]);
  if (count === 0) return null;
  return (
    <section aria-labelledby="offers-heading" className="offers">
      <h2 id="offers-heading" className="section-title offer-heading">
        {t('waitlist:mine.offerHeading')}
      </h2>
      <p>{t('waitlist:mine.offerLead')}</p>
      <ul className="appointment-list">
        {offers.map((e) => (
          <OfferCard
            key={e.id}
            entry={e}
            now={now}
            credential={credential}
            waitlist={waitlist}
            refused={refused}
            say={say}
          />
        ))}
      </ul>
    </section>
  );
}

function OfferCard({
  entry: e,
  now,
  credential,
  waitlist,
  refused,
  say,
}: {
  entry: WaitlistEntry;
  now: number;
  credential: Credential;
  waitlist: Waitlist;
  refused: () => void;
  say: (text: string) => void;
}) {
  const { t, lang, pick, day } = useWords();
  const navigate = useNavigate();
  const [working, setWorking] = useState(false);
  const offer = e.offer as NonNullable<WaitlistEntry['offer']>;
  const zone = e.servicePoint.timeZone;
  const left = secondsLeft(offer.expiresAt, now);
  const { reload } = waitlist;

  const accept = () => {
    setWorking(true);
    acceptOffer(e.id, credential)
      .then((booking) => {
        saveKept(withBooking(loadKept(), booking.id, keptWay(credential)));
        void navigate(`/appointments/${booking.id}`, { state: { booking, event: 'booked' } });
      })
      .catch((err: unknown) => {
        setWorking(false);
        if (isProofRefused(err)) return refused();
        const r = acceptRefusal(err);
        say(t(r.key));
        if (r.reload) reload();
      });
  };

  return (
    <li className="appointment-card offer-card" data-waitlist={e.id}>
      <p className="facts-when">
        {day(dayIn(offer.startsAt, zone), zone)}{' '}
        <span className="nowrap">{formatRange(offer.startsAt, offer.endsAt, zone, lang)}</span>
      </p>
      <p>{place(e, pick)}</p>
      <p className="offer-left" role="timer">
        {t('waitlist:mine.left', {
          minutes: Math.floor(left / 60),
          seconds: String(left % 60).padStart(2, '0'),
        })}
      </p>
      <p className="hint">{t('waitlist:mine.leftHint')}</p>
      <button type="button" className="big-button" disabled={working || left === 0} onClick={accept}>
        {working ? t('waitlist:mine.accepting') : t('waitlist:mine.accept')}
      </button>
      <Leave entry={e} credential={credential} waitlist={waitlist} refused={refused} say={say} />
    </li>
  );
}

/** Places still waiting (with the place in line), and offers that ran out for days still to come. */
export function WaitlistWaiting({
  waitlist,
  credential,
  refused,
  say,
}: {
  waitlist: Waitlist;
  credential: Credential;
  refused: () => void;
  say: (text: string) => void;
}) {
  const { t, pick, day } = useWords();
  const { waiting, missed } = splitWaitlist(waitlist.entries ?? [], Date.now());
  if (waitlist.failed)
    return (
      <div className="status-box" role="alert">
        <p>{t(waitlist.failed === 'offline' ? 'mine.offline' : 'waitlist:mine.loadError')}</p>
        <button type="button" className="big-button secondary" onClick={waitlist.reload}>
          {t('load.retry')}
        </button>
      </div>
    );
  if (waiting.length === 0 && missed.length === 0) return null;
  return (
    <section aria-labelledby="waiting-heading">
      <h2 id="waiting-heading" className="section-title">
        {t('waitlist:mine.waitingHeading')}
      </h2>
      {missed.map((e) => (
        <div key={e.id} className="note-box missed-box">
          <p>{t('waitlist:mine.missed', { day: day(e.date, e.servicePoint.timeZone) })}</p>
          <Link to={`/stations/${e.servicePoint.id}/waitlist`} className="text-button">
            {t('waitlist:mine.again')}
          </Link>
        </div>
      ))}
      {waiting.length > 0 && (
        <ul className="appointment-list">
          {waiting.map((e) => (
            <li key={e.id} className="appointment-card" data-waitlist={e.id}>
              {e.position !== null && (
                <p className="point-tags">
                  <span className="badge badge-large">
                    {t('waitlist:mine.position', { position: e.position })}
                  </span>
                </p>
              )}
              <p className="facts-when">
                {t('waitlist:mine.where', {
                  day: day(e.date, e.servicePoint.timeZone),
                  place: place(e, pick),
                })}
              </p>
              <p className="hint">
                {t(`topics.${e.topic}`)} · {e.mode ? t(`modesLong.${e.mode}`) : t('waitlist:mine.anyMode')}
              </p>
              <Leave entry={e} credential={credential} waitlist={waitlist} refused={refused} say={say} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Stop waiting", asked once more: the place is lost, and a held time goes to the next in line. */
function Leave({
  entry: e,
  credential,
  waitlist,
  refused,
  say,
}: {
  entry: WaitlistEntry;
  credential: Credential;
  waitlist: Waitlist;
  refused: () => void;
  say: (text: string) => void;
}) {
  const { t, day } = useWords();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  if (!confirming)
    return (
      <button type="button" className="text-button leave-button" onClick={() => setConfirming(true)}>
        {t('waitlist:mine.leave')}
      </button>
    );
  const leave = () => {
    setWorking(true);
    leaveWaitlist(e.id, credential)
      .then(() => {
        waitlist.setEntries((list) =>
          (list ?? []).map((x) => (x.id === e.id ? { ...x, status: 'left' } : x)),
        );
        say(t('waitlist:mine.leftDone'));
      })
      .catch((err: unknown) => {
        setWorking(false);
        setConfirming(false);
        if (isProofRefused(err)) return refused();
        say(t(isOffline(err) ? 'mine.offline' : 'mine.error'));
        waitlist.reload();
      });
  };
  return (
    <div className="confirm-box" role="alert">
      <p>{t('waitlist:mine.leaveConfirm', { day: day(e.date, e.servicePoint.timeZone) })}</p>
      <button type="button" className="big-button danger" disabled={working} onClick={leave}>
        {t('waitlist:mine.leaveYes')}
      </button>
      <button type="button" className="big-button secondary" onClick={() => setConfirming(false)}>
        {t('waitlist:mine.leaveNo')}
      </button>
    </div>
  );
}
