import { RightOutlined } from '@ant-design/icons';
import { Alert, Card, Empty, Flex, Select, Table, Tabs, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Dimension, MetricKey } from '../../../../core/statistics/metrics';
import { LoadError } from '../../components/LoadError';
import { useStatisticsTranslation } from '../../i18n/statistics-ns';
import { isForbidden } from '../../lib/errors';
import { statsApi } from '../../lib/stats-api';
import { breakdownOption } from '../../lib/stats-charts';
import { kindOf, metricLabel } from '../../lib/stats-figures';
import { csvPath, type StatsView, withOrg, writeView } from '../../lib/stats-query';
import { drillTarget, nameIn } from '../../lib/stats-trail';
import type { BreakdownRow, BreakdownView } from '../../lib/stats-types';
import { useLoad } from '../../lib/use-load';
import { StatChart } from './StatChart';
import { ColumnTitle, CsvButton, FigureValue } from './stats-parts';

/**
 * 分项统计: the period's figures by one dimension, as bars of a chosen metric and a table of them all. An
 * organisation row with organisations under it drills down (the address bar keeps the new scope).
 */
export function BreakdownSection({
  view,
  tabs,
  onDimension,
}: {
  view: StatsView;
  tabs: readonly Dimension[];
  onDimension: (d: Dimension) => void;
}) {
  const { t } = useStatisticsTranslation();
  const dimension = tabs.includes(view.dimension) ? view.dimension : (tabs[0] ?? 'organisation');
  const asked = { ...view, dimension };
  const breakdown = useLoad(() => statsApi.breakdown(asked, dimension), `${writeView(asked)}`);
  const label = t(`breakdown.inSentence.${dimension}`);
  let body: React.ReactNode;
  if (breakdown.error && isForbidden(breakdown.error))
    body = <Alert type="info" showIcon message={t('breakdown.forbidden', { dimension: label })} />;
  else if (breakdown.error) body = <LoadError error={breakdown.error} retry={breakdown.reload} />;
  else if (!breakdown.data) body = <Card loading size="small" variant="borderless" />;
  else body = <BreakdownBody data={breakdown.data} view={asked} label={label} />;
  return (
    <Card
      size="small"
      title={<span id="stats-breakdown-title">{t('breakdown.title')}</span>}
      data-testid="stats-breakdown"
      aria-busy={breakdown.loading}
    >
      <section aria-labelledby="stats-breakdown-title">
        <Tabs
          aria-label={t('breakdown.tabsLabel')}
          activeKey={dimension}
          onChange={(k) => onDimension(k as Dimension)}
          items={tabs.map((d) => ({ key: d, label: t(`breakdown.dimensions.${d}`) }))}
        />
        {body}
      </section>
    </Card>
  );
}

function BreakdownBody({ data, view, label }: { data: BreakdownView; view: StatsView; label: string }) {
  const { t, i18n } = useStatisticsTranslation();
  const navigate = useNavigate();
  const lang = i18n.language;
  const min = data.minGroupSize;
  const [picked, setPicked] = useState<MetricKey | null>(null);
  const metric = picked && data.metrics.includes(picked) ? picked : data.metrics[0];
  const option = useMemo(
    () => (metric ? breakdownOption(data.rows, metric, { lang, hidden: t('hidden.label', { min }) }) : null),
    [data.rows, metric, lang, t, min],
  );
  const csv = csvPath('breakdown', view, lang);
  if (!data.metrics.length || !metric || !option)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('breakdown.noMetrics')} />;
  if (!data.rows.length)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('breakdown.empty')} />;

  const drillHref = (org: string) =>
    `/statistics?${writeView({ ...withOrg(view, org), dimension: 'organisation' })}`;
  const drillable = data.dimension === 'organisation' && data.rows.some((r) => drillTarget(r));
  const columns: ColumnsType<BreakdownRow> = [
    {
      title: t('breakdown.name'),
      key: 'name',
      fixed: 'left',
      render: (_, r) => {
        const name = nameIn(lang, r.zh, r.en);
        const target = data.dimension === 'organisation' ? drillTarget(r) : null;
        if (!target) return name;
        return (
          <Link
            to={drillHref(target)}
            aria-label={t('breakdown.drill', { name })}
            onClick={(e) => e.stopPropagation()}
          >
            {name} <RightOutlined aria-hidden style={{ fontSize: 11 }} />
          </Link>
        );
      },
    },
    ...data.metrics.map((key) => ({
      title: <ColumnTitle text={metricLabel(key, lang)} />,
      key,
      className: 'stats-num',
      render: (_: unknown, r: BreakdownRow) => (
        <FigureValue figure={r.cells[key]} kind={kindOf(key)} min={min} />
      ),
    })),
  ];
  const chartName = metricLabel(metric, lang);
  return (
    <>
      <Flex align="center" gap={8} wrap style={{ marginBottom: 8 }}>
        <label htmlFor="stats-breakdown-metric">{t('breakdown.metric')}</label>
        <Select<MetricKey>
          id="stats-breakdown-metric"
          style={{ minWidth: 320 }}
          value={metric}
          onChange={setPicked}
          options={data.metrics.map((k) => ({ value: k, label: metricLabel(k, lang) }))}
        />
        <span style={{ flex: 1 }} />
        <CsvButton href={csv} table={t('breakdown.caption', { dimension: label })} />
      </Flex>
      {drillable ? (
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('breakdown.drillHint')}
        </Typography.Paragraph>
      ) : null}
      <StatChart
        option={option}
        label={t('breakdown.chartLabel', { metric: chartName, dimension: label })}
        height={Math.min(560, Math.max(160, 30 * data.rows.length + 40))}
        testId="stats-breakdown-chart"
      />
      <Table<BreakdownRow>
        className="stats-table"
        caption={t('breakdown.caption', { dimension: label })}
        size="small"
        rowKey="key"
        columns={columns}
        dataSource={data.rows}
        pagination={data.rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        scroll={{ x: 'max-content' }}
        onRow={(r) => {
          const target = data.dimension === 'organisation' ? drillTarget(r) : null;
          return target ? { className: 'stats-drill', onClick: () => navigate(drillHref(target)) } : {};
        }}
        summary={() => (
          <Table.Summary fixed>
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <strong>{t('breakdown.total')}</strong>
              </Table.Summary.Cell>
              {data.metrics.map((key, i) => (
                <Table.Summary.Cell key={key} index={i + 1} className="stats-num">
                  <strong>
                    <FigureValue figure={data.totals[key]} kind={kindOf(key)} min={min} />
                  </strong>
                </Table.Summary.Cell>
              ))}
            </Table.Summary.Row>
          </Table.Summary>
        )}
      />
    </>
  );
}
