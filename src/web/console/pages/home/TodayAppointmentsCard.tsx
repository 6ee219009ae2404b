import { CalendarOutlined } from '@ant-design/icons';
import { Card, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { appointmentsOf } from '../../lib/appointments';
import { loadCalendar, placeName } from '../../lib/counselling-api';
import { useLoad } from '../../lib/use-load';
import { localDateOf, localTimeOf, viewRange } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';

/** For counsellors and station managers: how many appointments today, and the next one, one click from the day. */
export function TodayAppointmentsCard() {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const today = localDateOf(new Date(), zone);
  const day = useLoad(() => loadCalendar(viewRange('day', today, zone)), `today-${today}`);
  if (!day.data) return null;
  const appointments = appointmentsOf(day.data);
  const now = Date.now();
  const next = appointments.find((e) => e.booking?.status === 'booked' && Date.parse(e.slot.endsAt) > now);
  return (
    <Card
      size="small"
      data-testid="today-appointments"
      title={
        <span>
          <CalendarOutlined /> {t('appointments.todayCard.title')}
        </span>
      }
      extra={<Link to="/appointments?view=day">{t('appointments.todayCard.open')}</Link>}
      style={{ marginBottom: 16 }}
    >
      <Flex align="baseline" gap={16} wrap>
        {appointments.length ? (
          <Typography.Text strong style={{ fontSize: 28, color: '#b4385c' }}>
            {t('appointments.todayCard.count', { count: appointments.length })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('appointments.todayCard.none')}</Typography.Text>
        )}
        {next ? (
          <Typography.Text>
            {t('appointments.todayCard.next', {
              time: localTimeOf(next.slot.startsAt, next.servicePoint.timeZone),
              place: placeName(next.servicePoint, i18n.language),
            })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
