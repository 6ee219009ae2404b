import { Card, Flex, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import type { MetricKey } from '../../../../core/statistics/metrics';
import { useStatisticsTranslation } from '../../i18n/statistics-ns';
import { bucketUnit, trendOption } from '../../lib/stats-charts';
import { kindOf, metricLabel } from '../../lib/stats-figures';
import type { OverviewView, TrendBucket } from '../../lib/stats-types';
import { StatChart } from './StatChart';
import { ColumnTitle, CsvButton, FigureValue } from './stats-parts';

// What a federation reports first: people served online and at the stations, and group attendance.
const preferred: MetricKey[] = ['checkup.person_times', 'counselling.sessions', 'events.attendance'];

function firstChoice(available: MetricKey[]): MetricKey[] {
  const picked = preferred.filter((k) => available.includes(k)).slice(0, 2);
  return picked.length ? picked : available.slice(0, 2);
}

/** Trend lines of the chosen metrics over the period's days, weeks or months, and the same in a table. */
export function TrendSection({ overview, csv }: { overview: OverviewView; csv: string }) {
  const { t, i18n } = useStatisticsTranslation();
  const lang = i18n.language;
  const available = overview.trend.series.map((s) => s.key);
  const [chosen, setChosen] = useState<MetricKey[] | null>(null);
  const keyText = (chosen ?? firstChoice(available)).filter((k) => available.includes(k)).join('|');
  const keys = useMemo(() => (keyText ? (keyText.split('|') as MetricKey[]) : []), [keyText]);
  const option = useMemo(
    () => trendOption(overview, keys, { lang, hidden: t('hidden.label', { min: overview.minGroupSize }) }),
    [overview, keys, lang, t],
  );
  if (!available.length) return null;
  const names = keys.map((k) => metricLabel(k, lang)).join(lang === 'en' ? ', ' : '、');
  const unit = t(`trend.units.${bucketUnit(overview.trend.buckets)}`);
  const rows = overview.trend.buckets.map((b, i) => ({ bucket: b, i }));
  const columns: ColumnsType<{ bucket: TrendBucket; i: number }> = [
    {
      title: t('trend.bucket'),
      key: 'bucket',
      render: (_, r) => (lang === 'en' ? r.bucket.en : r.bucket.zh),
    },
    ...keys.map((key) => ({
      title: <ColumnTitle text={metricLabel(key, lang)} />,
      key,
      className: 'stats-num',
      render: (_: unknown, r: { i: number }) => (
        <FigureValue
          figure={overview.trend.series.find((s) => s.key === key)?.values[r.i]}
          kind={kindOf(key)}
          min={overview.minGroupSize}
        />
      ),
    })),
  ];
  return (
    <Card
      size="small"
      title={<span id="stats-trend-title">{t('trend.title')}</span>}
      extra={<CsvButton href={csv} table={t('trend.title')} />}
      styles={{ body: { paddingTop: 8 } }}
    >
      <section aria-labelledby="stats-trend-title">
        <Flex align="center" gap={8} style={{ marginBottom: 8 }}>
          <label htmlFor="stats-trend-metrics">{t('trend.metrics')}</label>
          <Select<MetricKey[]>
            id="stats-trend-metrics"
            mode="multiple"
            style={{ minWidth: 420, flex: 1 }}
            value={keys}
            placeholder={t('trend.metricsPlaceholder')}
            onChange={setChosen}
            options={available.map((k) => ({ value: k, label: metricLabel(k, lang) }))}
            maxTagCount="responsive"
          />
        </Flex>
        {keys.length ? (
          <>
            <StatChart
              option={option}
              label={t('trend.chartLabel', { metrics: names })}
              testId="stats-trend-chart"
            />
            {/* A month of days scrolls in a box of its own, so the sections below stay in reach. */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling box must be reachable by keyboard */}
            <div style={{ maxHeight: 360, overflowY: 'auto' }} tabIndex={0}>
              <Table
                className="stats-table"
                caption={t('trend.caption', { metrics: names, unit })}
                size="small"
                rowKey={(r) => r.bucket.key}
                columns={columns}
                dataSource={rows}
                pagination={false}
              />
            </div>
          </>
        ) : (
          <Typography.Text type="secondary">{t('trend.pickOne')}</Typography.Text>
        )}
      </section>
    </Card>
  );
}
