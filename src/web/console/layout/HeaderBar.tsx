import { Button, Flex, Layout, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { RoleTags } from '../components/RoleTags';
import { can } from '../lib/access';
import { AlarmButton } from '../live/AlarmButton';
import { LiveStatusTag } from '../live/LiveStatusTag';
import { useCurrentSession, useSession } from '../session/context';
import { DutyToggle } from './DutyToggle';
import { NotificationBell } from './NotificationBell';

export function HeaderBar() {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const { signOut } = useSession();
  const [leaving, setLeaving] = useState(false);
  const tenantName = i18n.language === 'en' ? session.tenant.nameEn : session.tenant.name;
  // Counsellors and supervisors: whose console rings for a crisis, and whether it can.
  const handler = can(session, 'alert.handle');

  return (
    <Layout.Header style={{ borderBottom: '1px solid #f0e4e8', lineHeight: 'normal' }}>
      <Flex align="center" justify="space-between" gap={16} style={{ height: '100%' }}>
        <Flex align="center" gap={8} style={{ minWidth: 0 }}>
          <Typography.Text strong ellipsis style={{ fontSize: 15 }}>
            {tenantName}
          </Typography.Text>
          {session.tenant.isDemo ? (
            <Tooltip title={t('app.demoHint')}>
              <Tag color="orange">{t('app.demo')}</Tag>
            </Tooltip>
          ) : null}
        </Flex>
        <Flex align="center" gap={12} style={{ flexShrink: 0 }}>
          {handler ? (
            <>
              <LiveStatusTag />
              <AlarmButton />
              <DutyToggle />
            </>
          ) : null}
          <NotificationBell />
          <LanguageSwitch />
          <Flex align="center" gap={4}>
            <Typography.Text data-testid="current-user">{session.user.displayName}</Typography.Text>
            <span style={{ marginLeft: 4 }}>
              <RoleTags roles={session.roles} max={2} />
            </span>
          </Flex>
          <Button
            loading={leaving}
            onClick={() => {
              setLeaving(true);
              void signOut();
            }}
          >
            {t('app.signOut')}
          </Button>
        </Flex>
      </Flex>
    </Layout.Header>
  );
}
