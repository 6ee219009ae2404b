import { useId } from 'react';
import type { WaitDay } from '../../counselling/waitlist';
import { useWords } from './words';

const monthOf = (day: string, lang: 'zh-CN' | 'en') =>
  lang === 'en'
    ? new Intl.DateTimeFormat('en-GB', { month: 'short', timeZone: 'UTC' }).format(
        new Date(`${day}T12:00:00Z`),
      )
    : `${Number(day.slice(5, 7))}月`;

/**
 * The next weeks' days as a small calendar (Monday first): one big button a day, the month named on the
 * first day shown and on each 1st. Days that still have free times cannot be picked (book one instead).
 */
export function WaitDayPicker({
  weeks,
  value,
  onChange,
  error,
  timeZone,
}: {
  weeks: WaitDay[][];
  /** The station's: "today" and "tomorrow" are at its clock. */
  timeZone: string;
  value: string | null;
  onChange: (day: string) => void;
  error?: string;
}) {
  const { t, lang, day: dayText } = useWords();
  const id = useId();
  const first = weeks.flat().find((d) => d.open)?.day;
  const hasFree = weeks.some((w) => w.some((d) => d.free));
  return (
    <fieldset className="wait-days" aria-invalid={Boolean(error)} aria-describedby={`${id}-hint`}>
      <legend className="field-label">{t('waitlist:join.dayHeading')}</legend>
      <p id={`${id}-hint`} className="hint">
        {t('waitlist:join.dayHint')}
      </p>
      <div className="wait-calendar">
        <div className="wait-week wait-weekdays" aria-hidden="true">
          {[1, 2, 3, 4, 5, 6, 7].map((d) => (
            <span key={d}>{t(`weekdays.d${d}`)}</span>
          ))}
        </div>
        {weeks.map((week) => (
          <div className="wait-week" key={week[0]?.day}>
            {week.map((d) => {
              if (!d.open) return <span key={d.day} />;
              const label = dayText(d.day, timeZone);
              const month = d.day === first || d.day.endsWith('-01') ? monthOf(d.day, lang) : '';
              return (
                <button
                  key={d.day}
                  type="button"
                  className={d.free ? 'wait-day is-free' : 'wait-day'}
                  data-day={d.day}
                  aria-pressed={value === d.day}
                  aria-label={d.free ? t('waitlist:join.freeDay', { day: label }) : label}
                  disabled={d.free}
                  onClick={() => onChange(d.day)}
                >
                  <span className="wait-day-month">{month}</span>
                  <span className="wait-day-num">{Number(d.day.slice(8, 10))}</span>
                  <span className="wait-day-free">{d.free ? t('waitlist:join.free') : ''}</span>
                </button>
              );
            })}
          </div>
        ))}
      </div>
      {hasFree && <p className="hint">{t('waitlist:join.freeNote')}</p>}
      {value && (
        <p className="wait-chosen" aria-live="polite">
          {t('waitlist:join.chosen', { day: dayText(value, timeZone) })}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
