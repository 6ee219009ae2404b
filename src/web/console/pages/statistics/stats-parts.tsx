import { DownloadOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import type { MetricKind } from '../../../../core/statistics/metrics';
import { useStatisticsTranslation } from '../../i18n/statistics-ns';
import { changeOf, changeText, figureText } from '../../lib/stats-figures';
import type { Figure, MetricFigure, PeriodView } from '../../lib/stats-types';
import { dateLabel } from '../../lib/zoned-calendar';

/**
 * A figure as the dashboard writes it. A hidden one reads `<10`, with a tooltip (and, for a screen reader, the
 * same words) saying why: too few people, or it would let such a figure be worked out.
 */
export function FigureValue({
  figure,
  kind,
  min,
}: {
  figure: Figure | undefined;
  kind: MetricKind;
  min: number;
}) {
  const { t, i18n } = useStatisticsTranslation();
  const text = figureText(figure, kind, i18n.language, min);
  if (!figure?.hidden) return <>{text}</>;
  const why = t(`hidden.${figure.hidden}`, { min });
  return (
    <Tooltip title={why}>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the reason is in a tooltip, which keyboard users open by focus */}
      <span className="stats-hidden" tabIndex={0} data-hidden={figure.hidden}>
        {text}
        <span className="stats-sr-only">（{why}）</span>
      </span>
    </Tooltip>
  );
}

/** ▲ 12% / ▼ 3 个百分点 against the previous period; nothing when either side is hidden. */
export function ChangeText({ metric }: { metric: Pick<MetricFigure, 'key' | 'current' | 'previous'> }) {
  const { t, i18n } = useStatisticsTranslation();
  const change = changeOf(metric);
  if (!change) return null;
  const text = changeText(change, i18n.language, {
    flat: t('cards.flat'),
    new: t('cards.new'),
    points: t('cards.points'),
  });
  return <span title={t('cards.change', { change: text })}>{text}</span>;
}

/** The server's CSV of a table, for the same view; the browser downloads it with the session's cookie. */
export function CsvButton({ href, table }: { href: string; table: string }) {
  const { t } = useStatisticsTranslation();
  return (
    <Button
      href={href}
      download
      icon={<DownloadOutlined />}
      size="small"
      aria-label={t('csv.label', { table })}
    >
      {t('csv.download')}
    </Button>
  );
}

/** A range of days as people write it, both ends included. */
export function rangeText(range: { from: string; to: string }, lang: string, to: string): string {
  if (range.from === range.to) return dateLabel(range.from, lang, true);
  return `${dateLabel(range.from, lang, true)}${to}${dateLabel(range.to, lang, true)}`;
}

/** 本期 and 上期 of an answer, on the tenant's clock. */
export function PeriodLine({ period }: { period: PeriodView }) {
  const { t, i18n } = useStatisticsTranslation();
  const lang = i18n.language;
  const to = t('period.to');
  return (
    <span data-testid="stats-period">
      {t('period.current', { range: rangeText(period, lang, to) })}
      {'　'}
      {t('period.previous', { range: rangeText(period.previous, lang, to) })}
    </span>
  );
}

/** A metric's name as a column heading: wrapped, so a table of many figures stays readable. */
export const ColumnTitle = ({ text }: { text: string }) => (
  <div style={{ minWidth: 72, maxWidth: 150, marginLeft: 'auto', whiteSpace: 'normal', textAlign: 'right' }}>
    {text}
  </div>
);
