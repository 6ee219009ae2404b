import { BellOutlined } from '@ant-design/icons';
import { App, Badge, Button, Empty, Flex, List, Popover, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { loadNotifications, markRead } from '../lib/care-api';
import { careErrorText as errorText } from '../lib/care-errors';
import { formatDateTime } from '../lib/format-time';
import { isKnownKind, notificationPath } from '../lib/notifications';
import type { StaffNotification } from '../lib/types';
import { useLoad } from '../lib/use-load';
import { useLiveEvents } from '../live/context';
import { useCareTranslation } from '../live/texts';
import { useCurrentSession } from '../session/context';

/**
 * My notifications: a count of unread ones on the bell and the latest in a list, each leading to what it names
 * (a request in the queue, a case, the referrals received). They name objects only; reading the list reads
 * nothing confidential. New ones arrive over the event stream.
 */
export function NotificationBell() {
  const { t } = useCareTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const zone = useCurrentSession().tenant.timeZone;
  const [round, setRound] = useState(0);
  const [open, setOpen] = useState(false);
  const list = useLoad(loadNotifications, `notifications-${round}`);
  const reload = () => setRound((r) => r + 1);

  useLiveEvents((e) => {
    if (e.type === 'notification' || e.type === 'reconnected') reload();
  });

  const follow = async (n: StaffNotification) => {
    setOpen(false);
    void navigate(notificationPath(n));
    if (!n.readAt) await markRead({ ids: [n.id] }).then(reload, () => undefined);
  };
  const readAll = async () => {
    try {
      await markRead({ all: true });
      reload();
    } catch (e) {
      void message.error(errorText(t, e));
    }
  };

  const unread = list.data?.unreadCount ?? 0;
  const items = (list.data?.notifications ?? []).slice(0, 30);
  const text = (n: StaffNotification) => {
    const what = isKnownKind(n.kind) ? t(`bell.kinds.${n.kind}`) : t('bell.kinds.other');
    return n.label ? `${what} · ${n.label}` : what;
  };

  const content = (
    <div style={{ width: 360 }}>
      <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
        <Typography.Text strong>{t('bell.title')}</Typography.Text>
        <Button type="link" size="small" disabled={!unread} onClick={() => void readAll()}>
          {t('bell.readAll')}
        </Button>
      </Flex>
      {items.length ? (
        <List<StaffNotification>
          size="small"
          dataSource={items}
          style={{ maxHeight: 420, overflowY: 'auto' }}
          renderItem={(n) => (
            <List.Item style={{ paddingInline: 4 }}>
              <Button
                type="text"
                block
                onClick={() => void follow(n)}
                style={{ height: 'auto', textAlign: 'start', padding: '4px 6px', whiteSpace: 'normal' }}
              >
                <Flex gap={8} align="start" style={{ width: '100%' }}>
                  <Badge status={n.readAt ? 'default' : n.priority === 'crisis' ? 'error' : 'processing'} />
                  <Flex vertical style={{ minWidth: 0, flex: 1 }}>
                    <Typography.Text strong={!n.readAt} type={n.priority === 'crisis' ? 'danger' : undefined}>
                      {text(n)}
                    </Typography.Text>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {formatDateTime(n.createdAt, zone).slice(5, 16)}
                      {n.readAt ? '' : ` · ${t('bell.unread')}`}
                    </Typography.Text>
                  </Flex>
                </Flex>
              </Button>
            </List.Item>
          )}
        />
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('bell.empty')} />
      )}
    </div>
  );

  return (
    <Popover content={content} trigger="click" placement="bottomRight" open={open} onOpenChange={setOpen}>
      <Button
        type="text"
        data-testid="notification-bell"
        aria-label={unread ? t('bell.labelUnread', { count: unread }) : t('bell.label')}
        icon={
          <Badge count={unread} size="small" overflowCount={99}>
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}
