import { Button, Card, List, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useContentTranslation } from '../../i18n/content-ns';
import type { StaffContentDetail } from '../../lib/content-types';
import { useZone } from './content-parts';
import { VersionDrawer } from './VersionDrawer';

/** Every saved version (who, when, why), newest first; an old one opens read-only or compared with the current. */
export function VersionsCard({ item }: { item: StaffContentDetail }) {
  const { t } = useContentTranslation();
  const { time } = useZone();
  const [open, setOpen] = useState<{ version: number; mode: 'view' | 'diff' } | null>(null);
  const versions = [...item.versions].sort((a, b) => b.version - a.version);
  return (
    <Card title={t('versions.title')} size="small" style={{ marginBottom: 16 }}>
      {versions.length === 0 ? (
        <Typography.Text type="secondary">{t('versions.empty')}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={versions}
          renderItem={(v) => (
            <List.Item
              style={{ paddingInline: 0 }}
              actions={[
                <Button
                  key="view"
                  size="small"
                  type="link"
                  onClick={() => setOpen({ version: v.version, mode: 'view' })}
                >
                  {t('versions.view')}
                </Button>,
                v.version === item.currentVersion ? null : (
                  <Button
                    key="diff"
                    size="small"
                    type="link"
                    onClick={() => setOpen({ version: v.version, mode: 'diff' })}
                  >
                    {t('versions.compare')}
                  </Button>
                ),
              ].filter(Boolean)}
            >
              <div style={{ minWidth: 0 }}>
                <Space size={4} wrap>
                  <Typography.Text strong>{t('versions.version', { version: v.version })}</Typography.Text>
                  {v.version === item.currentVersion ? <Tag color="blue">{t('versions.current')}</Tag> : null}
                  {v.version === item.publishedVersion ? <Tag color="green">{t('versions.live')}</Tag> : null}
                </Space>
                <div>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('versions.by', { name: v.savedBy.displayName, time: time(v.savedAt) })}
                  </Typography.Text>
                </div>
                {v.note ? (
                  <Typography.Paragraph
                    style={{ margin: 0, fontSize: 13 }}
                    ellipsis={{ rows: 2, tooltip: v.note }}
                  >
                    {v.note}
                  </Typography.Paragraph>
                ) : null}
              </div>
            </List.Item>
          )}
        />
      )}
      {open ? (
        <VersionDrawer item={item} version={open.version} mode={open.mode} onClose={() => setOpen(null)} />
      ) : null}
    </Card>
  );
}
