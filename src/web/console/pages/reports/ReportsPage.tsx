import { FileExcelOutlined, FilePdfOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Form, Select, Table, Tooltip, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { errorText } from '../../lib/errors';
import { formatDateTime } from '../../lib/format-time';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { monthLabel } from './month-label';
import { recentMonths, reportsApi, type StoredReport } from './reports-api';
import { useReportsTranslation } from './reports-ns';

const ZONE = 'Asia/Shanghai';

/** 月度报告 (/console/reports): the stored reports in reach with their files, and 生成报告 for those who may. */
export function ReportsPage() {
  const { t, i18n } = useReportsTranslation();
  const session = useCurrentSession();
  const mayGenerate = can(session, 'statistics.report');
  const reports = useLoad(() => reportsApi.list(), 'reports');
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const nameOf = (r: { name: string; nameEn: string | null }) =>
    lang === 'en' && r.nameEn ? r.nameEn : r.name;

  return (
    <Flex vertical gap={16}>
      <div>
        <Typography.Title level={3}>{t('title')}</Typography.Title>
        <Typography.Paragraph type="secondary">{t('intro')}</Typography.Paragraph>
      </div>
      {mayGenerate ? <GenerateCard onMade={reports.reload} /> : null}
      {reports.error ? (
        <LoadError error={reports.error} retry={reports.reload} />
      ) : (
        <Table<StoredReport>
          rowKey="id"
          loading={reports.loading}
          dataSource={reports.data ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: t('empty') }}
          columns={[
            { title: t('columns.month'), dataIndex: 'month', render: (m: string) => monthLabel(m, lang) },
            { title: t('columns.scope'), render: (_, r) => nameOf(r) },
            {
              title: t('columns.generatedAt'),
              dataIndex: 'generatedAt',
              render: (at: string) => formatDateTime(at, ZONE),
            },
            {
              title: t('columns.generatedBy'),
              render: (_, r) =>
                r.generatedBy ? t('byStaff', { name: r.generatedBy.name ?? '' }) : t('byJob'),
            },
            {
              title: t('columns.files'),
              render: (_, r) => (
                <Flex gap={8}>
                  <Tooltip title={r.pdf ? null : t('noPdf')}>
                    <Button size="small" icon={<FilePdfOutlined />} href={r.pdf?.url} disabled={!r.pdf}>
                      {t('pdf')}
                    </Button>
                  </Tooltip>
                  <Button size="small" icon={<FileExcelOutlined />} href={r.xlsx.url}>
                    {t('xlsx')}
                  </Button>
                </Flex>
              ),
            },
          ]}
        />
      )}
    </Flex>
  );
}

function GenerateCard({ onMade }: { onMade: () => void }) {
  const { t, i18n } = useReportsTranslation();
  const { message } = App.useApp();
  const lang = i18n.language.startsWith('en') ? 'en' : 'zh';
  const orgs = useLoad(() => reportsApi.organisations(), 'organisations');
  const months = useMemo(() => recentMonths(new Date()), []);
  const [organisationId, setOrganisationId] = useState<string>('');
  const [month, setMonth] = useState<string>(months[1] ?? months[0] ?? '');
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    setBusy(true);
    try {
      await reportsApi.generate({ organisationId: organisationId || null, month });
      void message.success(t('generate.done'));
      onMade();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title={t('generate.title')}>
      <Form layout="inline" onFinish={submit}>
        <Form.Item label={t('generate.organisation')}>
          <Select
            style={{ width: 320 }}
            showSearch
            optionFilterProp="label"
            value={organisationId}
            onChange={setOrganisationId}
            loading={orgs.loading}
            options={[
              { value: '', label: t('generate.wholeTenant') },
              ...(orgs.data ?? [])
                .filter((o) => o.parentId !== null)
                .map((o) => ({ value: o.id, label: lang === 'en' && o.nameEn ? o.nameEn : o.name })),
            ]}
          />
        </Form.Item>
        <Form.Item label={t('generate.month')}>
          <Select
            style={{ width: 160 }}
            value={month}
            onChange={setMonth}
            options={months.map((m) => ({ value: m, label: monthLabel(m, lang) }))}
          />
        </Form.Item>
        <Form.Item>
          <Button type="primary" htmlType="submit" loading={busy}>
            {busy ? t('generate.working') : t('generate.submit')}
          </Button>
        </Form.Item>
      </Form>
    </Card>
  );
}
