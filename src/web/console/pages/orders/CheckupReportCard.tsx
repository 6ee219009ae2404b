import { Alert, Card, Table, Typography } from 'antd';
import { ordersApi } from '../../lib/order-api';
import { labelColon } from '../../lib/order-view';
import { useLoad } from '../../lib/use-load';
import { useOrdersTranslation } from './orders-ns';

/** The on-site check-up in totals only: people per band per instrument, small groups hidden by the server. */
export function CheckupReportCard({ id, lang }: { id: string; lang: 'zh-CN' | 'en' }) {
  const { t, i18n } = useOrdersTranslation();
  const report = useLoad(() => ordersApi.checkupReport(id), `report-${id}`);
  const r = report.data;
  if (!r) return null;
  const min = r.minGroupSize;
  return (
    <Card size="small" title={t('report.title')} style={{ marginTop: 16 }}>
      {!r.started || r.instruments.length === 0 ? (
        <Typography.Text type="secondary">{t('report.notYet')}</Typography.Text>
      ) : (
        <>
          <Typography.Paragraph>
            {t('report.people')}
            {labelColon(i18n.language)}
            {r.people ?? t('report.hiddenCell', { min })}
          </Typography.Paragraph>
          <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('report.hidden', { min })} />
          {r.instruments.map((i) => (
            <Table
              key={i.instrumentId}
              size="small"
              pagination={false}
              style={{ marginBottom: 12 }}
              title={() =>
                `${i.name[lang]} · ${t('report.people')} ${i.people ?? t('report.hiddenCell', { min })}`
              }
              rowKey="code"
              dataSource={i.bands}
              columns={[
                { title: t('report.band'), key: 'band', render: (_, b) => b.label[lang] },
                {
                  title: t('report.count'),
                  key: 'count',
                  render: (_, b) =>
                    b.count === null ? (
                      <Typography.Text type="secondary">{t('report.hiddenCell', { min })}</Typography.Text>
                    ) : (
                      b.count
                    ),
                },
              ]}
            />
          ))}
        </>
      )}
    </Card>
  );
}
