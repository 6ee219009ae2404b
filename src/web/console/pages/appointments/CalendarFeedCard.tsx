import { CalendarOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Input, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/CopyButton';
import { call } from '../../lib/call';
import { errorText } from '../../lib/errors';
import { formatDateTime } from '../../lib/format-time';
import type { CalendarFeedStatus } from '../../lib/types';
import { useLoad } from '../../lib/use-load';

/**
 * The counsellor's own calendar feed (ICS): turn it on, make a new address (the old one stops working), or
 * turn it off. The address is a secret shown once, right after it is made.
 */
export function CalendarFeedCard({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const status = useLoad(() => call<CalendarFeedStatus>('GET', '/api/v1/calendar-feed'), 'feed');
  const [url, setUrl] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const renew = async () => {
    setBusy(true);
    try {
      const r = await call<{ token: string; path: string }>('POST', '/api/v1/calendar-feed');
      setUrl(`${window.location.origin}${r.path}`);
      status.reload();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };
  const turnOff = async () => {
    setBusy(true);
    try {
      await call('DELETE', '/api/v1/calendar-feed');
      setUrl(null);
      void message.success(t('appointments.feed.turnedOff'));
      status.reload();
    } catch (e) {
      void message.error(errorText(t, e));
    } finally {
      setBusy(false);
    }
  };

  const active = status.data?.active ?? false;
  return (
    <Card
      data-testid="calendar-feed"
      title={
        <span>
          <CalendarOutlined /> {t('appointments.feed.title')}
        </span>
      }
      extra={
        status.data ? (
          <Tag color={active ? 'green' : 'default'}>
            {active && status.data.createdAt
              ? t('appointments.feed.on', {
                  time: formatDateTime(status.data.createdAt, timeZone).slice(0, 16),
                })
              : t('appointments.feed.off')}
          </Tag>
        ) : null
      }
      style={{ marginTop: 24 }}
    >
      <Typography.Paragraph style={{ maxWidth: 900 }}>{t('appointments.feed.intro')}</Typography.Paragraph>
      {url ? (
        <>
          <Alert
            type="warning"
            showIcon
            icon={<LockOutlined />}
            title={t('appointments.feed.secret')}
            style={{ marginBottom: 12 }}
          />
          <Space.Compact style={{ width: '100%', maxWidth: 900 }}>
            <Input
              readOnly
              value={url}
              aria-label={t('appointments.feed.address')}
              className="console-mono"
              onFocus={(e) => e.currentTarget.select()}
            />
            <CopyButton text={url} type="primary" />
          </Space.Compact>
          <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
            {t('appointments.feed.howTo')}
          </Typography.Paragraph>
        </>
      ) : active ? (
        <Typography.Paragraph type="secondary">{t('appointments.feed.hidden')}</Typography.Paragraph>
      ) : null}
      <Flex gap={8} wrap>
        {active ? (
          <>
            <Popconfirm
              title={t('appointments.feed.renewConfirm')}
              okText={t('appointments.feed.renew')}
              cancelText={t('common.cancel')}
              onConfirm={() => void renew()}
            >
              <Button loading={busy}>{t('appointments.feed.renew')}</Button>
            </Popconfirm>
            <Popconfirm
              title={t('appointments.feed.turnOffConfirm')}
              okText={t('appointments.feed.turnOff')}
              cancelText={t('common.cancel')}
              onConfirm={() => void turnOff()}
            >
              <Button danger disabled={busy}>
                {t('appointments.feed.turnOff')}
              </Button>
            </Popconfirm>
          </>
        ) : (
          <Button type="primary" loading={busy} disabled={!status.data} onClick={() => void renew()}>
            {t('appointments.feed.turnOn')}
          </Button>
        )}
      </Flex>
    </Card>
  );
}
