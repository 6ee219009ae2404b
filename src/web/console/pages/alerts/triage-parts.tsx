import { ClockCircleOutlined, WarningFilled } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import { dueStateOf, escalationStep, type Span } from '../../lib/alerts';
import { formatShort } from '../../lib/format-time';
import type { AlertItem, AlertPriority } from '../../lib/types';
import { useCareTranslation } from '../../live/texts';

/** Small pieces of a request shown in the queue and in its drawer, in the reader's language. */

const priorityColour: Record<AlertPriority, string> = { crisis: 'red', high: 'orange', normal: 'default' };

export function PriorityTag({ priority }: { priority: AlertPriority }) {
  const { t } = useCareTranslation();
  return (
    <Tooltip title={t(`queue.priorityHints.${priority}`)}>
      {/* Crisis is solid red: it must stand out on its highlighted row as well. */}
      <Tag
        color={priorityColour[priority]}
        variant={priority === 'crisis' ? 'solid' : undefined}
        icon={priority === 'crisis' ? <WarningFilled /> : undefined}
        style={{ cursor: 'help', fontWeight: priority === 'crisis' ? 600 : undefined }}
      >
        {t(`queue.priorities.${priority}`)}
      </Tag>
    </Tooltip>
  );
}

export function useSpanText() {
  const { t } = useCareTranslation();
  return (span: Span) => t(`span.${span.unit}`, { count: span.count });
}

/** Due by when, and how long is left; or how long past it, in red, while nobody has taken it. */
export function DueText({ alert, now, timeZone }: { alert: AlertItem; now: number; timeZone: string }) {
  const { t } = useCareTranslation();
  const spanText = useSpanText();
  const due = dueStateOf(alert, now);
  if (due.state === 'none') return <Typography.Text type="secondary">—</Typography.Text>;
  if (due.state === 'overdue')
    return (
      <Tag color="red" icon={<ClockCircleOutlined />} data-testid="overdue">
        {t('queue.overdue', { span: spanText(due.by) })}
      </Tag>
    );
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {t('queue.dueBy', { time: formatShort(alert.dueAt, timeZone) })}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t('queue.dueIn', { span: spanText(due.in) })}
      </Typography.Text>
    </span>
  );
}

/** Whom the request has gone to because nobody took it in time. */
export function EscalationTag({ level }: { level: number }) {
  const { t } = useCareTranslation();
  const step = escalationStep(level);
  if (!step) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Tooltip title={t(`queue.escalationHints.${step}`)}>
      <Tag color={step === 'dutyPhone' ? 'red' : 'orange'} style={{ cursor: 'help' }}>
        {t(`queue.escalation.${step}`)}
      </Tag>
    </Tooltip>
  );
}

export function StatusText({ alert, timeZone }: { alert: AlertItem; timeZone: string }) {
  const { t } = useCareTranslation();
  const colour = alert.status === 'new' ? 'gold' : alert.status === 'acknowledged' ? 'green' : 'default';
  const when = (iso: string) => formatShort(iso, timeZone);
  return (
    <>
      <Tag color={colour}>{t(`queue.statuses.${alert.status}`)}</Tag>
      {alert.status === 'acknowledged' && alert.acknowledgedAt ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {alert.acknowledgedBy
            ? t('queue.takenBy', { name: alert.acknowledgedBy, time: when(alert.acknowledgedAt) })
            : t('queue.takenAt', { time: when(alert.acknowledgedAt) })}
        </Typography.Text>
      ) : null}
      {alert.status === 'closed' && alert.closedReason ? (
        <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
          {t(`queue.closedReasons.${alert.closedReason}`)}
        </Typography.Text>
      ) : null}
    </>
  );
}
