import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import type { Booking } from '../../../shared/api-types';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { fetchMyBookings } from '../../counselling/api';
import {
  type CheckinLink,
  type CheckinRefusal,
  checkinRefusal,
  opensAt,
  parseCheckinHash,
  pickForCheckin,
} from '../../counselling/checkin';
import { checkIn } from '../../counselling/checkin-api';
import { checkinTexts } from '../../counselling/checkin-texts';
import { type Credential, forgetCredential, liveCredential } from '../../counselling/credential';
import { isOffline } from '../../counselling/errors';
import { formatTime } from '../../counselling/format';
import { counsellingTexts } from '../../counselling/texts';
import { withTexts } from '../../i18n/lazy-texts';
import { AppointmentFacts } from './AppointmentFacts';
import { CrisisReminder } from './CrisisReminder';
import { isProofRefused } from './use-own-booking';
import { VerifyPanel } from './VerifyPanel';
import { useWords } from './words';

/** The poster's link, read once per visit: the fragment is then taken off the address bar. */
let taken: CheckinLink | 'broken' | null = null;
function takeLink(): CheckinLink | 'broken' | null {
  const fromHash = parseCheckinHash(window.location.hash);
  if (fromHash) taken = fromHash;
  return taken;
}

type Step =
  | { step: 'finding' }
  | { step: 'checking'; booking: Booking }
  | { step: 'done'; booking: Booking }
  | { step: 'none'; next: Booking | null }
  | { step: 'refused'; why: CheckinRefusal; booking: Booking | null };

/**
 * /checkin#p=<service point>&c=<code>: the worker scanned the station's poster. The code is taken off the
 * address bar at once; the worker proves who they are as in "my appointments" (unless the proof is still in
 * memory), their appointment at that station today is found among their bookings, and it is checked in with
 * the code. Then a calm "checked in, your counsellor will come". Nothing there today: said kindly, with the
 * station's page and crisis help.
 */
function CheckinPage() {
  const { t } = useWords();
  usePageTitle(t('checkin:title'));
  const [link] = useState(takeLink);
  // The code leaves the address bar (and so the history, a shared screen, a screenshot) at once.
  useEffect(() => {
    if (window.location.hash)
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + window.location.search,
      );
  }, []);
  return (
    <>
      <PageHeader title={t('checkin:title')} />
      <div className="page counselling checkin">
        {link === null ? (
          <NoLink text={t('checkin:noLink')} />
        ) : link === 'broken' ? (
          <NoLink text={t('checkin:broken')} />
        ) : (
          <CheckIn link={link} />
        )}
        <CrisisReminder />
      </div>
    </>
  );
}

function NoLink({ text }: { text: string }) {
  const { t } = useWords();
  return (
    <div className="status-box" role="alert">
      <p>{text}</p>
      <Link to="/appointments" className="big-button secondary">
        {t('checkin:mine')}
      </Link>
    </div>
  );
}

function CheckIn({ link }: { link: CheckinLink }) {
  const { t } = useWords();
  const [credential, setCredential] = useState<Credential | null>(liveCredential);
  const [bookings, setBookings] = useState<Booking[] | null>(null);
  const [step, setStep] = useState<Step>({ step: 'finding' });
  const [expired, setExpired] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const refused = () => {
    forgetCredential();
    setCredential(null);
    setBookings(null);
    setStep({ step: 'finding' });
    setExpired(true);
  };

  // A proof still in memory (booked or looked a few minutes ago): the bookings at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: asks again only on "try again".
  useEffect(() => {
    if (!credential || bookings) return;
    let live = true;
    fetchMyBookings(credential)
      .then((list) => live && setBookings(list))
      .catch((err: unknown) => {
        if (!live) return;
        if (isProofRefused(err)) refused();
        else setStep({ step: 'refused', why: isOffline(err) ? 'network' : 'other', booking: null });
      });
    return () => {
      live = false;
    };
  }, [credential, bookings, attempt]);

  // The bookings known: today's one here is checked in (the server checks the code and the hour).
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per list of bookings, or on "try again".
  useEffect(() => {
    if (!credential || !bookings) return;
    const pick = pickForCheckin(bookings, link.pointId, Date.now());
    if (pick.kind === 'none') {
      setStep({ step: 'none', next: pick.next });
      return;
    }
    if (pick.kind === 'done') {
      setStep({ step: 'done', booking: pick.booking });
      return;
    }
    let live = true;
    setStep({ step: 'checking', booking: pick.booking });
    checkIn(pick.booking.id, link.code, credential)
      .then((b) => live && setStep({ step: 'done', booking: b }))
      .catch((err: unknown) => {
        if (!live) return;
        if (isProofRefused(err)) return refused();
        setStep({ step: 'refused', why: checkinRefusal(err), booking: pick.booking });
      });
    return () => {
      live = false;
    };
  }, [bookings, attempt]);

  // Asks again: for the bookings when they could not be read, else for the check-in.
  const again = () => {
    setStep({ step: 'finding' });
    setAttempt((n) => n + 1);
  };

  if (!credential)
    return (
      <>
        <p className="lead">{t('checkin:lead')}</p>
        <VerifyPanel
          onVerified={(c, list) => {
            setCredential(c);
            setExpired(false);
            setBookings(list);
          }}
          notice={expired ? t('mine.expired') : null}
        />
      </>
    );
  switch (step.step) {
    case 'finding':
    case 'checking':
      return (
        <p className="status-line" role="status">
          <span className="spinner" aria-hidden="true" />
          {step.step === 'finding' ? t('checkin:finding') : t('checkin:checking')}
        </p>
      );
    case 'done':
      return <CheckedIn booking={step.booking} />;
    case 'none':
      return <NothingToday pointId={link.pointId} next={step.next} />;
    case 'refused':
      return <Refused why={step.why} booking={step.booking} onRetry={again} />;
  }
}

