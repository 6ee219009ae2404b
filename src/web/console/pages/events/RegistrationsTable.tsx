import { App, Button, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEventsTranslation } from '../../i18n/events-ns';
import { errorText } from '../../lib/errors';
import { cancelMember } from '../../lib/event-api';
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

/** An officer's own members may be cancelled until the event starts (the server checks it again). */
export interface MemberCancelling {
  eventId: string;
  startsAt: string;
  onChanged: () => void;
}

const live = new Set<RegistrationStatus>(['registered', 'waitlisted', 'offered']);

/**
 * Who registered: status, place in the waitlist, a masked phone or a member's name, and check-in; for an
 * enterprise officer, a button to cancel a member of theirs, after a confirmation.
 */
export function RegistrationsTable({
  rows,
  timeZone,
  loading,
  cancelling,
}: {
  rows: readonly StaffRegistration[];
  timeZone: string;
  loading: boolean;
  cancelling?: MemberCancelling;
}) {
  const { t } = useEventsTranslation();
  const { message } = App.useApp();
  const cancel = async (r: StaffRegistration, c: MemberCancelling) => {
    try {
      await cancelMember(c.eventId, r.id);
      void message.success(t('registrations.memberCancelled', { name: registrantLabel(r) }));
      c.onChanged();
    } catch (e) {
      void message.error(errorText(t, e));
    }
  };
  const started = cancelling ? Date.parse(cancelling.startsAt) <= Date.now() : true;
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
  if (cancelling && !started)
    columns.push({
      title: t('registrations.actions'),
      key: 'actions',
      width: 120,
      render: (_, r) =>
        r.source === 'officer' && live.has(r.status) ? (
          <Popconfirm
            title={t('registrations.cancelMemberConfirm', { name: registrantLabel(r) })}
            description={<div style={{ maxWidth: 320 }}>{t('registrations.cancelMemberHint')}</div>}
            okText={t('registrations.cancelMemberYes')}
            cancelText={t('registrations.cancelMemberNo')}
            okButtonProps={{ danger: true }}
            onConfirm={() => cancel(r, cancelling)}
          >
            <Button size="small" danger data-testid={`cancel-member-${r.id}`}>
              {t('registrations.cancelMember')}
            </Button>
          </Popconfirm>
        ) : null,
    });
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
