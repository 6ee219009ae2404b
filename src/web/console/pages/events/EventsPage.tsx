import './events.css';
import {
  CalendarOutlined,
  DownloadOutlined,
  LeftOutlined,
  PlusOutlined,
  ReloadOutlined,
  RightOutlined,
  UnorderedListOutlined,
} from '@ant-design/icons';
import { Button, Flex, Segmented, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { eventKinds } from '../../../../core/events/kinds';
import { LoadError } from '../../components/LoadError';
import { useEventsTranslation } from '../../i18n/events-ns';
import { exportWorkbookUrl, loadManagedEvents } from '../../lib/event-api';
import { isMonth, monthLabel, monthOf, monthRange, shiftMonth } from '../../lib/event-calendar';
import type { EventStatus, ManagedEventSummary } from '../../lib/event-types';
import { useLoad } from '../../lib/use-load';
import { localDateOf } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';
import {
  EventPlaceText,
  EventStatusTag,
  EventWhen,
  PlacesText,
  useEventPowers,
  useEventTitle,
  useKindName,
} from './event-parts';
import { MonthGrid } from './MonthGrid';

type View = 'calendar' | 'list';
const statuses: EventStatus[] = ['draft', 'published', 'cancelled'];

/**
 * 活动: the month's group events as a calendar or a list, filtered by kind and status; the month and the
 * filters live in the address so a reload or a shared link shows the same. An enterprise officer sees the
 * events open or invited to their enterprise (the server narrows the list).
 */
export function EventsPage() {
  const { t, i18n } = useEventsTranslation();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const powers = useEventPowers();
  const navigate = useNavigate();
  const kindName = useKindName();
  const title = useEventTitle();
  const [params, setParams] = useSearchParams();
  const today = localDateOf(new Date(), zone);
  const monthParam = params.get('month');
  const month = isMonth(monthParam) ? monthParam : monthOf(today);
  const view: View = params.get('view') === 'list' ? 'list' : 'calendar';
  const kind = params.get('kind') || undefined;
  const statusParam = params.get('status') as EventStatus | null;
  const status = statusParam && statuses.includes(statusParam) ? statusParam : undefined;
  const set = (k: string, v: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (v) next.set(k, v);
      else next.delete(k);
      return next;
    });
  const range = monthRange(month, zone);
  const list = useLoad(() => loadManagedEvents({ ...range, kind, status }), `${month}|${kind}|${status}`);

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="event.read" />;
  const events = list.data ?? [];

  const columns: ColumnsType<ManagedEventSummary> = [
    {
      title: t('columns.when'),
      key: 'when',
      width: 220,
      render: (_, e) => <EventWhen event={e} />,
    },
    {
      title: t('columns.title'),
      key: 'title',
      render: (_, e) => (
        <Space direction="vertical" size={0}>
          <Link to={`/events/${e.id}`}>{title(e)}</Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {kindName(e)}
            {e.visibility === 'invitation' ? ` · ${t('visibility.invitation')}` : ''}
            {e.seriesId ? ` · ${t('list.series')}` : ''}
          </Typography.Text>
        </Space>
      ),
    },
    { title: t('columns.place'), key: 'place', render: (_, e) => <EventPlaceText event={e} /> },
    {
      title: t('columns.places'),
      key: 'places',
      width: 150,
      render: (_, e) => <PlacesText event={e} />,
    },
    {
      title: t('columns.hosts'),
      key: 'hosts',
      render: (_, e) => e.hosts.map((h) => h.name).join(t('list.joiner')),
    },
    { title: t('columns.organisation'), dataIndex: 'organisationName', key: 'org' },
    {
      title: t('columns.status'),
      key: 'status',
      width: 90,
      render: (_, e) => <EventStatusTag status={e.status} />,
    },
  ];

  return (
    <>
      <Flex align="center" gap={12} wrap style={{ marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('list.title')}
        </Typography.Title>
        <span style={{ flex: 1 }} />
        {powers.manage ? (
          <Link to="/events/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('list.new')}
            </Button>
          </Link>
        ) : null}
      </Flex>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t(powers.officerOnly ? 'list.introOfficer' : 'list.intro')}
      </Typography.Paragraph>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        <Space.Compact>
          <Button
            icon={<LeftOutlined />}
            aria-label={t('list.prevMonth')}
            onClick={() => set('month', shiftMonth(month, -1))}
          />
          <Button onClick={() => set('month', null)}>{t('list.thisMonth')}</Button>
          <Button
            icon={<RightOutlined />}
            aria-label={t('list.nextMonth')}
            onClick={() => set('month', shiftMonth(month, 1))}
          />
        </Space.Compact>
        <Typography.Text strong style={{ fontSize: 16 }} data-testid="events-month">
          {monthLabel(month, i18n.language)}
        </Typography.Text>
        <Segmented<View>
          value={view}
          onChange={(v) => set('view', v === 'list' ? 'list' : null)}
          options={[
            { value: 'calendar', label: t('list.calendar'), icon: <CalendarOutlined /> },
            { value: 'list', label: t('list.list'), icon: <UnorderedListOutlined /> },
          ]}
        />
        <Select<string>
          aria-label={t('list.kind')}
          value={kind ?? ''}
          onChange={(v) => set('kind', v || null)}
          style={{ width: 170 }}
          options={[
            { value: '', label: t('list.allKinds') },
            ...eventKinds.map((k) => ({ value: k.id, label: kindName({ kind: k.id, kindName: k.zh }) })),
          ]}
        />
        <Select<string>
          aria-label={t('list.status')}
          value={status ?? ''}
          onChange={(v) => set('status', v || null)}
          style={{ width: 120 }}
          options={[
            { value: '', label: t('list.allStatuses') },
            ...statuses.map((s) => ({ value: s, label: t(`status.${s}`) })),
          ]}
        />
        <span style={{ flex: 1 }} />
        {powers.officerOnly ? null : (
          <Button icon={<DownloadOutlined />} href={exportWorkbookUrl(range.from, range.to)}>
            {t('list.export')}
          </Button>
        )}
        <Button icon={<ReloadOutlined />} loading={list.loading && Boolean(list.data)} onClick={list.reload}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <div data-testid="events" aria-busy={list.loading}>
        {view === 'calendar' ? (
          <MonthGrid month={month} today={today} events={events} />
        ) : (
          <Table
            rowKey="id"
            size="middle"
            loading={list.loading && !list.data}
            columns={columns}
            dataSource={[...events].sort((a, b) => a.startsAt.localeCompare(b.startsAt))}
            pagination={events.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
            scroll={{ x: 1000 }}
            locale={{ emptyText: t(kind || status ? 'list.emptyFiltered' : 'list.empty') }}
            onRow={(e) => ({
              onClick: (ev) => {
                if (!(ev.target as HTMLElement).closest('a,button')) navigate(`/events/${e.id}`);
              },
              style: { cursor: 'pointer' },
            })}
          />
        )}
      </div>
    </>
  );
}
