import { Typography } from 'antd';
import { Link } from 'react-router';
import { useEventsTranslation } from '../../i18n/events-ns';
import { eventsByDay, eventTimeLabel, fullness, monthGrid } from '../../lib/event-calendar';
import type { ManagedEventSummary } from '../../lib/event-types';
import { weekdayLabel } from '../../lib/zoned-calendar';
import { useEventTitle } from './event-parts';

const SHOWN_PER_DAY = 4;

/**
 * The month as a grid of weeks, Monday first: each day lists its events (time on the event's clock, title,
 * places taken), a cancelled one struck through. On a narrow screen the grid scrolls sideways.
 */
export function MonthGrid({
  month,
  today,
  events,
}: {
  month: string;
  today: string;
  events: readonly ManagedEventSummary[];
}) {
  const { t, i18n } = useEventsTranslation();
  const title = useEventTitle();
  const byDay = eventsByDay(events);
  const placeOf = (e: ManagedEventSummary) =>
    e.place.kind === 'online' ? t('placeKinds.online') : e.place.name;
  const weeks = monthGrid(month);
  return (
    <div className="events-month">
      <table aria-label={t('list.calendar')}>
        <thead>
          <tr>
            {weeks[0]?.map((d) => (
              <th key={d} className="events-month-weekday">
                {weekdayLabel(d, i18n.language)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week) => (
            <tr key={week[0]}>
              {week.map((day) => {
                const list = byDay.get(day) ?? [];
                const outside = !day.startsWith(month);
                return (
                  <td
                    key={day}
                    data-date={day}
                    className={`events-month-day${outside ? ' is-outside' : ''}${day === today ? ' is-today' : ''}`}
                  >
                    <div className="events-month-date">{Number(day.slice(8))}</div>
                    {list.slice(0, SHOWN_PER_DAY).map((e) => (
                      <Link
                        key={e.id}
                        to={`/events/${e.id}`}
                        data-testid="calendar-event"
                        title={`${eventTimeLabel(e)} ${title(e)} · ${placeOf(e)} · ${e.registered}/${e.capacity}`}
                        className={`events-month-event is-${e.status} is-${fullness(e)}`}
                      >
                        <span className="events-month-line">
                          <span className="console-mono">{eventTimeLabel(e).slice(0, 5)}</span> {title(e)}
                        </span>
                        <span className="events-month-line events-month-sub">
                          {e.registered}/{e.capacity}
                          {e.waitlisted ? ` ${t('places.waitlist', { count: e.waitlisted })}` : ''} ·{' '}
                          {placeOf(e)}
                        </span>
                      </Link>
                    ))}
                    {list.length > SHOWN_PER_DAY ? (
                      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                        {t('list.more', { count: list.length - SHOWN_PER_DAY })}
                      </Typography.Text>
                    ) : null}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
