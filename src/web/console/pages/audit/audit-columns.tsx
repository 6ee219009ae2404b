import { WarningFilled } from '@ant-design/icons';
import { Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { isBreakGlass } from '../../lib/audit-marks';
import { formatDateTime } from '../../lib/format-time';
import type { AuditEvent, AuditOutcome } from '../../lib/types';
import { useCareTranslation } from '../../live/texts';

const outcomeColour: Record<AuditOutcome, string> = { success: 'green', denied: 'orange', failure: 'red' };

const short = (id: string) => (id.length > 13 ? `${id.slice(0, 8)}…` : id);

export function useAuditColumns(orgNames: Map<string, string>, timeZone: string): ColumnsType<AuditEvent> {
  const { t } = useCareTranslation();
  return [
    {
      title: t('audit.time'),
      dataIndex: 'at',
      width: 185,
      render: (at: string) => (
        <span className="console-mono" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTime(at, timeZone)}
        </span>
      ),
    },
    { title: t('audit.actor'), dataIndex: 'actorLabel', width: 130, ellipsis: true },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      width: 230,
      render: (a: string, e) => (
        <>
          <span className="console-mono">{a}</span>
          {isBreakGlass(e) ? (
            <Tooltip title={t('audit.breakGlassHint')}>
              <Tag color="red" variant="solid" icon={<WarningFilled />} style={{ marginInlineStart: 6 }}>
                {t('audit.breakGlass')}
              </Tag>
            </Tooltip>
          ) : null}
        </>
      ),
    },
    {
      title: t('audit.object'),
      key: 'object',
      width: 150,
      render: (_, e) =>
        e.objectType ? (
          <Tooltip title={e.objectId}>
            <span>
              {e.objectType}
              {e.objectId ? <span className="console-mono"> {short(e.objectId)}</span> : null}
            </span>
          </Tooltip>
        ) : null,
    },
    {
      title: t('audit.organisation'),
      dataIndex: 'organisationId',
      width: 180,
      ellipsis: true,
      render: (id: string | null) =>
        id ? (orgNames.get(id) ?? <span className="console-mono">{short(id)}</span>) : null,
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      width: 80,
      render: (o: AuditOutcome) => <Tag color={outcomeColour[o]}>{t(`audit.outcomes.${o}`)}</Tag>,
    },
    {
      title: t('audit.requestId'),
      dataIndex: 'requestId',
      width: 130,
      render: (id: string | null) =>
        id ? (
          <Typography.Text className="console-mono" copyable={{ text: id }} style={{ fontSize: 12 }}>
            {short(id)}
          </Typography.Text>
        ) : null,
    },
  ];
}
