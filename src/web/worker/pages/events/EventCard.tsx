import { Link } from 'react-router';
import { placesOf } from '../../events/list';
import type { EventSummary } from '../../events/types';
import { EventFacts } from './EventFacts';
import { useEventWords } from './words';

/**
 * One event in the list: its kind, title, when and where, and its places — how many are left, 可排队候补
 * when full, or why one cannot sign up. 适合您 and 仅限受邀单位 are said in words, not colour alone.
 */
export function EventCard({
  event: e,
  fits,
  invite,
}: {
  event: EventSummary;
  fits: boolean;
  invite?: string | null;
}) {
  const { t } = useEventWords();
  const places = placesOf(e);
  return (
    <li>
      <Link to={`/events/${e.id}`} className="event-card" data-event={e.id} data-kind={e.kind}>
        <span className="event-card-kind">{e.kindName}</span>
        <span className="event-card-title">{e.title}</span>
        <EventFacts event={e} hosts={false} />
        <span className="event-card-meta">
          {places.kind === 'left' ? (
            <span className="badge badge-places">{t('card.placesLeft', { count: places.count })}</span>
          ) : places.kind === 'waitlist' ? (
            <span className="badge badge-waitlist">{t('card.full')}</span>
          ) : (
            <span className="badge badge-closed">{t(`refusal.${places.why}`)}</span>
          )}
          {fits && <span className="badge badge-fits">{t('card.fitsMe')}</span>}
          {e.visibility === 'invitation' && (
            <span className="badge badge-invitation">
              {invite && e.invitedOrganisationName
                ? t('card.invitationOf', { name: e.invitedOrganisationName })
                : t('card.invitation')}
            </span>
          )}
        </span>
      </Link>
    </li>
  );
}
