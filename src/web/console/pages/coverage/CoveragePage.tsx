import { Alert, Button, Card, Col, Row, Segmented, Select, Space, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { useCoverageTranslation } from '../../i18n/coverage-ns';
import { coverageApi, type Mode, nameIn, percent, shiftWeek } from '../../lib/map-api';
import { useLoad } from '../../lib/use-load';
import { CoverageMap } from './CoverageMap';
import { SuggestionsCard } from './SuggestionsCard';
import './coverage.css';

/** 15分钟心理服务圈 (/console/coverage): the map, the coverage figures, the enterprises outside, where next. */
export function CoveragePage() {
  const { t, i18n } = useCoverageTranslation();
  const lang = i18n.language;
  const [mode, setMode] = useState<Mode>('walk');
  const [week, setWeek] = useState<string | undefined>(undefined);
  const [count, setCount] = useState(3);
  const cov = useLoad(() => coverageApi.coverage({ mode, week }), `${mode}|${week ?? ''}`);
  const sug = useLoad(() => coverageApi.suggestions({ mode, week, count }), `${mode}|${week ?? ''}|${count}`);
  const c = cov.data;
  const date = week ?? c?.date;
  const open = c?.points.filter((p) => p.open).length ?? 0;
  const km = (m: number) => (m / 1000).toFixed(1);

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ marginBottom: 4 }}>
          {t('title')}
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
          {t('intro')}
        </Typography.Paragraph>
      </div>
      <Space wrap size="large">
        <Space>
          <span id="coverage-mode">{t('mode.label')}</span>
          <Segmented<Mode>
            aria-labelledby="coverage-mode"
            value={mode}
            onChange={setMode}
            options={[
              { value: 'walk', label: t('mode.walk') },
              { value: 'drive', label: t('mode.drive') },
            ]}
          />
        </Space>
        <Space>
          <span>{t('week.label')}</span>
          <Button disabled={!date} onClick={() => date && setWeek(shiftWeek(date, -1))}>
            {t('week.previous')}
          </Button>
          <span aria-live="polite">
            {c ? t('week.range', { label: c.week.label, monday: c.week.monday, sunday: c.week.sunday }) : '…'}
          </span>
          <Button disabled={!date} onClick={() => date && setWeek(shiftWeek(date, 1))}>
            {t('week.next')}
          </Button>
          <Button type="link" disabled={week === undefined} onClick={() => setWeek(undefined)}>
            {t('week.current')}
          </Button>
        </Space>
        <Space>
          <span id="coverage-count">{t('suggest.count')}</span>
          <Select
            aria-labelledby="coverage-count"
            value={count}
            onChange={setCount}
            style={{ width: 72 }}
            options={[1, 2, 3, 4, 5].map((n) => ({ value: n, label: n }))}
          />
        </Space>
      </Space>
      {cov.error ? <Alert type="error" showIcon message={t('error')} /> : null}
      <Row gutter={16}>
        <Col xs={24} xl={15}>
          <Card size="small" loading={!c && cov.loading}>
            {c ? (
              <>
                <CoverageMap coverage={c} suggestions={sug.data?.suggestions ?? []} />
                <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 13 }}>
                  {t('estimate', {
                    mode: t(`modeIn.${c.mode}`),
                    km: km(c.radiusMetres),
                    speed: c.mode === 'walk' ? c.estimate.speeds.walkKmh : c.estimate.speeds.driveKmh,
                    detour: c.estimate.detourFactor,
                    overhead: c.estimate.overheadMinutes
                      ? t('overhead', { minutes: c.estimate.overheadMinutes })
                      : '',
                  })}{' '}
                  {c.map.tileUrl ? '' : t('map.outlineNote')}{' '}
                  {c.districts.some((d) => d.approximate) ? t('map.approximateNote') : ''}
                </Typography.Paragraph>
              </>
            ) : null}
          </Card>
        </Col>
        <Col xs={24} xl={9}>
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Card size="small" title={t('figures.title')} loading={!c && cov.loading}>
              {c ? (
                <>
                  <Row gutter={16}>
                    <Col span={12}>
                      <Statistic
                        title={t('figures.enterprises')}
                        value={percent(c.figures.enterprises.share)}
                        suffix={<small>{t('figures.ofTotal', c.figures.enterprises)}</small>}
                      />
                    </Col>
                    <Col span={12}>
                      <Statistic
                        title={t('figures.members')}
                        value={percent(c.figures.members.share)}
                        suffix={<small>{t('figures.ofTotal', c.figures.members)}</small>}
                      />
                    </Col>
                  </Row>
                  <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
                    {t('figures.openPoints', { open, total: c.points.length })}
                    {c.figures.unlocated ? ` ${t('figures.unlocated', { count: c.figures.unlocated })}` : ''}
                  </Typography.Paragraph>
                </>
              ) : null}
            </Card>
            <SuggestionsCard data={sug.data} loading={sug.loading} error={sug.error} />
            <Card size="small" title={t('outside.title')} extra={<small>{t('outside.intro')}</small>}>
              <Table
                size="small"
                rowKey="id"
                loading={!c && cov.loading}
                dataSource={c?.outside ?? []}
                pagination={{ pageSize: 8, hideOnSinglePage: true }}
                locale={{ emptyText: t('outside.empty') }}
                columns={[
                  { title: t('outside.name'), key: 'name', render: (_, e) => nameIn(e, lang) },
                  { title: t('outside.members'), dataIndex: 'members', align: 'right' },
                  {
                    title: t('outside.nearest'),
                    key: 'nearest',
                    align: 'right',
                    render: (_, e) =>
                      e.nearestMetres === null
                        ? t('outside.noPoint')
                        : t('outside.km', { km: km(e.nearestMetres) }),
                  },
                ]}
              />
            </Card>
          </Space>
        </Col>
      </Row>
    </Space>
  );
}
