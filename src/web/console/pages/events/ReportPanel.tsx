import { DownloadOutlined, StarFilled } from '@ant-design/icons';
import { Button, Card, Col, Empty, Flex, List, Progress, Row, Statistic, Typography } from 'antd';
import { audienceName } from '../../components/AudienceSelect';
import { LoadError } from '../../components/LoadError';
import { Loading } from '../../components/Loading';
import { useEventsTranslation } from '../../i18n/events-ns';
import { loadReport, reportWorkbookUrl } from '../../lib/event-api';
import type { ManagedEvent } from '../../lib/event-types';
import { formatShort } from '../../lib/format-time';
import { useLoad } from '../../lib/use-load';

/**
 * The event's report: registrations, attendance and no-shows, walk-ins, care packages by group and the
 * feedback (average, how many gave each star, the comments — anonymous unless the worker chose otherwise).
 */
export function ReportPanel({ event }: { event: ManagedEvent }) {
  const { t, i18n } = useEventsTranslation();
  const report = useLoad(() => loadReport(event.id), event.id);
  if (report.error && !report.data) return <LoadError error={report.error} retry={report.reload} />;
  const r = report.data;
  if (!r) return <Loading />;
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  // Of those who registered, the share who came (walk-ins are counted beside it, not in it).
  const rate = r.registered ? Math.round((r.attended / r.registered) * 100) : 0;
  const totalStars = r.feedback.distribution.reduce((a, b) => a + b, 0);
  return (
    <div data-testid="event-report">
      <Flex justify="end" style={{ marginBottom: 12 }}>
        <Button icon={<DownloadOutlined />} href={reportWorkbookUrl(event.id)}>
          {t('report.download')}
        </Button>
      </Flex>
      <Row gutter={[16, 16]} style={{ marginBottom: 16 }}>
        {(
          [
            ['registered', r.registered],
            ['attended', r.attended],
            ['noShows', r.noShows],
            ['walkIns', r.walkIns],
            ['present', r.attendance],
            ['waitlisted', r.waitlisted],
            ['cancelled', r.cancelled],
          ] as const
        ).map(([key, value]) => (
          <Col key={key} xs={12} md={6} xl={3}>
            <Card size="small">
              <Statistic title={t(`report.${key}`)} value={value} />
            </Card>
          </Col>
        ))}
      </Row>
      <Row gutter={16}>
        <Col xs={24} lg={8}>
          <Card size="small" title={t('report.attendance')} style={{ marginBottom: 16 }}>
            <Progress type="circle" percent={rate} format={(p) => `${p}%`} />
            <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
              {t('report.attendanceHint', { attended: r.attended, registered: r.registered })}
            </Typography.Paragraph>
          </Card>
          <Card size="small" title={t('report.carePackages')} style={{ marginBottom: 16 }}>
            {r.carePackages.length ? (
              <List
                size="small"
                dataSource={r.carePackages}
                renderItem={(c) => (
                  <List.Item extra={<strong>{c.count}</strong>}>
                    {c.audienceGroup === 'general'
                      ? t('onsite.general')
                      : audienceName(c.audienceGroup, lang)}
                  </List.Item>
                )}
              />
            ) : (
              <Typography.Text type="secondary">{t('report.noCare')}</Typography.Text>
            )}
          </Card>
        </Col>
        <Col xs={24} lg={16}>
          <Card
            size="small"
            title={t('report.feedback', { count: r.feedback.count })}
            style={{ marginBottom: 16 }}
          >
            {r.feedback.count ? (
              <>
                <Flex gap={24} align="center" wrap style={{ marginBottom: 12 }}>
                  <Statistic
                    title={t('report.average')}
                    value={r.feedback.average ?? 0}
                    precision={1}
                    prefix={<StarFilled style={{ color: '#faad14' }} />}
                    suffix="/ 5"
                  />
                  <div style={{ flex: 1, minWidth: 220 }}>
                    {[5, 4, 3, 2, 1].map((star) => {
                      const n = r.feedback.distribution[star - 1] ?? 0;
                      return (
                        <Flex key={star} gap={8} align="center" data-testid="star-row">
                          <span style={{ width: 40 }}>{t('report.stars', { n: star })}</span>
                          <Progress
                            percent={totalStars ? Math.round((n / totalStars) * 100) : 0}
                            showInfo={false}
                            style={{ flex: 1, margin: 0 }}
                          />
                          <span style={{ width: 32, textAlign: 'right' }}>{n}</span>
                        </Flex>
                      );
                    })}
                  </div>
                </Flex>
                <List
                  size="small"
                  header={t('report.comments')}
                  dataSource={r.feedback.comments}
                  locale={{ emptyText: t('report.noComments') }}
                  renderItem={(c) => (
                    <List.Item>
                      <List.Item.Meta
                        title={
                          <span>
                            {'★'.repeat(c.rating)}
                            <Typography.Text type="secondary" style={{ marginLeft: 8, fontSize: 12 }}>
                              {formatShort(c.createdAt, event.timeZone)}
                            </Typography.Text>
                          </span>
                        }
                        description={c.comment}
                      />
                    </List.Item>
                  )}
                />
              </>
            ) : (
              <Empty description={t('report.noFeedback')} />
            )}
          </Card>
        </Col>
      </Row>
    </div>
  );
}
