import { InfoCircleOutlined } from '@ant-design/icons';
import { Flex, Table, Tag, Tooltip, Typography } from 'antd';
import { useMemo } from 'react';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { InstrumentSeries, SeriesPoint } from '../../lib/case-types';
import { formatDateTime } from '../../lib/format-time';
import {
  bandColour,
  bandRanges,
  type ChartTexts,
  latestStanding,
  type MarkKind,
  markOf,
  signed,
} from '../../lib/measure-chart';
import { useCurrentSession } from '../../session/context';
import { MeasureChart } from './MeasureChart';

const markColour: Record<MarkKind, string> = { recovered: 'green', improved: 'green', deteriorated: 'red' };

/** One instrument: latest standing against the first score, the chart, and every score in a table. */
export function InstrumentPanel({ series }: { series: InstrumentSeries }) {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const rule = series.reliableChange;
  const texts: ChartTexts = useMemo(
    () => ({
      score: t('measures.score'),
      band: t('measures.band'),
      change: t('measures.change'),
      marks: {
        recovered: `★ ${t('measures.marks.recovered')}`,
        improved: t('measures.marks.improved'),
        deteriorated: t('measures.marks.deteriorated'),
      },
      rule: rule ? t('measures.rule', { count: rule.points }) : t('measures.noRule'),
      source: rule ? t('measures.source', { source: rule.source }) : null,
      time: (iso: string) => formatDateTime(iso, zone),
    }),
    [t, rule, zone],
  );
  const standing = latestStanding(series);
  const latest = series.points[series.points.length - 1];
  const markTag = (p: SeriesPoint) => {
    const kind = markOf(p);
    return kind ? (
      <Tag color={markColour[kind]} style={{ marginInlineEnd: 0 }}>
        {texts.marks[kind]}
      </Tag>
    ) : null;
  };
  return (
    <section data-testid="instrument" style={{ marginBottom: 20 }} aria-label={series.name}>
      <Flex gap={8} align="center" wrap style={{ marginBottom: 4 }}>
        <Typography.Text strong style={{ fontSize: 15 }}>
          {series.name}
        </Typography.Text>
        {latest ? (
          <Typography.Text>
            {t('measures.latest', { score: latest.score, band: latest.band.label })}
          </Typography.Text>
        ) : null}
        {standing.kind === 'baseline' ? (
          <Tag style={{ marginInlineEnd: 0 }}>{t('measures.baselineOnly')}</Tag>
        ) : standing.kind === 'none' ? (
          <Tag style={{ marginInlineEnd: 0 }}>
            {t('measures.noReliableChange', { change: signed(standing.change) })}
          </Tag>
        ) : (
          <Tag color={markColour[standing.kind]} style={{ marginInlineEnd: 0 }}>
            {texts.marks[standing.kind]} ({signed(standing.change)})
          </Tag>
        )}
        <Tooltip
          title={
            <div>
              {texts.rule}
              <br />
              {texts.source}
            </div>
          }
        >
          <Typography.Text type="secondary" style={{ cursor: 'help', fontSize: 12 }}>
            <InfoCircleOutlined /> {t('measures.aboutRule')}
          </Typography.Text>
        </Tooltip>
      </Flex>
      <MeasureChart
        series={series}
        texts={texts}
        label={t('measures.chartLabel', { name: series.name, count: series.points.length })}
      />
      <Flex gap={6} wrap style={{ margin: '4px 0 8px' }} aria-label={t('measures.bands')}>
        {bandRanges(series.bands, series.range).map((b) => (
          <span
            key={b.code}
            style={{
              background: bandColour(b.level),
              padding: '1px 8px',
              borderRadius: 4,
              fontSize: 12,
              border: '1px solid rgba(0,0,0,0.06)',
            }}
          >
            {b.text} {b.label}
          </span>
        ))}
      </Flex>
      <Table<SeriesPoint>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...series.points].reverse()}
        columns={[
          {
            title: t('measures.when'),
            key: 'at',
            render: (_, p) => <span className="console-mono">{formatDateTime(p.at, zone).slice(0, 16)}</span>,
          },
          {
            title: t('measures.score'),
            key: 'score',
            width: 70,
            render: (_, p) => <strong>{p.score}</strong>,
          },
          { title: t('measures.band'), key: 'band', render: (_, p) => p.band.label },
          {
            title: t('measures.change'),
            key: 'change',
            width: 90,
            render: (_, p) => (p.sinceBaseline ? signed(p.sinceBaseline.change) : t('measures.baseline')),
          },
          { title: t('measures.mark'), key: 'mark', render: (_, p) => markTag(p) },
          { title: t('measures.via'), key: 'via', width: 90, render: (_, p) => t(`measures.vias.${p.via}`) },
        ]}
      />
    </section>
  );
}
