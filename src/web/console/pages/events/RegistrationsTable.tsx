import { Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEventsTranslation } from '../../i18n/events-ns';
import { registrantLabel, sortRegistrations } from '../../lib/event-checkin';
import type { RegistrationStatus, StaffRegistration } from '../../lib/event-types';
import { formatShort } from '../../lib/format-time';

const statusColors: Record<RegistrationStatus, string> = {
  registered: 'green',
  offered: 'gold',
  waitlisted: 'orange',
  cancelled: 'default',
  expired: 'default',
};

/** Who registered: status, place in the waitlist, a masked phone or a member's name, and check-in. */
export function RegistrationsTable({
  rows,
  timeZone,
  loading,
}: {
  rows: readonly StaffRegistration[];
  timeZone: string;
  loading: boolean;
}) {
  const { t } = useEventsTranslation();
  const columns: ColumnsType<StaffRegistration> = [
    {
      title: t('registrations.who'),
      key: 'who',
      render: (_, r) => (
        <span className={r.name ? undefined : 'console-mono'}>
          {registrantLabel(r)}
          {r.source === 'officer' ? (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {' '}
              · {r.organisationName ?? t('registrations.byOfficer')}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      title: t('registrations.status'),
      key: 'status',
      width: 120,
      render: (_, r) => <Tag color={statusColors[r.status]}>{t(`registrationStatus.${r.status}`)}</Tag>,
    },
    {
      title: t('registrations.position'),
      key: 'position',
      width: 100,
      render: (_, r) => (r.position ? t('registrations.place', { n: r.position }) : '—'),
    },
    {
      title: t('registrations.checkedIn'),
      key: 'checkedIn',
      width: 150,
      render: (_, r) =>
        r.checkedInAt ? (
          <span className="console-mono">{formatShort(r.checkedInAt, timeZone)}</span>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('registrations.registeredAt'),
      key: 'at',
      width: 150,
      render: (_, r) =>
        r.createdAt ? <span className="console-mono">{formatShort(r.createdAt, timeZone)}</span> : '—',
    },
  ];
  return (
    <Table
      rowKey="id"
      size="small"
      loading={loading}
      columns={columns}
      dataSource={sortRegistrations(rows)}
      pagination={rows.length > 100 ? { pageSize: 100, showSizeChanger: false } : false}
      scroll={{ x: 640 }}
      locale={{ emptyText: t('registrations.empty') }}
      data-testid="registrations"
    />
  );
}