/** Arrived: the calm screen the worker keeps open in the waiting room. */
function CheckedIn({ booking: b }: { booking: Booking }) {
  const { t } = useWords();
  return (
    <>
      <div className="done-box checkin-done" role="status">
        <h2 className="page-title">{t('checkin:done')}</h2>
        <p className="checkin-wait">{t('checkin:doneLead')}</p>
      </div>
      <p>{t('checkin:doneRest')}</p>
      <AppointmentFacts booking={b} />
    </>
  );
}

/** No appointment at this station today: kindly, with the next one here (if any) and where to go on. */
function NothingToday({ pointId, next }: { pointId: string; next: Booking | null }) {
  const { t, when, pick } = useWords();
  return (
    <>
      <div className="status-box" role="status">
        <p className="checkin-none">
          {next
            ? t('checkin:noneTodayAt', { place: pick(next.servicePoint.name, next.servicePoint.nameEn) })
            : t('checkin:noneToday')}
        </p>
        {next && (
          <p>{t('checkin:nextHere', { when: when(next.slot.startsAt, next.servicePoint.timeZone) })}</p>
        )}
        <p>{t('checkin:noneHelp')}</p>
      </div>
      <div className="button-stack">
        <Link to={`/stations/${pointId}`} className="big-button secondary">
          {t('checkin:station')}
        </Link>
        <Link to="/help" className="big-button secondary crisis-button">
          {t('checkin:help')}
        </Link>
        <Link to="/appointments" className="text-button to-mine">
          {t('checkin:mine')}
        </Link>
      </div>
    </>
  );
}

/** The server said no: why, in plain words, and that telling the staff always works. */
function Refused({
  why,
  booking: b,
  onRetry,
}: {
  why: CheckinRefusal;
  booking: Booking | null;
  onRetry: () => void;
}) {
  const { t, lang, pick } = useWords();
  const zone = b?.servicePoint.timeZone ?? 'Asia/Shanghai';
  const opens = b ? opensAt(b.slot.startsAt) : null;
  const text =
    why === 'wrongCode'
      ? t('checkin:wrongCode', { place: b ? pick(b.servicePoint.name, b.servicePoint.nameEn) : '' })
      : why === 'notYet' && opens && opens.getTime() > Date.now()
        ? t('checkin:notYet', { time: formatTime(opens, zone, lang) })
        : why === 'notYet'
          ? t('checkin:closed')
          : t(`checkin:${why}`);
  return (
    <>
      <div className="status-box" role="alert">
        <p className="checkin-refused">{text}</p>
        {(why === 'network' || why === 'other') && (
          <button type="button" className="big-button secondary" onClick={onRetry}>
            {t('checkin:retry')}
          </button>
        )}
      </div>
      <p>{t('checkin:tellStaff')}</p>
      {b && <AppointmentFacts booking={b} />}
      <Link to="/appointments" className="text-button to-mine">
        {t('checkin:mine')}
      </Link>
    </>
  );
}

export default withTexts(CheckinPage, counsellingTexts, checkinTexts);
