import { useTranslation } from 'react-i18next';
import type { DayPoint } from '../../tools/diary';
import { dayOfMonth, dayText, weekdayText } from './diary-dates';
import { MoodFace } from './MoodFace';

const COL = 40;
const HEIGHT = 120;
const BASE = 110;
const UNIT = 18; // one mood step

/**
 * The week at a glance in plain SVG (no chart library: a few hundred bytes): a bar per day as high as the
 * mood, its face on top; a day without a check-in is a dashed stub, not a zero. Day names and sleep are
 * HTML under it, so they grow with large text; a list says the same for screen readers.
 */
export function WeekChart({ week, today }: { week: DayPoint[]; today: string }) {
  const { t, i18n } = useTranslation('tools');
  const lang = i18n.language;
  const any = week.some((p) => p.entry);
  const said = (p: DayPoint) => {
    if (!p.entry) return `${dayText(p.day, lang)}: ${t('diary.noEntry')}`;
    const sleep =
      p.entry.sleepHours === null ? '' : `, ${t('diary.sleepShort', { hours: p.entry.sleepHours })}`;
    return `${dayText(p.day, lang)}: ${t(`diary.moods.${p.entry.mood}`)}${sleep}`;
  };
  return (
    <figure className="week" aria-labelledby="week-caption">
      <figcaption id="week-caption" className="section-title">
        {t('diary.week')}
      </figcaption>
      {!any && <p className="hint">{t('diary.weekEmpty')}</p>}
      <svg
        className="week-chart"
        viewBox={`0 0 ${COL * 7} ${HEIGHT}`}
        aria-hidden="true"
        focusable="false"
        data-entries={week.filter((p) => p.entry).length}
      >
        <line x1="0" x2={COL * 7} y1={BASE} y2={BASE} className="week-base" />
        {week.map((p, i) => {
          const x = i * COL + COL / 2;
          if (!p.entry)
            return (
              <rect key={p.day} x={x - 9} y={BASE - 8} width="18" height="8" rx="2" className="week-gap" />
            );
          const top = BASE - p.entry.mood * UNIT;
          return (
            <g key={p.day} className={p.day === today ? 'week-day today' : 'week-day'}>
              <rect x={x - 9} y={top} width="18" height={BASE - top} rx="4" className="week-bar" />
              <g transform={`translate(${x - 10} ${top - 22})`}>
                <MoodFace mood={p.entry.mood} size="20" />
              </g>
            </g>
          );
        })}
      </svg>
      <ol className="week-days" aria-hidden="true">
        {week.map((p) => (
          <li key={p.day} className={p.day === today ? 'today' : undefined}>
            <span>{weekdayText(p.day, lang)}</span>
            <span>{dayOfMonth(p.day)}</span>
            <span className="week-sleep">
              {p.entry?.sleepHours != null
                ? t('diary.sleepColumn', { hours: p.entry.sleepHours })
                : p.entry
                  ? ''
                  : t('diary.noEntry')}
            </span>
          </li>
        ))}
      </ol>
      <ul className="visually-hidden" aria-label={t('diary.chartLabel')}>
        {week.map((p) => (
          <li key={p.day}>{said(p)}</li>
        ))}
      </ul>
    </figure>
  );
}
