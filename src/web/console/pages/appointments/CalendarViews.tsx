import { WarningFilled } from '@ant-design/icons';
import { Card, Descriptions, Empty, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { entryState } from '../../lib/appointments';
import { checkedInTime } from '../../lib/check-in';
import { placeName } from '../../lib/counselling-api';
import { worstConcern } from '../../lib/shared-results';
import type { CalendarEntry } from '../../lib/types';
import { dateLabel, weekdayLabel } from '../../lib/zoned-calendar';
import { privateItems, useFacts } from './EntryDetails';
import { CheckedInTag, type EntryActions, EntryButtons, StateTag, timeSpan } from './entry-parts';

export interface ViewProps {
  days: string[];
  groups: Map<string, CalendarEntry[]>;
  today: string;
  /** The counsellor's name as workers know it. */
  counsellorOf: (e: CalendarEntry) => string;
  /** Managers see many counsellors: each entry names its own. */
  showCounsellor: boolean;
  viewerId: string;
  actions: EntryActions;
}

/** A worker's shared results call for special care (thoughts of self-harm). */
const isUrgent = (e: CalendarEntry): boolean =>
  Boolean(e.booking?.sharedResults && worstConcern(e.booking.sharedResults.results) === 'urgent');

function CrisisTag() {
  const { t } = useTranslation();
  return (
    <Tag color="red" variant="solid" icon={<WarningFilled />} style={{ marginInlineEnd: 0 }}>
      {t('appointments.crisisTag')}
    </Tag>
  );
}

/** One entry in a week's column: time, what it is, where; the whole of it opens the details. */
function EntryChip({
  entry,
  showCounsellor,
  counsellor,
  onOpen,
}: {
  entry: CalendarEntry;
  showCounsellor: boolean;
  counsellor: string;
  onOpen: () => void;
}) {
  const { t, i18n } = useTranslation();
  const state = entryState(entry);
  const urgent = isUrgent(entry);
  const place = placeName(entry.servicePoint, i18n.language);
  const room = entry.room ? placeName(entry.room, i18n.language) : null;
  const mode = entry.booking ? t(`counselling.modes.${entry.booking.mode}`) : null;
  const checkedIn = checkedInTime(entry);
  const label = [
    timeSpan(entry),
    t(`appointments.states.${state}`),
    checkedIn ? t('appointments.checkedIn', { time: checkedIn }) : null,
    place,
    room,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <button
      type="button"
      className={`console-entry console-entry-${state}${urgent ? ' console-entry-urgent' : ''}${
        Date.parse(entry.slot.endsAt) <= Date.now() ? ' console-entry-past' : ''
      }`}
      onClick={onOpen}
      aria-label={label}
      title={label}
      data-state={state}
    >
      <Flex justify="space-between" align="center" gap={4}>
        <span className="console-time" style={{ fontWeight: 600 }}>
          {timeSpan(entry)}
        </span>
        {urgent ? <WarningFilled style={{ color: '#cf1322' }} /> : null}
      </Flex>
      <span className="console-entry-line">
        {t(`appointments.states.${state}`)}
        {mode ? ` · ${mode}` : ''}
      </span>
      <span className="console-entry-line" style={{ color: 'rgba(0, 0, 0, 0.55)' }}>
        {room ? `${place} · ${room}` : place}
      </span>
      {showCounsellor ? <span className="console-entry-line">{counsellor}</span> : null}
      {checkedIn ? (
        <span className="console-entry-line">
          <CheckedInTag entry={entry} />
        </span>
      ) : null}
    </button>
  );
}

/** Monday to Sunday side by side; choosing an entry opens its details. */
export function WeekGrid({
  days,
  groups,
  today,
  counsellorOf,
  showCounsellor,
  onOpen,
}: ViewProps & { onOpen: (e: CalendarEntry) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="console-week" data-testid="week-grid">
      {days.map((day) => {
        const entries = groups.get(day) ?? [];
        return (
          <section
            key={day}
            className={`console-week-day${day === today ? ' console-week-today' : ''}`}
            aria-label={`${dateLabel(day, i18n.language)} ${weekdayLabel(day, i18n.language)}`}
          >
            <div className="console-week-head">
              <div style={{ fontWeight: 600 }}>
                {weekdayLabel(day, i18n.language)}
                {day === today ? ` · ${t('appointments.today')}` : ''}
              </div>
              <div style={{ fontSize: 12 }}>{dateLabel(day, i18n.language)}</div>
            </div>
            <div className="console-week-body">
              {entries.length ? (
                entries.map((e) => (
                  <EntryChip
                    key={e.slot.id}
                    entry={e}
                    showCounsellor={showCounsellor}
                    counsellor={counsellorOf(e)}
                    onOpen={() => onOpen(e)}
                  />
                ))
              ) : (
                <Typography.Text type="secondary" style={{ textAlign: 'center', fontSize: 12, padding: 8 }}>
                  {t('appointments.emptyDay')}
                </Typography.Text>
              )}
            </div>
          </section>
        );
      })}
    </div>
  );
}

/** One entry of the day: time, state and where on one line, then what the worker shared, with the buttons. */
function AgendaCard({
  entry,
  counsellor,
  showCounsellor,
  mine,
  actions,
}: {
  entry: CalendarEntry;
  counsellor: string;
  showCounsellor: boolean;
  mine: boolean;
  actions: EntryActions;
}) {
  const { t } = useTranslation();
  const state = entryState(entry);
  const urgent = isUrgent(entry);
  const facts = useFacts(entry);
  const details = privateItems(entry, mine, t);
  const where = [facts.place, facts.room, facts.modes, showCounsellor ? counsellor : null].filter(Boolean);
  return (
    <Card
      size="small"
      data-state={state}
      className={`console-agenda console-agenda-${state}${urgent ? ' console-agenda-urgent' : ''}`}
      title={
        <Flex gap={12} align="center" wrap style={{ fontWeight: 'normal' }}>
          <span className="console-time" style={{ fontSize: 16, fontWeight: 600, minWidth: 104 }}>
            {timeSpan(entry)}
          </span>
          <StateTag entry={entry} />
          <CheckedInTag entry={entry} />
          {entry.booking && state !== 'open' ? (
            <Typography.Text type="secondary">
              {t(`appointments.sources.${entry.booking.source}`)}
            </Typography.Text>
          ) : null}
          {urgent ? <CrisisTag /> : null}
          <Typography.Text type="secondary" ellipsis style={{ maxWidth: 560 }}>
            {where.join(' · ')}
          </Typography.Text>
        </Flex>
      }
      extra={<EntryButtons entry={entry} actions={actions} />}
      styles={details.length ? undefined : { body: { display: 'none' } }}
    >
      {details.length ? (
        <Descriptions size="small" column={2} items={details} styles={{ label: { whiteSpace: 'nowrap' } }} />
      ) : null}
    </Card>
  );
}

/** One day as a list of cards: everything about each entry at once, with its buttons. */
export function DayAgenda({ days, groups, counsellorOf, showCounsellor, viewerId, actions }: ViewProps) {
  const { t } = useTranslation();
  const entries = groups.get(days[0] as string) ?? [];
  if (!entries.length)
    return (
      <Card>
        <Empty description={t('appointments.empty')} />
      </Card>
    );
  return (
    <Flex vertical gap={8} data-testid="day-agenda">
      {entries.map((e) => (
        <AgendaCard
          key={e.slot.id}
          entry={e}
          counsellor={counsellorOf(e)}
          showCounsellor={showCounsellor}
          mine={e.counsellor.id === viewerId}
          actions={actions}
        />
      ))}
    </Flex>
  );
}
