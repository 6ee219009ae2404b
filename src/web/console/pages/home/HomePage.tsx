import { Alert, Card, Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RoleTags } from '../../components/RoleTags';
import { navItems, navVisible } from '../../layout/nav';
import { can } from '../../lib/access';
import { useCurrentSession } from '../../session/context';
import { CareQueueCard } from './CareQueueCard';
import { RequestsCard } from './RequestsCard';
import { TodayAppointmentsCard } from './TodayAppointmentsCard';

/** A short welcome and one card for each part of the console the user's roles open. */
export function HomePage() {
  const { t } = useTranslation();
  const session = useCurrentSession();
  const cards = navItems.filter((item) => item.key !== 'home' && navVisible(session, item));

  return (
    <>
      <Typography.Title level={2} style={{ marginTop: 0 }}>
        {t('home.welcome', { name: session.user.displayName })}
      </Typography.Title>
      <Typography.Paragraph>{t('home.intro')}</Typography.Paragraph>
      <Typography.Paragraph>
        {t('home.rolesLine')}
        <RoleTags roles={session.roles} />
      </Typography.Paragraph>
      {can(session, 'alert.handle') ? <RequestsCard /> : null}
      {can(session, 'appointment.read') ? <TodayAppointmentsCard /> : null}
      {can(session, 'case.work') ? <CareQueueCard /> : null}
      {session.user.totpEnrolled && session.user.recoveryCodesLeft < 3 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            session.user.recoveryCodesLeft === 0
              ? t('home.noCodes')
              : t('home.lowCodes', { count: session.user.recoveryCodesLeft })
          }
          action={<Link to="/account">{t('nav.account')}</Link>}
        />
      ) : null}
      <Row gutter={[16, 16]}>
        {cards.map((item) => {
          const describe = item.manage && can(session, item.manage) ? `${item.key}Manage` : item.key;
          return (
            <Col key={item.key} xs={24} md={12} xl={8}>
              <Card
                title={
                  <span>
                    <item.icon /> {t(`nav.${item.key}`)}
                  </span>
                }
                extra={<Link to={item.path}>{t('home.open')}</Link>}
                style={{ height: '100%' }}
              >
                <Typography.Paragraph style={{ marginBottom: 0 }}>
                  {t(`home.cards.${describe}`)}
                </Typography.Paragraph>
              </Card>
            </Col>
          );
        })}
      </Row>
    </>
  );
}
