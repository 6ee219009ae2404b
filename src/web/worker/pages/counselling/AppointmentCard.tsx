import { useState } from 'react';
import { Link } from 'react-router';
import type { Booking } from '../../../shared/api-types';
import { changeable } from '../../counselling/appointments';
import { AppointmentFacts } from './AppointmentFacts';
import { telHref, useWords } from './words';

/**
 * One appointment in "my appointments": its facts and status; while it is still to come, "change the time"
 * and "cancel" (asked once more), or, past the station's cut-off, the station's number to call instead.
 */
export function AppointmentCard({
  booking: b,
  onCancel,
  upcoming,
}: {
  booking: Booking;
  onCancel: (b: Booking) => Promise<void>;
  upcoming: boolean;
}) {
  const { t, when } = useWords();
  const [confirming, setConfirming] = useState(false);
  const [working, setWorking] = useState(false);
  const zone = b.servicePoint.timeZone;
  const phone = b.servicePoint.phone;
  return (
    <li className="appointment-card" data-booking={b.id}>
      <p className="point-tags">
        <span className={`badge status-${b.status}`}>{t(`mine.status.${b.status}`)}</span>
      </p>
      <AppointmentFacts booking={b} />
      {upcoming &&
        (changeable(b, Date.now()) ? (
          confirming ? (
            <div className="confirm-box" role="alert">
              <p>{t('mine.cancelConfirm', { when: when(b.slot.startsAt, zone) })}</p>
              <button
                type="button"
                className="big-button danger"
                disabled={working}
                onClick={() => {
                  setWorking(true);
                  void onCancel(b).finally(() => {
                    setWorking(false);
                    setConfirming(false);
                  });
                }}
              >
                {t('mine.cancelYes')}
              </button>
              <button type="button" className="big-button secondary" onClick={() => setConfirming(false)}>
                {t('mine.cancelNo')}
              </button>
            </div>
          ) : (
            <>
              {b.changeableUntil && (
                <p className="hint">{t('mine.changeUntil', { when: when(b.changeableUntil, zone) })}</p>
              )}
              <div className="button-row">
                <Link
                  to={`/appointments/${b.id}/reschedule`}
                  state={{ booking: b }}
                  className="big-button secondary"
                >
                  {t('mine.reschedule')}
                </Link>
                <button
                  type="button"
                  className="big-button secondary danger-text"
                  onClick={() => setConfirming(true)}
                >
                  {t('mine.cancel')}
                </button>
              </div>
              <Link to={`/appointments/${b.id}`} state={{ booking: b }} className="text-button">
                {t('mine.details')}
              </Link>
            </>
          )
        ) : (
          <p className="note-box">
            {t('mine.tooLate')} {phone && <a href={telHref(phone)}>{phone}</a>}
          </p>
        ))}
    </li>
  );
}
