import '../../styles/forms.css';
import '../../styles/counselling.css';
import '../../styles/learn.css';
import '../../styles/events.css';
import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { usePageTitle } from '../../app/use-page-title';
import { useMyAudiences } from '../../audience/store';
import { CalendarIcon, ForwardIcon, UserIcon } from '../../components/icons';
import { PageHeader } from '../../components/PageHeader';
import { isOffline } from '../../counselling/errors';
import { counsellingTexts } from '../../counselling/texts';
import { useLoad } from '../../counselling/use-load';
import { takeInvite, withoutInvite } from '../../events/invite';
import { useKeptCount } from '../../events/kept';
import {
  type EventFilter,
  eventsToShow,
  filterFromParams,
  fitsMe,
  kindChips,
  paramsOfFilter,
  weekBound,
} from '../../events/list';
import { fetchEvents } from '../../events/list-api';
import { locate, useWhere, type Where } from '../../events/near';
import { eventsTexts } from '../../events/texts';
import { withTexts } from '../../i18n/lazy-texts';
import { CrisisReminder } from '../counselling/CrisisReminder';
import { EventCard } from './EventCard';
import { useEventWords } from './words';

/**
 * /events (活动): what is on, in time order. Chips in the address: 附近 (asks for the phone's place only when
 * tapped, and ranks by distance), 适合我 (the worker's groups first, on by default once they said them: a
 * truck driver sees roadside stations and drivers' events first), 本周 (this week at the event's own clock),
 * and the kinds present. A link with ?invite= shows an invited workplace's own events too.
 */
function EventsPage() {
  const { t, lang } = useEventWords();
  usePageTitle(t('list.title'));
  const mine = useMyAudiences();
  const said = mine.length > 0;
  const [params, setParams] = useSearchParams();
  const [invite] = useState(() => takeInvite(window.location.search));
  // The invitation's token leaves the address bar (and so the history) at once; it stays in memory.
  useEffect(() => {
    if (new URLSearchParams(window.location.search).has('invite'))
      window.history.replaceState(
        window.history.state,
        '',
        window.location.pathname + withoutInvite(window.location.search),
      );
  }, []);
  const filter = filterFromParams(params, said);
  const place = useWhere();
  const near = filter.near && place.status === 'here' ? place.near : null;
  const [now] = useState(() => new Date());
  const { state, reload } = useLoad(
    () =>
      // The worker's groups are not sent: the phone orders by them (nothing about who they are leaves it).
      fetchEvents({
        near,
        to: filter.week ? weekBound(now) : undefined,
        invite,
        lang,
      }),
    [near?.lat, near?.lng, filter.week, invite, lang],
  );
  // Opened again with 附近 on (it stays in the address): the place is asked for again, as the tap did.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the page opens.
  useEffect(() => {
    if (filter.near && place.status === 'none') locate();
  }, []);
  const change = (f: EventFilter) => setParams(paramsOfFilter(f, said), { replace: true });
  const kept = useKeptCount();

  // 附近 tapped: the phone's place is asked for now (and only now); a refusal leaves the list in time order.
  const toggleNear = () => {
    if (!filter.near) locate();
    change({ ...filter, near: !filter.near });
  };

  const all = state.status === 'ready' ? state.data : [];
  const shown = eventsToShow(all, filter, mine, now);
  const chips = kindChips(all);
  const filtered = Boolean(filter.kind || filter.week);
  return (
    <>
      <PageHeader title={t('list.title')} />
      <div className="page counselling events">
        <p className="lead">{t('list.intro')}</p>
        <Link to="/events/mine" className="link-row mine-link">
          <CalendarIcon />
          <span className="link-row-text">
            <span>{t('list.mine')}</span>
            <span className="link-row-desc">
              {kept > 0 ? t('list.mineCount', { count: kept }) : t('list.mineHint')}
            </span>
          </span>
          <ForwardIcon size="1.2em" />
        </Link>

        <fieldset className="topic-chips event-chips">
          <legend className="visually-hidden">{t('list.filters')}</legend>
          <button type="button" className="topic-chip" aria-pressed={filter.near} onClick={toggleNear}>
            {t('list.near')}
          </button>
          <button
            type="button"
            className="topic-chip"
            aria-pressed={filter.fit}
            onClick={() => change({ ...filter, fit: !filter.fit })}
          >
            {t('list.fit')}
          </button>
          <button
            type="button"
            className="topic-chip"
            aria-pressed={filter.week}
            onClick={() => change({ ...filter, week: !filter.week })}
          >
            {t('list.week')}
          </button>
        </fieldset>
        {chips.length > 0 && (
          <fieldset className="topic-chips event-chips">
            <legend className="visually-hidden">{t('list.kinds')}</legend>
            {[{ kind: null, name: null }, ...chips].map((c) => (
              <button
                key={c.kind ?? 'all'}
                type="button"
                className="topic-chip"
                aria-pressed={filter.kind === c.kind}
                onClick={() => change({ ...filter, kind: c.kind })}
              >
                {c.name ?? t('list.allKinds')}
              </button>
            ))}
          </fieldset>
        )}

        {filter.near && <NearNote status={place.status} />}
        {filter.fit && !said && (
          <Link to="/me/groups" className="link-row">
            <UserIcon />
            <span className="link-row-text">{t('list.noGroups')}</span>
            <ForwardIcon size="1.2em" />
          </Link>
        )}
        {filter.fit && said && shown.some((e) => fitsMe(e, mine)) && (
          <p className="hint">{t('list.forYou')}</p>
        )}

        {state.status === 'loading' && (
          <p className="status-line" role="status">
            <span className="spinner" aria-hidden="true" />
            {t('list.loading')}
          </p>
        )}
        {state.status === 'error' && (
          <div className="status-box" role="alert">
            <p>{isOffline(state.error) ? t('list.offline') : t('list.error')}</p>
            <button type="button" className="big-button secondary" onClick={reload}>
              {t('list.retry')}
            </button>
          </div>
        )}
        {state.status === 'ready' &&
          (shown.length === 0 ? (
            <div className="status-box">
              <p>{filtered && all.length > 0 ? t('list.emptyFiltered') : t('list.empty')}</p>
              {filtered && all.length > 0 && (
                <button
                  type="button"
                  className="big-button secondary"
                  onClick={() => change({ ...filter, kind: null, week: false })}
                >
                  {t('list.showAll')}
                </button>
              )}
            </div>
          ) : (
            <ul className="event-list">
              {shown.map((e) => (
                <EventCard key={e.id} event={e} fits={fitsMe(e, mine)} invite={invite} />
              ))}
            </ul>
          ))}
        <CrisisReminder text={t('list.crisisReminder')} />
      </div>
    </>
  );
}

function NearNote({ status }: { status: Where['status'] }) {
  const { t } = useEventWords();
  if (status === 'asking' || status === 'none')
    return (
      <p className="status-line" role="status">
        <span className="spinner" aria-hidden="true" />
        {t('list.locating')}
      </p>
    );
  if (status === 'denied') return <p className="note-box">{t('list.locateDenied')}</p>;
  if (status === 'unavailable') return <p className="note-box">{t('list.locateUnavailable')}</p>;
  return <p className="hint">{t('list.nearNote')}</p>;
}

export default withTexts(EventsPage, eventsTexts, counsellingTexts);
