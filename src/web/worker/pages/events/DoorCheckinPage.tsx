import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import '../../styles/events.css';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/use-page-title';
import { PageHeader } from '../../components/PageHeader';
import { type Credential, forgetCredential, liveCredential } from '../../counselling/credential';
import { isOffline } from '../../counselling/errors';
import { counsellingTexts } from '../../counselling/texts';
import { checkInAtDoor, fetchMyRegistrations } from '../../events/api';
import { type DoorRefusal, doorRefusal, parseDoorHash, pickForDoor } from '../../events/door';
import { eventsTexts } from '../../events/texts';
import type { RegistrationView } from '../../events/types';
import { withTexts } from '../../i18n/lazy-texts';
import { CrisisReminder } from '../counselling/CrisisReminder';
import { isProofRefused } from '../counselling/use-own-booking';
import { ProofForm, type ProofWords } from '../counselling/VerifyPanel';
import { EventFacts } from './EventFacts';
import { useEventWords } from './words';

/** The poster's code, read once per visit: the fragment is then taken off the address bar. */
let taken: { code: string } | 'broken' | null = null;
function takeCode(): { code: string } | 'broken' | null {
  const fromHash = parseDoorHash(window.location.hash);
  if (fromHash) taken = fromHash;
  return taken;
}

type Step =
  | { step: 'finding' }
  | { step: 'checking' }
  | { step: 'done'; registration: RegistrationView }
  | { step: 'none' }
  | { step: 'waiting'; registration: RegistrationView }
  | { step: 'refused'; why: DoorRefusal; registration: RegistrationView | null };

/**
 * /events/:id/checkin#c=<code>: the worker scanned the poster at the door. The code leaves the address bar
 * at once; the worker proves who they are (unless the proof is still in memory), their registration for
 * this event is found and checked in with the code. Then a calm 签到成功; not registered: said kindly, with
 * the staff at the door as the way in.
 */
function DoorCheckinPage() {
  const { t } = useEventWords();
  const { id = '' } = useParams();
  usePageTitle(t('door.title'));
  const [code] = useState(takeCode);
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
      <PageHeader title={t('door.title')} />
      <div className="page counselling events checkin">
        {code === null || code === 'broken' ? (
          <div className="status-box" role="alert">
            <p>{code === null ? t('door.noLink') : t('door.broken')}</p>
            <Link to={`/events/${id}`} className="big-button secondary">
              {t('door.event')}
            </Link>
          </div>
        ) : (
          <CheckIn eventId={id} code={code.code} />
        )}
        <CrisisReminder text={t('list.crisisReminder')} />
      </div>
    </>
  );
}

function CheckIn({ eventId, code }: { eventId: string; code: string }) {
  const { t } = useEventWords();
  const [credential, setCredential] = useState<Credential | null>(liveCredential);
  const [list, setList] = useState<RegistrationView[] | null>(null);
  const [step, setStep] = useState<Step>({ step: 'finding' });
  const [expired, setExpired] = useState(false);
  const [attempt, setAttempt] = useState(0);

  const refused = () => {
    forgetCredential();
    setCredential(null);
    setList(null);
    setStep({ step: 'finding' });
    setExpired(true);
  };

  // A proof still in memory (signed up or looked a few minutes ago): the registrations at once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: asks again only on "try again".
  useEffect(() => {
    if (!credential || list) return;
    let live = true;
    fetchMyRegistrations(credential)
      .then((l) => live && setList(l))
      .catch((err: unknown) => {
        if (!live) return;
        if (isProofRefused(err)) refused();
        else setStep({ step: 'refused', why: isOffline(err) ? 'network' : 'other', registration: null });
      });
    return () => {
      live = false;
    };
  }, [credential, list, attempt]);

  // The registrations known: this event's is checked in (the server checks the code and the hour).
  // biome-ignore lint/correctness/useExhaustiveDependencies: once per list, or on "try again".
  useEffect(() => {
    if (!credential || !list) return;
    const pick = pickForDoor(list, eventId);
    if (pick.kind === 'none') return setStep({ step: 'none' });
    if (pick.kind === 'done') return setStep({ step: 'done', registration: pick.registration });
    if (pick.kind === 'waiting') return setStep({ step: 'waiting', registration: pick.registration });
    let live = true;
    setStep({ step: 'checking' });
    checkInAtDoor(pick.registration.id, code, credential)
      .then((r) => live && setStep({ step: 'done', registration: r }))
      .catch((err: unknown) => {
        if (!live) return;
        if (isProofRefused(err)) return refused();
        setStep({ step: 'refused', why: doorRefusal(err), registration: pick.registration });
      });
    return () => {
      live = false;
    };
  }, [list, attempt]);

  const again = () => {
    setStep({ step: 'finding' });
    setAttempt((n) => n + 1);
  };
  const words: ProofWords = {
    heading: t('proof.heading'),
    show: t('door.title'),
    checking: t('proof.checking'),
    phoneHint: t('proof.phoneHint'),
    offline: t('proof.offline'),
    error: t('proof.error'),
    busy: t('proof.busy'),
    lastPhone: (phone) => t('proof.lastPhone', { phone }),
    lastCode: t('proof.lastCode'),
  };

  if (!credential)
    return (
      <>
        <p className="lead">{t('door.lead')}</p>
        <ProofForm
          prove={fetchMyRegistrations}
          words={words}
          notice={expired ? t('proof.expired') : null}
          onProved={(c, l) => {
            setCredential(c);
            setExpired(false);
            setList(l);
          }}
        />
      </>
    );
  switch (step.step) {
    case 'finding':
    case 'checking':
      return (
        <p className="status-line" role="status">
          <span className="spinner" aria-hidden="true" />
          {step.step === 'finding' ? t('door.finding') : t('door.checking')}
        </p>
      );
    case 'done':
      return (
        <>
          <div className="done-box checkin-done" role="status">
            <h2 className="page-title">{t('door.done')}</h2>
            <p className="checkin-wait">{t('door.doneLead')}</p>
          </div>
          <p>{t('door.doneRest')}</p>
          <p className="event-card-title">{step.registration.event.title}</p>
          <EventFacts event={step.registration.event} />
          <Link to="/events/mine" className="text-button to-mine">
            {t('door.mine')}
          </Link>
        </>
      );
    case 'none':
    case 'waiting':
      return (
        <>
          <div className="status-box" role="status">
            <p className="checkin-none">
              {step.step === 'waiting'
                ? t('door.waiting', { position: step.registration.position ?? 1 })
                : t('door.none')}
            </p>
            {step.step === 'none' && <p>{t('door.noneHelp')}</p>}
          </div>
          <div className="button-stack">
            <Link to={`/events/${eventId}`} className="big-button secondary">
              {t('door.event')}
            </Link>
            <Link to="/events/mine" className="text-button to-mine">
              {t('door.mine')}
            </Link>
          </div>
        </>
      );
    case 'refused':
      return (
        <>
          <div className="status-box" role="alert">
            <p className="checkin-refused">{t(`door.${step.why}`)}</p>
            {(step.why === 'network' || step.why === 'other') && (
              <button type="button" className="big-button secondary" onClick={again}>
                {t('door.retry')}
              </button>
            )}
          </div>
          <p>{t('door.tellStaff')}</p>
          {step.registration && <EventFacts event={step.registration.event} />}
          <Link to="/events/mine" className="text-button to-mine">
            {t('door.mine')}
          </Link>
        </>
      );
  }
}

export default withTexts(DoorCheckinPage, eventsTexts, counsellingTexts);
