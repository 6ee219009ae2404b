import { Button, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format-time';
import type { Alert, AlertPriority } from '../../lib/types';

const priorityColour: Record<AlertPriority, string> = { crisis: 'red', high: 'orange', normal: 'default' };

interface Options {
  timeZone: string;
  takingId: string | null;
  onTake: (a: Alert) => void;
  onClose: (a: Alert) => void;
}

export function useAlertColumns({ timeZone, takingId, onTake, onClose }: Options): ColumnsType<Alert> {
  const { t } = useTranslation();
  return [
    {
      title: t('alerts.priority'),
      dataIndex: 'priority',
      width: 90,
      render: (p: AlertPriority) => (
        <Tooltip title={t(`alerts.priorityHints.${p}`)}>
          {/* Crisis is solid red: it must stand out on its highlighted row as well. */}
          <Tag
            color={priorityColour[p]}
            variant={p === 'crisis' ? 'solid' : undefined}
            style={{ cursor: 'help', fontWeight: p === 'crisis' ? 600 : undefined }}
          >
            {t(`alerts.priorities.${p}`)}
          </Tag>
        </Tooltip>
      ),
    },
    {
      title: t('alerts.createdAt'),
      dataIndex: 'createdAt',
      width: 185,
      render: (at: string) => (
        <span className="console-mono" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(at, timeZone)}
        </span>
      ),
    },
    {
      title: t('alerts.phone'),
      key: 'phone',
      width: 160,
      render: (_, a) => (
        <Tooltip title={t('alerts.consent', { version: a.consentVersion })}>
          <Typography.Text strong className="console-mono" copyable={{ text: a.contact?.phone ?? '' }}>
            {a.contact?.phone}
          </Typography.Text>
        </Tooltip>
      ),
    },
    { title: t('alerts.preferredTime'), key: 'time', width: 150, render: (_, a) => a.contact?.preferredTime },
    {
      title: t('alerts.message'),
      key: 'message',
      render: (_, a) =>
        a.contact?.message ? (
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: a.contact.message }} style={{ margin: 0 }}>
            {a.contact.message}
          </Typography.Paragraph>
        ) : (
          <Typography.Text type="secondary">—</Typography.Text>
        ),
    },
    {
      title: t('alerts.shared'),
      key: 'shared',
      width: 100,
      render: (_, a) =>
        a.sharedSubmissionId ? (
          <Tag color="blue">{t('alerts.sharedYes')}</Tag>
        ) : (
          <Typography.Text type="secondary">{t('alerts.sharedNo')}</Typography.Text>
        ),
    },
    {
      title: t('alerts.status'),
      key: 'status',
      width: 150,
      render: (_, a) => (
        <>
          <Tag color={a.status === 'new' ? 'gold' : a.status === 'acknowledged' ? 'green' : 'default'}>
            {t(`alerts.statuses.${a.status}`)}
          </Tag>
          {a.acknowledgedAt ? (
            <div style={{ fontSize: 12, color: 'rgba(0, 0, 0, 0.55)' }}>
              {a.acknowledgedBy
                ? t('alerts.acknowledgedBy', {
                    name: a.acknowledgedBy,
                    time: formatDateTime(a.acknowledgedAt, timeZone),
                  })
                : t('alerts.acknowledgedAt', { time: formatDateTime(a.acknowledgedAt, timeZone) })}
            </div>
          ) : null}
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 120,
      fixed: 'right',
      render: (_, a) =>
        a.status === 'new' ? (
          <Button
            type="primary"
            danger={a.priority === 'crisis'}
            size="small"
            loading={takingId === a.id}
            onClick={() => onTake(a)}
          >
            {t('alerts.take')}
          </Button>
        ) : a.status === 'acknowledged' ? (
          <Popconfirm title={t('alerts.closeConfirm')} onConfirm={() => onClose(a)}>
            <Button size="small" loading={takingId === a.id}>
              {t('alerts.close')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
}
