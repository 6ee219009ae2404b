import { WarningFilled } from '@ant-design/icons';
import { Tag, Tooltip } from 'antd';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { CasePriority } from '../../lib/case-types';
import { dueColour, dueWords } from '../../lib/due-text';
import { formatDateTime } from '../../lib/format-time';

const priorityColour: Record<CasePriority, string> = { crisis: 'red', high: 'orange', normal: 'default' };

/** Crisis is solid red with an icon: it must stand out without colour too. */
export function PriorityTag({ priority }: { priority: CasePriority }) {
  const { t } = useCasesTranslation();
  return (
    <Tag
      color={priorityColour[priority]}
      variant={priority === 'crisis' ? 'solid' : undefined}
      icon={priority === 'crisis' ? <WarningFilled /> : undefined}
      style={{ marginInlineEnd: 0, fontWeight: priority === 'crisis' ? 600 : undefined }}
    >
      {t(`priorities.${priority}`)}
    </Tag>
  );
}

export function StatusTag({ status }: { status: 'open' | 'closed' }) {
  const { t } = useCasesTranslation();
  return (
    <Tag color={status === 'open' ? 'green' : 'default'} style={{ marginInlineEnd: 0 }}>
      {t(`statuses.${status}`)}
    </Tag>
  );
}

/** 已逾期 2 天 / 今天 14:00 / 明天 09:00 / 12-05 09:00, with the exact time on hover. */
export function DueTag({ dueAt, timeZone, now }: { dueAt: string; timeZone: string; now: Date }) {
  const { t } = useCasesTranslation();
  const w = dueWords(dueAt, now, timeZone);
  return (
    <Tooltip title={formatDateTime(dueAt, timeZone).slice(0, 16)}>
      <Tag color={dueColour[w.tone]} style={{ marginInlineEnd: 0 }}>
        {t(`due.${w.key}`, w.values)}
      </Tag>
    </Tooltip>
  );
}
