import '../../styles/forms.css';
import '../../styles/settings.css';
import '../../styles/counselling.css';
import '../../styles/events.css';
import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { usePageTitle } from '../../app/use-page-title';
import { useMyAudiences } from '../../audience/store';
import { PageHeader } from '../../components/PageHeader';
import { zoneDiffers } from '../../counselling/format';
import { counsellingTexts } from '../../counselling/texts';
import { useLoad } from '../../counselling/use-load';
import { fetchEvent } from '../../events/api';
import { takeInvite, withoutInvite } from '../../events/invite';
import { fitsMe } from '../../events/list';
import { eventsTexts } from '../../events/texts';
import type { EventDetail } from '../../events/types';
import { withTexts } from '../../i18n/lazy-texts';
import { CrisisReminder } from '../counselling/CrisisReminder';
import { LoadState } from '../counselling/LoadState';
import { phoneZone, zoneName } from '../counselling/words';
import { EventFacts } from './EventFacts';
import { RegisterPanel } from './RegisterPanel';
import { useEventWords } from './words';

/**
 * /events/:id: what the event is, when and where (an online link only after signing up), who leads it, its
 * places, and signing up. An invitation link's ?invite= is read once, taken off the address bar and kept in
 * memory for this visit, so an invited workplace's event opens and its sign-up carries the invitation.
 */
function EventPage() {
  const { t, lang } = useEventWords();
  const { id = '' } = useParams();
  usePageTitle(t('event.title'));
  const [invite] = useState(() => takeInvite(window.location.search));
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('invite'))
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + withoutInvite(window.location.search),
      );
  }, []);
  const { state, reload } = useLoad(() => fetchEvent(id, invite, lang), [id, invite, lang]);
  return (
    <>
      <PageHeader title={t('event.title')} />
      <div className="page counselling events">
        <LoadState
          state={state}
          reload={reload}
          loading={t('event.loading')}
          notFound={
            <div className="status-box" role="alert">
              <p>{t('event.notFound')}</p>
              <Link to="/events" className="big-button secondary">
                {t('event.back')}
              </Link>
            </div>
          }
        >
          {(e) => <Detail event={e} invite={invite} />}
        </LoadState>
        <CrisisReminder text={t('list.crisisReminder')} />
      </div>
    </>
  );
}

function Detail({ event: e, invite }: { event: EventDetail; invite: string | null }) {
  const { t, lang } = useEventWords();
  const mine = useMyAudiences();
  const full = e.placesLeft <= 0;
  const paragraphs = e.description.split('\n').filter((p) => p.trim());
  return (
    <>
      <header className="event-header">
        <p className="event-card-kind">{e.kindName}</p>
        <h2 className="page-title event-title">{e.title}</h2>
        <p className="event-card-meta">
          {fitsMe(e, mine) && <span className="badge badge-fits">{t('card.fitsMe')}</span>}
          {e.visibility === 'invitation' && (
            <span className="badge badge-invitation">
              {e.invitedOrganisationName
                ? t('card.invitationOf', { name: e.invitedOrganisationName })
                : t('card.invitation')}
            </span>
          )}
          {e.status === 'cancelled' && <span className="badge badge-closed">{t('card.cancelled')}</span>}
        </p>
      </header>
      <EventFacts event={e} />
      {zoneDiffers(e.timeZone, phoneZone()) && (
        <p className="hint">{t('event.zoneNote', { zone: zoneName(e.timeZone, lang) })}</p>
      )}
      {e.place.kind === 'online' && <p className="hint">{t('event.online')}</p>}
      <p className="event-capacity">
        <strong>{t('event.capacity')}</strong>{' '}
        {full
          ? t('event.capacityFull', { capacity: e.capacity, waiting: e.waitlistLength })
          : t('event.capacityLeft', { capacity: e.capacity, left: e.placesLeft })}
      </p>
      {paragraphs.length > 0 && (
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="section-title">
            {t('event.about')}
          </h2>
          <div className="event-description">
            {paragraphs.map((p, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: paragraphs of one text, in order.
              <p key={i}>{p}</p>
            ))}
          </div>
        </section>
      )}
      {e.materials && (e.materials.summary || e.materials.replayUrl) && (
        <section aria-labelledby="materials-heading">
          <h2 id="materials-heading" className="section-title">
            {t('event.materials')}
          </h2>
          {e.materials.summary && <p>{e.materials.summary}</p>}
          {e.materials.replayUrl && (
            <a
              className="big-button secondary"
              href={e.materials.replayUrl}
              target="_blank"
              rel="noopener noreferrer"
            >
              {t('event.replay')}
            </a>
          )}
        </section>
      )}
      <RegisterPanel event={e} invite={invite} />
    </>
  );
}

export default withTexts(EventPage, eventsTexts, counsellingTexts);
