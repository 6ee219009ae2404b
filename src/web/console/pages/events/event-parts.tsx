import { Tag, Typography } from 'antd';
import { eventKindName } from '../../../../core/events/kinds';
import { useEventsTranslation } from '../../i18n/events-ns';
import { can } from '../../lib/access';
import { eventWhenLabel, fullness, zoneWorthNaming } from '../../lib/event-calendar';
import type { EventStatus, ManagedEventSummary } from '../../lib/event-types';
import { useCurrentSession } from '../../session/context';

const statusColors: Record<EventStatus, string> = { draft: 'default', published: 'green', cancelled: 'red' };

export function EventStatusTag({ status }: { status: EventStatus }) {
  const { t } = useEventsTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/** The kind's name in the console's language (the server's name for a federation's own kind). */
export function useKindName() {
  const { i18n } = useEventsTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (e: Pick<ManagedEventSummary, 'kind' | 'kindName'>) =>
    e.kind.startsWith('custom:') ? e.kindName : eventKindName(e.kind, lang);
}

/** The title in the console's language. */
export function useEventTitle() {
  const { i18n } = useEventsTranslation();
  return (e: Pick<ManagedEventSummary, 'title' | 'titleEn'>) =>
    i18n.language === 'en' && e.titleEn ? e.titleEn : e.title;
}

/** Date and time on the event's own clock, its zone named when it is not Beijing time. */
export function EventWhen({ event }: { event: ManagedEventSummary }) {
  const { t } = useEventsTranslation();
  return (
    <span className="console-mono" style={{ whiteSpace: 'nowrap' }}>
      {eventWhenLabel(event)}
      {zoneWorthNaming(event.timeZone) ? (
        <Typography.Text type="secondary"> {t('zone.other', { zone: event.timeZone })}</Typography.Text>
      ) : null}
    </span>
  );
}

/** Where: the station or site name (an online event says so). */
export function EventPlaceText({ event }: { event: ManagedEventSummary }) {
  const { t } = useEventsTranslation();
  if (event.place.kind === 'online') return <span>{t('placeKinds.online')}</span>;
  return <span>{event.place.name}</span>;
}

/** 12/30 报名, 候补 3: the places taken of the capacity, and the waitlist when there is one. */
export function PlacesText({ event }: { event: ManagedEventSummary }) {
  const { t } = useEventsTranslation();
  const full = fullness(event);
  return (
    <span style={{ whiteSpace: 'nowrap' }} data-testid="event-places">
      <Typography.Text type={full === 'open' ? undefined : 'warning'}>
        {t('places.taken', { registered: event.registered, capacity: event.capacity })}
      </Typography.Text>
      {event.waitlisted > 0 ? (
        <Tag color="orange" style={{ marginInlineStart: 6 }}>
          {t('places.waitlist', { count: event.waitlisted })}
        </Tag>
      ) : null}
    </span>
  );
}

/** What the signed-in user may do with events: the server checks each request again. */
export function useEventPowers() {
  const session = useCurrentSession();
  return {
    manage: can(session, 'event.manage'),
    checkin: can(session, 'event.checkin'),
    registerMembers: can(session, 'event.register_members'),
    /** An enterprise officer registers members and sees only them; staff who run events see everyone. */
    officerOnly: can(session, 'event.register_members') && !can(session, ['event.manage', 'event.checkin']),
  };
}
