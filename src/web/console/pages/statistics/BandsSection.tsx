import { Card, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useCallback, useMemo } from 'react';
import { useStatisticsTranslation } from '../../i18n/statistics-ns';
import { bandLevels, bandsOption, instrumentLabel, levelCount } from '../../lib/stats-charts';
import type { BandDistribution, OverviewView } from '../../lib/stats-types';
import { StatChart } from './StatChart';
import { CsvButton, FigureValue } from './stats-parts';

/**
 * Check-ups by how each questionnaire's result reads: a stacked bar per instrument with its table. The bands
 * are named by level in everyday words, never by the instrument's clinical label.
 */
export function BandsSection({ overview, csv }: { overview: OverviewView; csv: string }) {
  const { t, i18n } = useStatisticsTranslation();
  const lang = i18n.language;
  const min = overview.minGroupSize;
  const levelWord = useCallback((level: number) => t(`bands.level${Math.max(0, Math.min(4, level))}`), [t]);
  const option = useMemo(
    () => bandsOption(overview.bands, levelWord, { lang, hidden: t('hidden.label', { min }) }),
    [overview.bands, levelWord, lang, t, min],
  );
  const levels = bandLevels(overview.bands);
  const columns: ColumnsType<BandDistribution> = [
    {
      title: t('bands.instrument'),
      key: 'instrument',
      render: (_, d) => instrumentLabel(d.instrumentId, lang),
    },
    ...levels.map((level) => ({
      title: levelWord(level),
      key: `level${level}`,
      className: 'stats-num',
      render: (_: unknown, d: BandDistribution) => {
        const count = levelCount(d, level);
        return count ? <FigureValue figure={count} kind="count" min={min} /> : '—';
      },
    })),
    {
      title: t('bands.total'),
      key: 'total',
      className: 'stats-num',
      render: (_, d) => <FigureValue figure={d.total} kind="count" min={min} />,
    },
  ];
  return (
    <Card
      size="small"
      title={<span id="stats-bands-title">{t('bands.title')}</span>}
      extra={overview.bands.length ? <CsvButton href={csv} table={t('bands.title')} /> : null}
    >
      <section aria-labelledby="stats-bands-title">
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('bands.intro')}
        </Typography.Paragraph>
        {overview.bands.length ? (
          <>
            <StatChart
              option={option}
              label={t('bands.chartLabel')}
              height={Math.max(140, 48 * overview.bands.length + 72)}
              testId="stats-bands-chart"
            />
            <Table<BandDistribution>
              className="stats-table"
              caption={t('bands.caption')}
              size="small"
              rowKey="instrumentId"
              columns={columns}
              dataSource={overview.bands}
              pagination={false}
              scroll={{ x: 'max-content' }}
            />
          </>
        ) : (
          <Typography.Text type="secondary">{t('bands.none')}</Typography.Text>
        )}
      </section>
    </Card>
  );
}
