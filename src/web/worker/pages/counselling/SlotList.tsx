import { useState } from 'react';
import { Link } from 'react-router';
import type { Slot } from '../../../shared/api-types';
import { formatRange, groupByDay } from '../../counselling/format';
import { useWords } from './words';

const FIRST_DAYS = 5;

/**
 * Free times grouped by day at the place's clock, each a big button with the time, the counsellor and the
 * ways offered. The first few days show; the rest behind "more". Each time is a link (`hrefOf`) or a
 * button (`onPick`).
 */
export function SlotList({
  slots,
  timeZone,
  hrefOf,
  onPick,
  chosen,
}: {
  slots: readonly Slot[];
  timeZone: string;
  hrefOf?: (slot: Slot) => string;
  onPick?: (slot: Slot) => void;
  chosen?: string | null;
}) {
  const { t, lang, pick, modes, day } = useWords();
  const [all, setAll] = useState(false);
  const days = groupByDay(slots, timeZone);
  const shown = all ? days : days.slice(0, FIRST_DAYS);
  return (
    <div className="slot-days">
      {shown.map((d) => (
        <section key={d.day} className="slot-day" aria-label={day(d.day, timeZone)}>
          <h3 className="slot-day-title">{day(d.day, timeZone)}</h3>
          <ul className="slot-list">
            {d.items.map((slot) => {
              const inner = (
                <>
                  <span className="slot-time">{formatRange(slot.startsAt, slot.endsAt, timeZone, lang)}</span>
                  <span className="slot-who">
                    {pick(slot.counsellor.name, slot.counsellor.nameEn)} · {modes(slot.modes)}
                  </span>
                </>
              );
              return (
                <li key={slot.id}>
                  {hrefOf ? (
                    <Link className="slot-button" to={hrefOf(slot)}>
                      {inner}
                    </Link>
                  ) : (
                    <button
                      type="button"
                      className="slot-button"
                      aria-pressed={chosen === slot.id}
                      onClick={() => onPick?.(slot)}
                    >
                      {inner}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
      {!all && days.length > FIRST_DAYS && (
        <button type="button" className="big-button secondary" onClick={() => setAll(true)}>
          {t('station.more', { count: days.length - FIRST_DAYS })}
        </button>
      )}
    </div>
  );
}
