import { useTranslation } from 'react-i18next';
import type { Series } from '../../checkup/trend';
import type { HistoryEntry } from '../../checkup/types';
import { sentenceKey, toneOf, topicKey } from '../../checkup/wording';
import { TrendChart } from './TrendChart';

/** The trend of each instrument taken more than once, then every check-up, newest first, in plain words. */
export function HistoryList({ submissions, series }: { submissions: HistoryEntry[]; series: Series[] }) {
  const { t, i18n } = useTranslation('report');
  const has = (key: string) => i18n.exists(key, { ns: 'report' });
  const topicOf = (instrument: string, name: string) => {
    const key = topicKey(instrument);
    return key ? t(`checkup:${key}`) : name;
  };
  const trends = series.filter((s) => s.points.length >= 2);
  return (
    <>
      {trends.length > 0 && (
        <section aria-labelledby="records-trends">
          <h2 id="records-trends" className="section-title">
            {t('trend.heading')}
          </h2>
          {trends.map((s) => (
            <div key={s.instrument} className="result-card tone-calm">
              <TrendChart series={s} topic={topicOf(s.instrument, s.name)} />
            </div>
          ))}
        </section>
      )}
      <ol className="history-list">
        {submissions.map((entry) => (
          <li key={entry.id} className="history-entry">
            <h2 className="section-title">
              {t('records.checkupOn', {
                date: new Date(entry.createdAt).toLocaleDateString(i18n.language, {
                  year: 'numeric',
                  month: 'long',
                  day: 'numeric',
                }),
              })}
            </h2>
            <ul className="history-results">
              {entry.results.map((r) => (
                <li key={r.instrument} className={`tone-${toneOf(r.band.level)}`}>
                  <strong>{topicOf(r.instrument, r.name)}</strong>
                  <span>{t(sentenceKey(r, has))}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
