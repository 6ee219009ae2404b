import { App, Card, Col, Descriptions, Row, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { PasswordChangeForm } from '../../components/PasswordChangeForm';
import { RoleTags } from '../../components/RoleTags';
import { useCurrentSession, useSession } from '../../session/context';
import { RegenerateCodes } from './RegenerateCodes';

/** One's own account: who and where, a new password, new recovery codes. */
export function AccountPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const { setSession } = useSession();
  const { user, tenant } = session;

  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('account.title')}
      </Typography.Title>
      <Card title={t('account.profile')} style={{ marginBottom: 16 }}>
        <Descriptions
          column={2}
          size="small"
          items={[
            {
              key: 'login',
              label: t('account.login'),
              children: <span className="console-mono">{user.login}</span>,
            },
            { key: 'name', label: t('account.displayName'), children: user.displayName },
            {
              key: 'tenant',
              label: t('account.tenant'),
              children: i18n.language === 'en' ? tenant.nameEn : tenant.name,
            },
            { key: 'roles', label: t('account.roles'), children: <RoleTags roles={session.roles} /> },
            {
              key: 'totp',
              label: t('account.totp'),
              children: user.totpEnrolled ? (
                <Tag color="green">{t('users.enrolled')}</Tag>
              ) : (
                <Tag>{t('users.notEnrolled')}</Tag>
              ),
            },
            { key: 'codes', label: t('account.recoveryLeft'), children: user.recoveryCodesLeft },
          ]}
        />
      </Card>
      <Row gutter={16}>
        <Col xs={24} xl={12}>
          <Card title={t('password.title')} style={{ marginBottom: 16 }}>
            <PasswordChangeForm
              login={user.login}
              onChanged={(s) => {
                setSession(s);
                void message.success(t('password.changed'));
              }}
            />
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('account.recoveryTitle')}>
            <RegenerateCodes />
          </Card>
        </Col>
      </Row>
    </>
  );
}
