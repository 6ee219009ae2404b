import { Button, Flex, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import type { OrderState } from '../../../../core/orders/workflow';
import { LoadError } from '../../components/LoadError';
import { can } from '../../lib/access';
import { formatDateTime } from '../../lib/format-time';
import { type Order, ordersApi } from '../../lib/order-api';
import { datesText, queueStates, stateColour } from '../../lib/order-view';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { MenuCard } from './MenuCard';
import { OrderDrawer } from './OrderDrawer';
import { useOrdersTranslation } from './orders-ns';
import { SlaCard } from './SlaCard';

/**
 * 服务订单 / 基层下单: the federation's queue by state (with its SLA figures and the menu it keeps), or an
 * enterprise officer's own orders with 我要下单. One order opens in a drawer (`?open=<id>`, which is where a
 * notification leads).
 */
export function OrdersPage() {
  const { t, i18n } = useOrdersTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const federation = can(session, 'order.manage');
  const officer = can(session, 'order.place');
  const [state, setState] = useState<OrderState | 'all'>('all');
  const list = useLoad(() => ordersApi.list(), 'orders');
  const openId = params.get('open');
  const zone = session.tenant.timeZone;
  const zh = i18n.language.startsWith('zh');

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="order.read" />;
  const all = list.data ?? [];
  const rows = state === 'all' ? all : all.filter((o) => o.state === state);
  const count = (s: OrderState) => all.filter((o) => o.state === s).length;

  return (
    <>
      <Flex justify="space-between" align="start" gap={16}>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }}>
            {officer && !federation ? t('titleOfficer') : t('title')}
          </Typography.Title>
          <Typography.Paragraph type="secondary" style={{ maxWidth: 900 }}>
            {officer && !federation ? t('introOfficer') : t('intro')}
          </Typography.Paragraph>
        </div>
        {officer ? (
          <Button type="primary" size="large" onClick={() => navigate('/orders/new')}>
            {t('newOrder')}
          </Button>
        ) : null}
      </Flex>
      {federation ? <SlaCard key={list.data ? all.length : 0} /> : null}
      <Segmented<OrderState | 'all'>
        style={{ margin: '16px 0' }}
        value={state}
        onChange={setState}
        options={[
          { value: 'all', label: `${t('all')} ${all.length}` },
          ...queueStates
            .filter((s) => count(s) > 0 || ['submitted', 'proposed', 'accepted'].includes(s))
            .map((s) => ({ value: s, label: `${t(`state.${s}`)} ${count(s)}` })),
        ]}
      />
      <Table<Order>
        rowKey="id"
        size="middle"
        dataSource={rows}
        loading={list.loading && !list.data}
        locale={{ emptyText: t('empty') }}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        onRow={(o) => ({ onClick: () => setParams({ open: o.id }), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('columns.service'),
            key: 'service',
            render: (_, o) => <Typography.Link>{zh ? o.menuItem.title : o.menuItem.titleEn}</Typography.Link>,
          },
          ...(federation
            ? [{ title: t('columns.enterprise'), dataIndex: 'organisationName', key: 'org' }]
            : []),
          {
            title: t('columns.state'),
            key: 'state',
            render: (_, o) => <Tag color={stateColour[o.state]}>{t(`state.${o.state}`)}</Tag>,
          },
          {
            title: t('columns.dates'),
            key: 'dates',
            render: (_, o) =>
              o.schedule
                ? formatDateTime(o.schedule.startsAt, zone).slice(0, 16)
                : datesText(o.preferredDates, i18n.language),
          },
          { title: t('columns.headcount'), dataIndex: 'headcount', key: 'headcount', width: 80 },
          {
            title: t('columns.submittedAt'),
            key: 'submitted',
            render: (_, o) => formatDateTime(o.times.submittedAt, zone).slice(0, 16),
          },
        ]}
      />
      {federation ? <MenuCard /> : null}
      {openId ? (
        <OrderDrawer id={openId} onClose={() => setParams({})} onChanged={() => list.reload()} />
      ) : null}
    </>
  );
}
