import { useTranslation } from 'react-i18next';
import { change, chartPoints, type Series } from '../../checkup/trend';

const BOX = { width: 300, height: 110, pad: 14 };

/**
 * A small inline SVG line of one instrument's earlier results (no chart library: a few hundred bytes on a
 * slow phone), with the range, the first and last dates, and the change said in words for everyone.
 */
export function TrendChart({ series, topic }: { series: Series; topic: string }) {
  const { t, i18n } = useTranslation('report');
  const points = chartPoints(series, BOX);
  const date = (at: string) =>
    new Date(at).toLocaleDateString(i18n.language, { month: 'numeric', day: 'numeric' });
  const first = series.points[0];
  const last = series.points[series.points.length - 1];
  const moved = change(series);
  const values = series.points.map((p) => p.value).join(' → ');
  return (
    <figure className="trend">
      <figcaption className="trend-caption">
        {t('trend.label', { topic, count: series.points.length })}
        <span className="trend-direction">
          {series.direction === 'higher_is_better' ? t('trend.higherBetter') : t('trend.lowerBetter')}
        </span>
      </figcaption>
      <svg
        className="trend-chart"
        viewBox={`0 0 ${BOX.width} ${BOX.height}`}
        role="img"
        aria-label={`${t('trend.label', { topic, count: series.points.length })}: ${values}`}
        data-points={points.length}
      >
        <line x1={BOX.pad} x2={BOX.width - BOX.pad} y1={BOX.pad} y2={BOX.pad} className="trend-grid" />
        <line
          x1={BOX.pad}
          x2={BOX.width - BOX.pad}
          y1={BOX.height - BOX.pad}
          y2={BOX.height - BOX.pad}
          className="trend-grid"
        />
        <polyline points={points.map((p) => `${p.x},${p.y}`).join(' ')} className="trend-line" />
        {points.map((p, i) => (
          <circle key={series.points[i]?.at ?? i} cx={p.x} cy={p.y} r="5" className="trend-point" />
        ))}
      </svg>
      <div className="trend-axis" aria-hidden="true">
        <span>{first && date(first.at)}</span>
        <span>
          {series.range[0]}–{series.range[1]}
        </span>
        <span>{last && date(last.at)}</span>
      </div>
      {moved && <p className="trend-change">{t(`trend.${moved}`)}</p>}
    </figure>
  );
}
