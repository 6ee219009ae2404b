import { ReloadOutlined } from '@ant-design/icons';
import { Button, Flex, Segmented, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { LoadError } from '../../components/LoadError';
import { useCasesTranslation } from '../../i18n/cases-ns';
import { can } from '../../lib/access';
import type { CaseSummary } from '../../lib/case-types';
import { type CaseScope, type CaseStatusFilter, loadCases } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { DueTag, PriorityTag, StatusTag } from './case-tags';

const statuses: CaseStatusFilter[] = ['open', 'closed', 'all'];
const rank = { crisis: 0, high: 1, normal: 2 } as const;

/**
 * My cases (a counsellor: assigned or escalated to me), or every case of the federation (a supervisor). The
 * list carries no records, only who, when and what is due; opening a case is a recorded read.
 */
export function CasesPage() {
  const { t } = useCasesTranslation();
  const session = useCurrentSession();
  const navigate = useNavigate();
  const zone = session.tenant.timeZone;
  const supervisor = can(session, 'case.supervise');
  const [params, setParams] = useSearchParams();
  const status = (statuses as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as CaseStatusFilter)
    : 'open';
  const scope: CaseScope = supervisor && params.get('scope') === 'all' ? 'all' : 'mine';
  const set = (k: string, v: string | null) =>
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      if (v) next.set(k, v);
      else next.delete(k);
      return next;
    });
  const list = useLoad(() => loadCases(status, scope), `${status}|${scope}`);
  const now = new Date();

  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="case.work" />;

  const rows = [...(list.data ?? [])].sort(
    (a, b) =>
      Number(a.status === 'closed') - Number(b.status === 'closed') ||
      rank[a.priority] - rank[b.priority] ||
      b.overdueTasks - a.overdueTasks ||
      Date.parse(b.openedAt) - Date.parse(a.openedAt),
  );
  const time = (iso: string | null) =>
    iso ? (
      <span className="console-mono" style={{ whiteSpace: 'nowrap' }}>
        {formatDateTime(iso, zone).slice(0, 16)}
      </span>
    ) : (
      <Typography.Text type="secondary">—</Typography.Text>
    );
  const columns: ColumnsType<CaseSummary> = [
    {
      title: t('list.priority'),
      dataIndex: 'priority',
      width: 96,
      render: (_, c) => <PriorityTag priority={c.priority} />,
    },
    {
      title: t('list.number'),
      dataIndex: 'number',
      width: 120,
      render: (_, c) => (
        <Link to={`/cases/${c.id}`} className="console-mono" style={{ fontWeight: 600 }}>
          {c.number}
        </Link>
      ),
    },
    { title: t('list.status'), key: 'status', width: 90, render: (_, c) => <StatusTag status={c.status} /> },
    { title: t('list.origin'), key: 'origin', width: 110, render: (_, c) => t(`origins.${c.origin}`) },
    { title: t('list.counsellor'), key: 'counsellor', width: 190, render: (_, c) => c.counsellor.name },
    {
      title: t('list.escalatedTo'),
      key: 'escalatedTo',
      width: 170,
      render: (_, c) =>
        c.escalatedTo ? (
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>
            {c.escalatedTo.id === session.user.id ? t('list.toYou') : c.escalatedTo.name}
          </Tag>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('list.nextTask'),
      key: 'next',
      width: 150,
      render: (_, c) =>
        c.nextTaskDueAt ? (
          <DueTag dueAt={c.nextTaskDueAt} timeZone={zone} now={now} />
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('list.overdue'),
      key: 'overdue',
      width: 90,
      render: (_, c) =>
        c.overdueTasks ? (
          <Tag color="red" variant="solid" style={{ marginInlineEnd: 0 }}>
            {t('list.overdueCount', { count: c.overdueTasks })}
          </Tag>
        ) : (
          <Typography.Text type="secondary">0</Typography.Text>
        ),
    },
    { title: t('list.lastContact'), key: 'last', width: 150, render: (_, c) => time(c.lastContactAt) },
    { title: t('list.openedAt'), key: 'opened', width: 150, render: (_, c) => time(c.openedAt) },
  ];

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('list.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t(scope === 'all' ? 'list.introAll' : 'list.introMine')}
      </Typography.Paragraph>
      <Flex gap={12} align="center" wrap style={{ marginBottom: 16 }}>
        {supervisor ? (
          <Segmented<CaseScope>
            value={scope}
            onChange={(v) => set('scope', v === 'all' ? 'all' : null)}
            options={[
              { value: 'mine', label: t('list.scopeMine') },
              { value: 'all', label: t('list.scopeAll') },
            ]}
          />
        ) : null}
        <Segmented<CaseStatusFilter>
          value={status}
          onChange={(v) => set('status', v === 'open' ? null : v)}
          options={statuses.map((s) => ({ value: s, label: t(`list.filter.${s}`) }))}
        />
        <span style={{ flex: 1 }} />
        <Button icon={<ReloadOutlined />} loading={list.loading && Boolean(list.data)} onClick={list.reload}>
          {t('common.refresh')}
        </Button>
      </Flex>
      <Table<CaseSummary>
        rowKey="id"
        size="middle"
        loading={list.loading && !list.data}
        columns={columns}
        dataSource={rows}
        pagination={rows.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
        locale={{ emptyText: t(scope === 'all' ? 'list.emptyAll' : 'list.empty') }}
        onRow={(c) => ({
          onClick: (e) => {
            if (!(e.target as HTMLElement).closest('a')) navigate(`/cases/${c.id}`);
          },
          style: {
            cursor: 'pointer',
            background: c.priority === 'crisis' && c.status === 'open' ? '#fff1f0' : undefined,
          },
        })}
      />
    </>
  );
}
