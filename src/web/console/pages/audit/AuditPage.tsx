import { Alert, Flex, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../../shared/api';
import { LoadError } from '../../components/LoadError';
import { isBreakGlass } from '../../lib/audit-marks';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { orgName } from '../../lib/org-tree';
import { loadOrganisations } from '../../lib/organisations';
import type { AuditEvent } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { type AuditFilter, AuditFilters, filterParams } from './AuditFilters';
import { useAuditColumns } from './audit-columns';
import { EventDetails } from './EventDetails';
import { VerifyChain } from './VerifyChain';

/** The audit trail, newest first, with filters and the hash-chain check. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const [filter, setFilter] = useState<AuditFilter>({});
  const [page, setPage] = useState({ current: 1, size: 50 });

  const params = {
    ...filterParams(filter, session.tenant.timeZone),
    limit: page.size,
    offset: (page.current - 1) * page.size,
  };
  const list = useLoad(
    () => call<{ total: number; events: AuditEvent[] }>('GET', `/api/v1/audit-events${query(params)}`),
    JSON.stringify(params),
  );
  // Organisation names make the table readable; without them the ids still say enough.
  const orgs = useLoad(() => loadOrganisations(true).catch(() => []), 'orgs');
  const names = useMemo(
    () => new Map((orgs.data ?? []).map((o) => [o.id, orgName(o, i18n.language)])),
    [orgs.data, i18n.language],
  );
  const columns = useAuditColumns(names, session.tenant.timeZone);

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="audit.read" />;

  return (
    <>
      <Flex justify="space-between" align="start" gap={16}>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {t('audit.title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary">{t('audit.intro')}</Typography.Paragraph>
        </div>
        <VerifyChain />
      </Flex>
      <AuditFilters
        onChange={(f) => {
          setFilter(f);
          setPage((p) => ({ ...p, current: 1 }));
        }}
      />
      {list.error ? (
        <Alert type="error" showIcon title={errorText(t, list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<AuditEvent>
        rowKey={(e) => `${e.tenantId}:${e.seq}`}
        size="small"
        columns={columns}
        dataSource={list.data?.events ?? []}
        loading={list.loading}
        locale={{ emptyText: t('audit.empty') }}
        rowClassName={(e) => (isBreakGlass(e) ? 'console-row-crisis' : '')}
        expandable={{ expandedRowRender: (e) => <EventDetails event={e} /> }}
        scroll={{ x: 1100 }}
        pagination={{
          current: page.current,
          pageSize: page.size,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100, 200],
          showTotal: (total) => t('common.total', { count: total }),
          onChange: (current, size) => setPage({ current: size === page.size ? current : 1, size }),
        }}
      />
    </>
  );
}
