import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../shared/api';
import type { Booking, Slot } from '../../../shared/api-types';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { fetchSlots, rescheduleMyBooking } from '../../counselling/api';
import { changeable } from '../../counselling/appointments';
import type { Credential } from '../../counselling/credential';
import { bookingRefusal } from '../../counselling/errors';
import { loadKept, saveKept, withMoved } from '../../counselling/kept';
import { counsellingTexts } from '../../counselling/texts';
import { useLoad } from '../../counselling/use-load';
import { withTexts } from '../../i18n/lazy-texts';
import { CrisisReminder } from './CrisisReminder';
import { LoadState } from './LoadState';
import { SlotList } from './SlotList';
import { isProofRefused, useOwnBooking } from './use-own-booking';
import { VerifyPanel } from './VerifyPanel';
import { telHref, useWords } from './words';

/**
 * /appointments/:id/reschedule: another free time at the same place, offered the same way of talking.
 * Asked once more before moving; if someone takes that time first, the old appointment stays.
 */
function ReschedulePage() {
  const { t } = useWords();
  const { id = '' } = useParams();
  usePageTitle(t('reschedule.title'));
  const own = useOwnBooking(id);
  return (
    <>
      <PageHeader title={t('reschedule.title')} />
      <div className="page counselling">
        {!own.credential ? (
          <VerifyPanel onVerified={own.verified} notice={own.expired ? t('mine.expired') : null} />
        ) : own.booking ? (
          <Move booking={own.booking} credential={own.credential} refused={own.refused} />
        ) : own.failure ? (
          <p className="status-box" role="alert">
            {t(
              own.failure === 'notFound'
                ? 'appointment.notFound'
                : own.failure === 'offline'
                  ? 'mine.offline'
                  : 'mine.error',
            )}
          </p>
        ) : (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('mine.loading')}
          </p>
        )}
        <Link to="/appointments" className="text-button to-mine">
          {t('appointment.toMine')}
        </Link>
        <CrisisReminder />
      </div>
    </>
  );
}

function Move({
  booking: b,
  credential,
  refused,
}: {
  booking: Booking;
  credential: Credential;
  refused: () => void;
}) {
  const { t, when, pick } = useWords();
  const navigate = useNavigate();
  const zone = b.servicePoint.timeZone;
  const slots = useLoad(() => fetchSlots(b.servicePoint.id, b.mode), [b.servicePoint.id, b.mode]);
  const [chosen, setChosen] = useState<Slot | null>(null);
  const [working, setWorking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (!changeable(b, Date.now()))
    return (
      <p className="note-box" role="alert">
        {t('mine.tooLate')}{' '}
        {b.servicePoint.phone && <a href={telHref(b.servicePoint.phone)}>{b.servicePoint.phone}</a>}
      </p>
    );

  const move = (slot: Slot) => {
    setWorking(true);
    setMessage(null);
    rescheduleMyBooking(b.id, slot.id, credential)
      .then((moved) => {
        saveKept(withMoved(loadKept(), b.id, moved.id));
        void navigate(`/appointments/${moved.id}`, {
          replace: true,
          state: { booking: moved, event: 'rescheduled', way: credential.kind },
        });
      })
      .catch((err: unknown) => {
        setWorking(false);
        setChosen(null);
        if (isProofRefused(err)) return refused();
        const code = err instanceof ApiError ? err.code : 'network';
        const refusal = bookingRefusal(err);
        if (refusal.slotGone) {
          // The old appointment stays: say so, with the free times loaded again.
          setMessage(
            code === 'slot_taken' ? t('reschedule.taken') : `${t(refusal.key)} ${t('reschedule.kept')}`,
          );
          slots.reload();
        } else if (code === 'cancel_too_late') setMessage(t('mine.tooLate'));
        else
          setMessage(
            err instanceof ApiError && err.status === 0 ? t('mine.offline') : t('reschedule.failed'),
          );
      });
  };

  return (
    <>
      <p className="lead">{t('reschedule.current', { when: when(b.slot.startsAt, zone) })}</p>
      {message && (
        <p className="status-box" role="alert">
          {message}
        </p>
      )}
      {chosen ? (
        <div className="confirm-box confirm-move" role="alert">
          <p className="summary-when">{t('reschedule.confirm', { when: when(chosen.startsAt, zone) })}</p>
          <p>
            {pick(chosen.counsellor.name, chosen.counsellor.nameEn)} · {t(`modesLong.${b.mode}`)}
          </p>
          <button type="button" className="big-button" disabled={working} onClick={() => move(chosen)}>
            {working ? t('reschedule.working') : t('reschedule.confirmYes')}
          </button>
          <button
            type="button"
            className="big-button secondary"
            disabled={working}
            onClick={() => setChosen(null)}
          >
            {t('reschedule.confirmNo')}
          </button>
        </div>
      ) : (
        <section aria-labelledby="pick-heading">
          <h2 id="pick-heading" className="section-title">
            {t('reschedule.pick')}
          </h2>
          <p className="hint">{t('reschedule.sameMode', { mode: t(`modes.${b.mode}`) })}</p>
          <LoadState state={slots.state} reload={slots.reload} loading={t('station.loading')}>
            {({ slots: list, timeZone }) => {
              const others = list.filter((s) => s.id !== b.slot.id);
              return others.length ? (
                <SlotList slots={others} timeZone={timeZone} onPick={setChosen} />
              ) : (
                <p className="status-box">{t('station.noSlots')}</p>
              );
            }}
          </LoadState>
        </section>
      )}
    </>
  );
}

export default withTexts(ReschedulePage, counsellingTexts);
