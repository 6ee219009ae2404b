import { CalendarOutlined } from '@ant-design/icons';
import { Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { loadAppointmentSummary, placeName } from '../../lib/counselling-api';
import { useLoad } from '../../lib/use-load';
import { localDateOf, localTimeOf } from '../../lib/zoned-calendar';
import { useCurrentSession } from '../../session/context';

/**
 * For counsellors and station managers: how many appointments today, and the next one, one click from the
 * day. It reads counts only, so opening the home page reads (and records) nothing a worker shared.
 */
export function TodayAppointmentsCard() {
  const { t, i18n } = useTranslation();
  const session = useCurrentSession();
  const today = localDateOf(new Date(), session.tenant.timeZone);
  const summary = useLoad(() => loadAppointmentSummary(today), `today-${today}`);
  if (!summary.data) return null;
  const { booked, attended, noShow, open, next } = summary.data;
  const total = booked + attended + noShow;
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
      <Flex align="center" gap={16} wrap>
        {total ? (
          <Typography.Text strong style={{ fontSize: 28, color: '#b4385c' }}>
            {t('appointments.todayCard.count', { count: total })}
          </Typography.Text>
        ) : (
          <Typography.Text type="secondary">{t('appointments.todayCard.none')}</Typography.Text>
        )}
        {total || open ? (
          <Flex gap={6} wrap data-testid="today-counts">
            {total ? (
              <Tag color="magenta">{t('appointments.todayCard.booked', { count: booked })}</Tag>
            ) : null}
            {attended ? (
              <Tag color="green">{t('appointments.todayCard.attended', { count: attended })}</Tag>
            ) : null}
            {noShow ? (
              <Tag color="orange">{t('appointments.todayCard.noShow', { count: noShow })}</Tag>
            ) : null}
            {open ? <Tag>{t('appointments.todayCard.openSlots', { count: open })}</Tag> : null}
          </Flex>
        ) : null}
        {next ? (
          <Typography.Text>
            {t('appointments.todayCard.next', {
              time: localTimeOf(next.startsAt, next.servicePointTimeZone),
              place: placeName(
                { name: next.servicePointName, nameEn: next.servicePointNameEn },
                i18n.language,
              ),
            })}
          </Typography.Text>
        ) : null}
      </Flex>
    </Card>
  );
}
