import { useTranslation } from 'react-i18next';
import type { FormMeta } from '../../checkup/report-store';
import type { Series } from '../../checkup/trend';
import type { Result } from '../../checkup/types';
import { scoreLine, sentenceKey, toneOf, topicKey } from '../../checkup/wording';
import { TrendChart } from './TrendChart';

/**
 * One instrument's result in plain words: an everyday heading, the 筛查提示 sentence for its level, the score
 * in small print (WHO-5 also out of 100), a note when its bands are only a convention, the trend when there
 * are earlier results, and the instrument's attribution.
 */
export function ResultCard({ result, meta, series }: { result: Result; meta?: FormMeta; series?: Series }) {
  const { t, i18n } = useTranslation('report');
  const topic = topicKey(result.instrument);
  const heading = topic ? t(`checkup:${topic}`) : (meta?.name ?? result.instrument);
  const sentence = sentenceKey(result, (key) => i18n.exists(key, { ns: 'report' }));
  const { score, percent } = scoreLine(result, meta);
  return (
    <article className={`result-card tone-${toneOf(result.band.level)}`} data-instrument={result.instrument}>
      <h2 className="result-heading">{heading}</h2>
      <p className="result-text">
        <span className="hint-tag">{t('hint')}</span>
        {t(sentence)}
      </p>
      {percent !== undefined && <p className="result-percent">{t('percent', { percent })}</p>}
      {meta && (
        <p className="result-score">{t('score', { score, min: meta.range[0], max: meta.range[1] })}</p>
      )}
      {(meta?.bandsDescriptive ?? result.bandsDescriptive) && <p className="hint">{t('descriptive')}</p>}
      {series && series.points.length >= 2 && <TrendChart series={series} topic={heading} />}
      {meta && (
        <p className="attribution">
          {meta.name}
          <br />
          {meta.attribution}
        </p>
      )}
    </article>
  );
}
