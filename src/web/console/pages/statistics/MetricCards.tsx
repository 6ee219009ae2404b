import { Button, Card, Col, Flex, Row, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useStatisticsTranslation } from '../../i18n/statistics-ns';
import { byFamily, kindOf, metricLabel } from '../../lib/stats-figures';
import type { MetricFigure, OverviewView } from '../../lib/stats-types';
import { ChangeText, CsvButton, FigureValue } from './stats-parts';

/** One card per metric in the answer, grouped by family: this period, the previous one and the change. */
export function MetricCards({ overview, csv }: { overview: OverviewView; csv: string }) {
  const { t, i18n } = useStatisticsTranslation();
  const [asTable, setAsTable] = useState(false);
  const lang = i18n.language;
  const min = overview.minGroupSize;
  const groups = byFamily(overview.metrics);
  const columns: ColumnsType<MetricFigure> = [
    { title: t('table.metric'), key: 'metric', render: (_, m) => metricLabel(m.key, lang) },
    {
      title: t('table.current'),
      key: 'current',
      className: 'stats-num',
      render: (_, m) => <FigureValue figure={m.current} kind={kindOf(m.key)} min={min} />,
    },
    {
      title: t('table.previous'),
      key: 'previous',
      className: 'stats-num',
      render: (_, m) => <FigureValue figure={m.previous} kind={kindOf(m.key)} min={min} />,
    },
    {
      title: t('table.change'),
      key: 'change',
      className: 'stats-num',
      render: (_, m) => <ChangeText metric={m} />,
    },
  ];
  return (
    <section aria-labelledby="stats-cards-title">
      <Flex align="center" gap={12} style={{ marginBottom: 8 }}>
        <Typography.Title level={4} id="stats-cards-title" style={{ margin: 0 }}>
          {t('cards.title')}
        </Typography.Title>
        <span style={{ flex: 1 }} />
        <Button size="small" onClick={() => setAsTable((v) => !v)} aria-pressed={asTable}>
          {t('table.show')}
        </Button>
        <CsvButton href={csv} table={t('cards.title')} />
      </Flex>
      {asTable ? (
        <Table<MetricFigure>
          className="stats-table"
          caption={t('table.caption')}
          size="small"
          rowKey="key"
          columns={columns}
          dataSource={groups.flatMap((g) => g.items)}
          pagination={false}
        />
      ) : (
        groups.map((g) => (
          <div key={g.family} style={{ marginBottom: 12 }}>
            <Typography.Title level={5} style={{ margin: '4px 0 8px' }}>
              {t(`families.${g.family}`)}
            </Typography.Title>
            <Row gutter={[12, 12]}>
              {g.items.map((m) => (
                <Col key={m.key} xs={12} lg={6} xl={4}>
                  <MetricCard metric={m} min={min} />
                </Col>
              ))}
            </Row>
          </div>
        ))
      )}
    </section>
  );
}

function MetricCard({ metric, min }: { metric: MetricFigure; min: number }) {
  const { t, i18n } = useStatisticsTranslation();
  const kind = kindOf(metric.key);
  const label = metricLabel(metric.key, i18n.language);
  return (
    <Card size="small" className="stats-card" data-testid={`stats-card-${metric.key}`}>
      <div className="stats-card-label">{label}</div>
      <div className="stats-card-value">
        <FigureValue figure={metric.current} kind={kind} min={min} />
      </div>
      <div className="stats-card-foot">
        {t('cards.previous')} <FigureValue figure={metric.previous} kind={kind} min={min} />
        {'　'}
        <ChangeText metric={metric} />
      </div>
    </Card>
  );
}
