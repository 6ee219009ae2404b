import { Card, Timeline, Typography } from 'antd';
import { useContentTranslation } from '../../i18n/content-ns';
import type { ContentHistoryEntry, HistoryAction } from '../../lib/content-types';
import { Time } from './content-parts';

const colors: Record<HistoryAction, string> = {
  created: 'gray',
  saved: 'gray',
  submitted: 'blue',
  approved: 'green',
  returned: 'orange',
  scheduled: 'blue',
  published: 'green',
  archived: 'gray',
  restored: 'blue',
};

/** Who moved the piece along, when, and what they said (newest first). */
export function HistoryCard({ history }: { history: ContentHistoryEntry[] }) {
  const { t } = useContentTranslation();
  const entries = [...history].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  return (
    <Card title={t('history.title')} size="small" style={{ marginBottom: 16 }}>
      {entries.length === 0 ? (
        <Typography.Text type="secondary">{t('history.empty')}</Typography.Text>
      ) : (
        <Timeline
          items={entries.map((h, i) => ({
            key: `${h.at}-${i}`,
            color: colors[h.action],
            content: (
              <div>
                <Typography.Text strong>{t(`history.actions.${h.action}`)}</Typography.Text>{' '}
                <Typography.Text type="secondary">{h.by?.displayName ?? t('history.system')}</Typography.Text>
                <div style={{ fontSize: 12 }}>
                  <Time iso={h.at} />
                </div>
                {h.comment ? (
                  <Typography.Paragraph style={{ margin: '4px 0 0', whiteSpace: 'pre-wrap' }}>
                    {h.comment}
                  </Typography.Paragraph>
                ) : null}
              </div>
            ),
          }))}
        />
      )}
    </Card>
  );
}
