import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import { Link, useParams } from 'react-router';
import type { Booking } from '../../../shared/api-types';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { changeable } from '../../counselling/appointments';
import { useKept } from '../../counselling/kept';
import { counsellingTexts } from '../../counselling/texts';
import { withTexts } from '../../i18n/lazy-texts';
import { AppointmentFacts } from './AppointmentFacts';
import { CrisisReminder } from './CrisisReminder';
import { useOwnBooking } from './use-own-booking';
import { VerifyPanel } from './VerifyPanel';
import { telHref, useWords } from './words';

/**
 * /appointments/:id: one appointment — right after booking or moving it, the confirmation: when and where,
 * what to bring, the text reminders to expect (phone bookings), and how to change it.
 */
function AppointmentPage() {
  const { t } = useWords();
  const { id = '' } = useParams();
  const own = useOwnBooking(id);
  const kept = useKept();
  const event = own.arrival.booking?.id === id ? own.arrival.event : undefined;
  const title =
    event === 'booked'
      ? t('appointment.booked')
      : event === 'rescheduled'
        ? t('appointment.rescheduled')
        : t('appointment.title');
  usePageTitle(title);
  const way = own.arrival.way ?? own.credential?.kind ?? kept.way?.kind ?? 'phone';
  return (
    <>
      <PageHeader title={t('appointment.title')} />
      <div className="page counselling">
        {own.booking ? (
          <Confirmation booking={own.booking} event={event} way={way} />
        ) : own.failure === 'notFound' ? (
          <p className="status-box" role="alert">
            {t('appointment.notFound')}
          </p>
        ) : own.failure ? (
          <p className="status-box" role="alert">
            {own.failure === 'offline' ? t('mine.offline') : t('mine.error')}
          </p>
        ) : own.credential ? (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('mine.loading')}
          </p>
        ) : (
          <VerifyPanel onVerified={own.verified} notice={own.expired ? t('mine.expired') : null} />
        )}
        <Link to="/appointments" className="text-button to-mine">
          {t('appointment.toMine')}
        </Link>
        <CrisisReminder />
      </div>
    </>
  );
}

function Confirmation({
  booking: b,
  event,
  way,
}: {
  booking: Booking;
  event: 'booked' | 'rescheduled' | undefined;
  way: 'phone' | 'retrieval';
}) {
  const { t, when } = useWords();
  const zone = b.servicePoint.timeZone;
  const phone = b.servicePoint.phone;
  const open = b.status === 'booked' && Date.parse(b.slot.startsAt) > Date.now();
  const bring =
    b.mode === 'in_person'
      ? t('appointment.bringInPerson')
      : way === 'retrieval'
        ? t('appointment.bringRemoteNoPhone', { phone: phone ?? '' })
        : t(b.mode === 'phone' ? 'appointment.bringPhone' : 'appointment.bringVideo');
  return (
    <>
      {event && (
        <div className="done-box" role="status">
          <h2 className="page-title">
            {event === 'booked' ? t('appointment.booked') : t('appointment.rescheduled')}
          </h2>
          <p>{event === 'booked' ? t('appointment.bookedLead') : t('appointment.rescheduledLead')}</p>
        </div>
      )}
      {!event && (
        <p className="point-tags">
          <span className={`badge status-${b.status}`}>{t(`mine.status.${b.status}`)}</span>
        </p>
      )}
      <AppointmentFacts booking={b} topic />
      {b.sharesResults && <p className="hint">{t('appointment.shares')}</p>}
      {open && (
        <>
          <section aria-labelledby="bring-heading">
            <h2 id="bring-heading" className="section-title">
              {t('appointment.bringHeading')}
            </h2>
            <p>{bring}</p>
          </section>
          <section aria-labelledby="reminders-heading">
            <h2 id="reminders-heading" className="section-title">
              {t('appointment.remindersHeading')}
            </h2>
            {b.reminders.length > 0 ? (
              <>
                <p>{t('appointment.reminders')}</p>
                <ul className="plain-list">
                  {b.reminders.map((r) => (
                    <li key={r.kind}>
                      {t('appointment.reminderLine', {
                        label: t(
                          r.kind === 'day_before'
                            ? 'appointment.reminderDayBefore'
                            : 'appointment.reminderTwoHours',
                        ),
                        when: when(r.at, zone),
                      })}
                      {r.sent && ` ${t('appointment.reminderSent')}`}
                    </li>
                  ))}
                </ul>
                <p className="hint">{t('book.consentSms')}</p>
              </>
            ) : (
              <p>{t('appointment.noReminders')}</p>
            )}
          </section>
          <section aria-labelledby="change-heading">
            <h2 id="change-heading" className="section-title">
              {t('appointment.changeHeading')}
            </h2>
            {changeable(b, Date.now()) && b.changeableUntil ? (
              <p>
                {phone
                  ? t('appointment.change', { when: when(b.changeableUntil, zone), phone })
                  : t('appointment.changeNoPhone', { when: when(b.changeableUntil, zone) })}
              </p>
            ) : (
              <p>
                {t('mine.tooLate')} {phone && <a href={telHref(phone)}>{phone}</a>}
              </p>
            )}
            {changeable(b, Date.now()) && (
              <Link
                to={`/appointments/${b.id}/reschedule`}
                state={{ booking: b }}
                className="big-button secondary"
              >
                {t('mine.reschedule')}
              </Link>
            )}
          </section>
        </>
      )}
    </>
  );
}

export default withTexts(AppointmentPage, counsellingTexts);
