import './statistics.css';
import { Breadcrumb, Button, Empty, Flex, Result, Space, Spin, Typography } from 'antd';
import { Link, useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { useStatisticsTranslation } from '../../i18n/statistics-ns';
import { isForbidden } from '../../lib/errors';
import { statsApi } from '../../lib/stats-api';
import { csvPath, readView, type StatsView, scopesPath, withOrg, writeView } from '../../lib/stats-query';
import { dimensionTabs, officerOnly } from '../../lib/stats-tabs';
import { trailSteps } from '../../lib/stats-trail';
import type { OverviewView } from '../../lib/stats-types';
import { useLoad } from '../../lib/use-load';
import { localDateOf } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import { BandsSection } from './BandsSection';
import { BreakdownSection } from './BreakdownSection';
import { MetricCards } from './MetricCards';
import { StatsToolbar } from './StatsToolbar';
import { PeriodLine } from './stats-parts';
import { TrendSection } from './TrendSection';

/**
 * 统计与报表 (`/console/statistics`): the period's figures for a scope in the viewer's reach, compared with the
 * previous period, with trend lines, check-up results by band and breakdowns that drill down the organisation
 * tree. The view lives in the address bar (`?org=&granularity=&date=&dimension=`), so a link reproduces it.
 * Every figure is the server's, already suppressed; the console only draws it.
 */
export function StatisticsPage() {
  const { t, i18n } = useStatisticsTranslation();
  const session = useCurrentSession();
  const [params, setParams] = useSearchParams();
  const view = readView(params);
  const setView = (v: StatsView) => setParams(writeView(v));
  const today = localDateOf(new Date(), session.tenant.timeZone);
  const lang = i18n.language;
  const scopes = useLoad(() => statsApi.scopes(), scopesPath());
  const overview = useLoad(
    () => statsApi.overview(view),
    writeView({ ...view, dimension: 'organisation' }).toString(),
  );
  const officer = officerOnly(session);
  const min = overview.data?.minGroupSize ?? 10;

  const head = (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 4 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('title')}
        </Typography.Title>
      </Flex>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 1000 }}>
        {t(officer ? 'introOfficer' : 'intro', { min })}
      </Typography.Paragraph>
      <StatsToolbar
        view={view}
        onView={setView}
        today={today}
        period={overview.data?.period}
        scopes={scopes.data}
        scopeOrg={overview.data?.scope.organisationId ?? scopes.data?.defaultOrganisationId}
        ownTenantId={session.tenant.id}
        onReload={() => {
          overview.reload();
          scopes.reload();
        }}
      />
    </>
  );

  if (overview.error && isForbidden(overview.error))
    return (
      <>
        {head}
        <Result
          status="403"
          title={t('forbidden.title')}
          subTitle={t('forbidden.body')}
          extra={
            <Link to="/statistics">
              <Button type="primary">{t('forbidden.back')}</Button>
            </Link>
          }
        />
      </>
    );
  if (overview.error && !overview.data)
    return (
      <>
        {head}
        <LoadError error={overview.error} retry={overview.reload} action="statistics.read" />
      </>
    );
  const data = overview.data;
  return (
    <div data-testid="statistics" aria-busy={overview.loading}>
      {head}
      {data ? <Trail data={data} view={view} /> : null}
      <Spin spinning={overview.loading} delay={200}>
        {data ? (
          <Body data={data} view={view} lang={lang} onView={setView} />
        ) : (
          <div style={{ minHeight: 320 }} />
        )}
      </Spin>
    </div>
  );
}

function Trail({ data, view }: { data: OverviewView; view: StatsView }) {
  const { t, i18n } = useStatisticsTranslation();
  const steps = trailSteps(data.scope, i18n.language);
  return (
    <Flex align="center" gap={16} wrap style={{ margin: '12px 0' }}>
      <nav aria-label={t('trail.label')}>
        <Breadcrumb
          data-testid="stats-trail"
          items={steps.map((s) => ({
            key: s.organisationId ?? 'top',
            title: s.current ? (
              <span aria-current="page" style={{ fontWeight: 600, color: 'rgba(0,0,0,0.88)' }}>
                {s.label}
              </span>
            ) : (
              <Link to={`/statistics?${writeView(withOrg(view, s.organisationId))}`}>{s.label}</Link>
            ),
          }))}
        />
      </nav>
      <Typography.Text type="secondary">
        <PeriodLine period={data.period} />
      </Typography.Text>
    </Flex>
  );
}

function Body({
  data,
  view,
  lang,
  onView,
}: {
  data: OverviewView;
  view: StatsView;
  lang: string;
  onView: (v: StatsView) => void;
}) {
  const { t } = useStatisticsTranslation();
  const session = useCurrentSession();
  if (!data.hasData)
    return (
      <Empty
        style={{ padding: '48px 0' }}
        data-testid="stats-empty"
        description={
          <Space direction="vertical" size={4}>
            <Typography.Text strong>{t('empty.title')}</Typography.Text>
            <Typography.Text type="secondary">{t('empty.body')}</Typography.Text>
          </Space>
        }
      />
    );
  const csv = csvPath('overview', view, lang);
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <MetricCards overview={data} csv={csv} />
      <TrendSection overview={data} csv={csv} />
      <BandsSection overview={data} csv={csv} />
      <BreakdownSection
        view={view}
        tabs={dimensionTabs(session)}
        onDimension={(d) => onView({ ...view, dimension: d })}
      />
    </Space>
  );
}
