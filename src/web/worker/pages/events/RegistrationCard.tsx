import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Credential } from '../../counselling/credential';
import { acceptOffer, cancelRegistration } from '../../events/api';
import { actionRefusal, offerMinutesLeft, standingOf, timeLeftParts } from '../../events/registration';
import type { RegistrationView } from '../../events/types';
import { EventFacts } from './EventFacts';
import { FeedbackForm } from './FeedbackForm';
import { Ticket } from './Ticket';
import { useEventWords } from './words';

/** Re-renders every half minute while an offer's time runs, so the minutes left stay true. */
function useNow(running: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setNow(Date.now()), 30_000);
    return () => window.clearInterval(timer);
  }, [running]);
  return now;
}

/**
 * One registration in "my events": its standing, the event's facts, and what the worker can do with it —
 * take a place held for them before it runs out (the time left shown), show the entry code, cancel (asked
 * once more), join online, or, after attending, say how it was.
 */
export function RegistrationCard({
  registration: r,
  credential,
  onChanged,
  refused,
  say,
}: {
  registration: RegistrationView;
  credential: Credential;
  onChanged: (r: RegistrationView | null) => void;
  refused: (err: unknown) => boolean;
  say: (text: string) => void;
}) {
  const { t, at, clock } = useEventWords();
  const now = useNow(r.status === 'offered');
  const standing = standingOf(r, now);
  const [showTicket, setShowTicket] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const [thanked, setThanked] = useState<string | null>(null);
  const zone = r.event.timeZone;

  const run = (action: () => Promise<RegistrationView>, done: string) => {
    setWorking(true);
    action()
      .then((next) => {
        onChanged(next);
        say(done);
      })
      .catch((err: unknown) => {
        if (refused(err)) return;
        const key = actionRefusal(err);
        say(t(key));
        // The registration changed meanwhile (lapsed, taken, cancelled elsewhere): the list is asked again.
        if (key === 'mine.changed' || key === 'mine.offerExpired') onChanged(null);
      })
      .finally(() => {
        setWorking(false);
        setConfirming(false);
      });
  };

  const minutes = offerMinutesLeft(r.offerExpiresAt, now);
  const left = timeLeftParts(minutes);
  return (
    <li className="appointment-card registration-card" data-registration={r.id} data-status={r.status}>
      <p className="point-tags">
        <span className={`badge standing-${standing}`}>{t(`mine.status.${standing}`)}</span>
        {standing === 'waitlisted' && r.position !== null && (
          <span className="badge">{t('mine.position', { position: r.position })}</span>
        )}
      </p>
      <Link to={`/events/${r.eventId}`} className="registration-title">
        <span className="event-card-kind">{r.event.kindName}</span>
        <span className="event-card-title">{r.event.title}</span>
      </Link>
      <EventFacts event={r.event} hosts={false} />
      {r.checkedInAt && <p className="hint">{t('mine.checkedIn', { when: clock(r.checkedInAt, zone) })}</p>}

      {standing === 'offered' && (
        <div className="offer-box" role="alert">
          <p className="offer-heading">{t('mine.offerHeading')}</p>
          <p className="offer-left">
            {left.hours > 0
              ? t('mine.offerLeft', { hours: left.hours, minutes: left.minutes })
              : t('mine.offerLeftMinutes', { minutes: left.minutes })}
          </p>
          {r.offerExpiresAt && (
            <p className="hint">{t('mine.offerUntil', { when: at(r.offerExpiresAt, zone) })}</p>
          )}
          <button
            type="button"
            className="big-button"
            disabled={working || minutes <= 0}
            onClick={() => run(() => acceptOffer(r.id, credential), t('mine.accepted'))}
          >
            {t('mine.accept')}
          </button>
        </div>
      )}

      {r.onlineUrl && (
        <a className="big-button" href={r.onlineUrl} target="_blank" rel="noopener noreferrer">
          {t('mine.online')}
        </a>
      )}
      {r.ticket && standing === 'registered' && (
        <>
          <button
            type="button"
            className="big-button secondary"
            aria-expanded={showTicket}
            onClick={() => setShowTicket((s) => !s)}
          >
            {showTicket ? t('mine.hideTicket') : t('mine.showTicket')}
          </button>
          {showTicket && <Ticket text={r.ticket} />}
        </>
      )}

      {r.canCancel &&
        (confirming ? (
          <div className="confirm-box" role="alert">
            <p>{t('mine.cancelConfirm', { title: r.event.title })}</p>
            <button
              type="button"
              className="big-button danger"
              disabled={working}
              onClick={() => run(() => cancelRegistration(r.id, credential), t('mine.cancelled'))}
            >
              {t('mine.cancelYes')}
            </button>
            <button type="button" className="big-button secondary" onClick={() => setConfirming(false)}>
              {t('mine.cancelNo')}
            </button>
          </div>
        ) : (
          <button type="button" className="text-button danger-text" onClick={() => setConfirming(true)}>
            {t('mine.cancel')}
          </button>
        ))}

      {thanked ? (
        <p className="done-box feedback-thanks" role="status">
          {thanked}
        </p>
      ) : (
        r.canGiveFeedback &&
        !r.feedbackGiven && (
          <FeedbackForm registrationId={r.id} credential={credential} refused={refused} onDone={setThanked} />
        )
      )}
    </li>
  );
}
