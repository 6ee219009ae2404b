import { CalendarIcon, PlaceIcon, UserIcon } from '../../components/icons';
import { distanceParts } from '../../counselling/format';
import type { EventSummary } from '../../events/types';
import { useEventWords } from './words';

/** When and where an event is, and who leads it, at the event's own clock. */
export function EventFacts({ event: e, hosts = true }: { event: EventSummary; hosts?: boolean }) {
  const { t, when } = useEventWords();
  const distance = e.distanceMetres === undefined ? null : distanceParts(e.distanceMetres);
  return (
    <dl className="event-facts">
      <div>
        <dt>
          <CalendarIcon />
          <span className="visually-hidden">{t('event.when')}</span>
        </dt>
        <dd className="event-when">{when(e.startsAt, e.endsAt, e.timeZone)}</dd>
      </div>
      <div>
        <dt>
          <PlaceIcon />
          <span className="visually-hidden">{t('event.where')}</span>
        </dt>
        <dd>
          {e.place.kind === 'online' ? t('card.online') : e.place.name}
          {e.place.address && <span className="event-sub">{e.place.address}</span>}
          {distance && (
            <span className="event-sub">
              {t(`card.distance.${distance.unit}`, { value: distance.value })}
            </span>
          )}
        </dd>
      </div>
      {hosts && e.hosts.length > 0 && (
        <div>
          <dt>
            <UserIcon />
            <span className="visually-hidden">{t('event.hosts')}</span>
          </dt>
          <dd>{e.hosts.map((h) => h.name).join(t('list.separator'))}</dd>
        </div>
      )}
    </dl>
  );
}
