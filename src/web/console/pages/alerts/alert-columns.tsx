import { Button, Flex, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import { waitedOf } from '../../lib/alerts';
import { formatShort } from '../../lib/format-time';
import type { AlertItem } from '../../lib/types';
import { useCareTranslation } from '../../live/texts';
import { DueText, EscalationTag, PriorityTag, StatusText, useSpanText } from './triage-parts';

interface Options {
  timeZone: string;
  now: number;
  takingId: string | null;
  onOpen: (a: AlertItem) => void;
  onTake: (a: AlertItem) => void;
}

/** The queue's columns: no contact details (a masked number at most), so listing it reads nothing confidential. */
export function useAlertColumns({
  timeZone,
  now,
  takingId,
  onOpen,
  onTake,
}: Options): ColumnsType<AlertItem> {
  const { t } = useCareTranslation();
  const spanText = useSpanText();
  return [
    {
      title: t('queue.priority'),
      dataIndex: 'priority',
      width: 90,
      render: (_, a) => <PriorityTag priority={a.priority} />,
    },
    {
      title: t('queue.source'),
      dataIndex: 'source',
      width: 150,
      render: (_, a) => (
        <>
          {t(`queue.sources.${a.source}`)}
          {a.hasSharedResults ? (
            <Tag color="blue" style={{ display: 'table', marginTop: 2, fontSize: 12 }}>
              {t('queue.sharedYes')}
            </Tag>
          ) : null}
        </>
      ),
    },
    {
      title: t('queue.receivedAt'),
      dataIndex: 'createdAt',
      width: 125,
      render: (_, a) => (
        <span style={{ whiteSpace: 'nowrap' }}>
          <span className="console-mono">{formatShort(a.createdAt, timeZone)}</span>
          {a.status === 'new' ? (
            <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
              {t('queue.waited', { span: spanText(waitedOf(a, now)) })}
            </Typography.Text>
          ) : null}
        </span>
      ),
    },
    {
      title: t('queue.due'),
      key: 'due',
      width: 140,
      render: (_, a) => <DueText alert={a} now={now} timeZone={timeZone} />,
    },
    {
      title: t('queue.escalationTitle'),
      key: 'escalation',
      width: 120,
      render: (_, a) => <EscalationTag level={a.escalationLevel} />,
    },
    {
      title: t('queue.phone'),
      key: 'phone',
      width: 120,
      render: (_, a) =>
        a.contactUnreadable ? (
          <Tooltip title={t('queue.unreadableHint')}>
            <Tag color="red">{t('queue.unreadable')}</Tag>
          </Tooltip>
        ) : a.phoneMasked ? (
          <span className="console-mono" data-testid="phone-masked">
            {a.phoneMasked}
          </span>
        ) : (
          <Typography.Text type="secondary">{t('queue.noPhone')}</Typography.Text>
        ),
    },
    {
      title: t('queue.status'),
      key: 'status',
      width: 150,
      render: (_, a) => (
        <>
          <StatusText alert={a} timeZone={timeZone} />
          {a.caseId ? (
            <Link to={`/cases/${a.caseId}`} style={{ fontSize: 12 }}>
              {t('queue.caseLink', { number: a.caseNumber ?? '' })}
            </Link>
          ) : null}
        </>
      ),
    },
    {
      title: t('common.actions'),
      key: 'actions',
      width: 160,
      fixed: 'right',
      render: (_, a) => (
        <Flex gap={8}>
          <Button size="small" onClick={() => onOpen(a)}>
            {t('queue.open')}
          </Button>
          {a.status === 'new' ? (
            <Button
              type="primary"
              danger={a.priority === 'crisis'}
              size="small"
              loading={takingId === a.id}
              onClick={() => onTake(a)}
            >
              {t('queue.take')}
            </Button>
          ) : null}
        </Flex>
      ),
    },
  ];
}
