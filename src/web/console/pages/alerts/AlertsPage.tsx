import { EyeOutlined, ReloadOutlined } from '@ant-design/icons';
import { App, Button, Flex, Alert as Notice, Segmented, Table, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { query } from '../../../shared/api';
import { LoadError } from '../../components/LoadError';
import { sortAlerts } from '../../lib/alerts';
import { call } from '../../lib/call';
import { errorText, hasCode } from '../../lib/errors';
import { formatDateTime } from '../../lib/format-time';
import type { Alert } from '../../lib/types';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { useAlertColumns } from './alert-columns';

type Filter = 'open' | 'new' | 'acknowledged' | 'closed';
const filters: Filter[] = ['open', 'new', 'acknowledged', 'closed'];

/** Until the server pushes new requests, the queue asks again this often while it is on screen. */
const REFRESH_MS = 30_000;

/** The queue of requests for help: crises first, contact details as given under consent, take one to follow up. */
export function AlertsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const [filter, setFilter] = useState<Filter>('open');
  const [takingId, setTakingId] = useState<string | null>(null);
  const [updatedAt, setUpdatedAt] = useState<string | null>(null);
  const list = useLoad(async () => {
    const r = await call<{ alerts: Alert[] }>('GET', `/api/v1/alerts${query({ status: filter })}`);
    setUpdatedAt(new Date().toISOString());
    return sortAlerts(r.alerts);
  }, filter);

  // Each reading is audited: a tab left in the background does not keep reading contact details.
  const { reload } = list;
  useEffect(() => {
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') reload();
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [reload]);

  const take = async (a: Alert) => {
    setTakingId(a.id);
    try {
      await call('POST', `/api/v1/alerts/${a.id}/acknowledge`);
      void message.success(t('alerts.taken'));
    } catch (e) {
      if (hasCode(e, 'conflict')) void message.warning(t('alerts.takenByOther'));
      else void message.error(errorText(t, e));
    } finally {
      setTakingId(null);
      reload();
    }
  };
  const close = async (a: Alert) => {
    setTakingId(a.id);
    try {
      await call('POST', `/api/v1/alerts/${a.id}/close`);
      void message.success(t('alerts.closed'));
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setTakingId(null);
      reload();
    }
  };
  const columns = useAlertColumns({
    timeZone: zone,
    takingId,
    onTake: (a) => void take(a),
    onClose: (a) => void close(a),
  });

  if (list.error && !list.data) return <LoadError error={list.error} retry={reload} action="alert.handle" />;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('alerts.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t('alerts.intro')}
      </Typography.Paragraph>
      <Notice
        type="warning"
        showIcon
        icon={<EyeOutlined />}
        title={t('alerts.auditNote')}
        style={{ marginBottom: 16 }}
      />
      <Flex gap={16} align="center" wrap style={{ marginBottom: 16 }}>
        <Segmented<Filter>
          value={filter}
          onChange={setFilter}
          options={filters.map((f) => ({ value: f, label: t(`alerts.filters.${f}`) }))}
        />
        <span style={{ flex: 1 }} />
        {updatedAt ? (
          <Typography.Text type="secondary">
            {t('alerts.updated', { time: formatDateTime(updatedAt, zone).slice(11) })}
          </Typography.Text>
        ) : null}
        <Button icon={<ReloadOutlined />} loading={list.loading && Boolean(list.data)} onClick={reload}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {list.error ? (
        <Notice type="error" showIcon title={errorText(t, list.error)} style={{ marginBottom: 16 }} />
      ) : null}
      <Table<Alert>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={list.data ?? []}
        loading={list.loading && !list.data}
        rowClassName={(a) => (a.priority === 'crisis' ? 'console-row-crisis' : '')}
        locale={{ emptyText: t('alerts.empty') }}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 1100 }}
      />
    </>
  );
}
