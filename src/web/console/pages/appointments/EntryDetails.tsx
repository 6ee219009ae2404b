import { CheckCircleFilled } from '@ant-design/icons';
import { Descriptions, type DescriptionsProps, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { placeName } from '../../lib/counselling-api';
import type { CalendarBooking, CalendarEntry } from '../../lib/types';
import { CheckedInTag, type EntryActions, EntryButtons, StateTag } from './entry-parts';
import { SharedResults } from './SharedResults';

const liveBooking = (e: CalendarEntry): CalendarBooking | null =>
  e.booking && e.booking.status !== 'cancelled' ? e.booking : null;

/** Where and how: the station, the room, the mode (the booked one, or those the slot offers). */
export function useFacts(entry: CalendarEntry) {
  const { t, i18n } = useTranslation();
  const b = liveBooking(entry);
  return {
    place: placeName(entry.servicePoint, i18n.language),
    room: entry.room ? placeName(entry.room, i18n.language) : null,
    modes: (b ? [b.mode] : entry.slot.modes).map((m) => t(`counselling.modes.${m}`)).join(' / '),
  };
}

/**
 * What the worker shared with their counsellor (topic, masked phone, check-up results), and a block's
 * note. Only the appointment's own counsellor receives these from the server.
 */
export function privateItems(
  entry: CalendarEntry,
  mine: boolean,
  t: (key: string) => string,
): NonNullable<DescriptionsProps['items']> {
  const b = liveBooking(entry);
  const items: NonNullable<DescriptionsProps['items']> = [];
  if (entry.slot.kind === 'block' && entry.slot.note)
    items.push({ key: 'note', label: t('appointments.blockNote'), children: entry.slot.note });
  if (!b || !mine) return items;
  if (b.topic)
    items.push({
      key: 'topic',
      label: t('appointments.topic'),
      children: t(`counselling.topics.${b.topic}`),
    });
  if (b.source === 'worker') {
    items.push({
      key: 'contact',
      label: t('appointments.contact'),
      children: b.contact?.phone ? (
        <Flex gap={6} align="center">
          <span className="console-time">{b.contact.phone}</span>
          {b.contact.verified ? (
            <Typography.Text type="success" style={{ fontSize: 12 }}>
              <CheckCircleFilled /> {t('appointments.contactVerified')}
            </Typography.Text>
          ) : null}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('appointments.noContact')}</Typography.Text>
      ),
    });
    items.push({
      key: 'shared',
      label: t('appointments.shared'),
      span: 'filled',
      children: <SharedResults booking={b} timeZone={entry.servicePoint.timeZone} />,
    });
  }
  return items;
}

interface Props {
  entry: CalendarEntry;
  /** The counsellor's name as workers know it. */
  counsellor: string;
  /** The signed-in user is this entry's counsellor: the one who sees what the worker shared. */
  mine: boolean;
  actions: EntryActions;
}

/** Everything about one slot or appointment, and what can be done with it (the week view's drawer). */
export function EntryDetails({ entry, counsellor, mine, actions }: Props) {
  const { t } = useTranslation();
  const b = liveBooking(entry);
  const facts = useFacts(entry);
  const items: DescriptionsProps['items'] = [
    {
      key: 'state',
      label: t('appointments.status'),
      children: (
        <Flex gap={8} align="center" wrap>
          <StateTag entry={entry} />
          {b ? <span>{t(`appointments.sources.${b.source}`)}</span> : null}
          {!b && entry.slot.kind === 'rostered' ? (
            <Typography.Text type="secondary">
              {/* A slot that has ended is no longer open to anyone: say it went unbooked. */}
              {Date.parse(entry.slot.endsAt) <= actions.now.getTime()
                ? t('appointments.openPastHint')
                : t('appointments.openHint')}
            </Typography.Text>
          ) : null}
        </Flex>
      ),
    },
    // Someone who booked checks in with the station's poster; a walk-in is there already.
    ...(b && b.source !== 'walk_in'
      ? [
          {
            key: 'checkIn',
            label: t('appointments.checkIn'),
            children: b.checkedInAt ? (
              <CheckedInTag entry={entry} />
            ) : (
              <Typography.Text type="secondary">{t('appointments.notCheckedIn')}</Typography.Text>
            ),
          },
        ]
      : []),
    { key: 'point', label: t('counselling.servicePoint'), children: facts.place },
    { key: 'room', label: t('counselling.room'), children: facts.room ?? '—' },
    { key: 'counsellor', label: t('counselling.counsellor'), children: counsellor },
    { key: 'mode', label: t('appointments.mode'), children: facts.modes },
    ...privateItems(entry, mine, t),
  ];
  return (
    <>
      <Descriptions size="small" column={1} items={items} styles={{ label: { width: 132 } }} />
      <div style={{ marginTop: 12 }}>
        <EntryButtons entry={entry} actions={actions} />
      </div>
    </>
  );
}
