import { Tag, Typography } from 'antd';
import { useContentTranslation } from '../../i18n/content-ns';
import { statusColors, statusKey } from '../../lib/content-status';
import type { ContentStatus } from '../../lib/content-types';
import { formatDateTime } from '../../lib/format-time';
import { useCurrentSession } from '../../session/context';

export function StatusTag({ status }: { status: ContentStatus }) {
  const { t } = useContentTranslation();
  return (
    <Tag color={statusColors[status]} style={{ marginInlineEnd: 0 }}>
      {t(statusKey(status))}
    </Tag>
  );
}

/** The federation's zone and a formatter for it (YYYY-MM-DD HH:mm, as the other pages write times). */
export function useZone() {
  const { t } = useContentTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  return {
    zone,
    zoneName: zone === 'Asia/Shanghai' ? t('zone.shanghai') : t('zone.other', { zone }),
    time: (iso: string | null | undefined) => formatDateTime(iso, zone).slice(0, 16),
  };
}

export function Time({ iso }: { iso: string | null | undefined }) {
  const { time } = useZone();
  return iso ? (
    <span className="console-mono" style={{ whiteSpace: 'nowrap' }}>
      {time(iso)}
    </span>
  ) : (
    <Typography.Text type="secondary">—</Typography.Text>
  );
}
