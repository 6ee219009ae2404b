import { Card, Col, Row, Statistic } from 'antd';
import { ordersApi } from '../../lib/order-api';
import { hoursText } from '../../lib/order-view';
import { useLoad } from '../../lib/use-load';
import { useOrdersTranslation } from './orders-ns';

/** 服务时效: how quickly orders are answered, scheduled and delivered (medians), and how they were rated. */
export function SlaCard() {
  const { t, i18n } = useOrdersTranslation();
  const sla = useLoad(() => ordersApi.sla(), 'sla');
  const s = sla.data;
  const lang = i18n.language;
  return (
    <Card size="small" title={t('sla.title')} loading={!s && sla.loading}>
      {s ? (
        <Row gutter={16}>
          <Col span={4}>
            <Statistic title={t('sla.total')} value={s.total} />
          </Col>
          <Col span={4}>
            <Statistic title={t('sla.toAcceptance')} value={hoursText(s.medianHoursToAcceptance, lang)} />
          </Col>
          <Col span={4}>
            <Statistic title={t('sla.toScheduling')} value={hoursText(s.medianHoursToScheduling, lang)} />
          </Col>
          <Col span={4}>
            <Statistic title={t('sla.toDelivery')} value={hoursText(s.medianHoursToDelivery, lang)} />
          </Col>
          <Col span={4}>
            <Statistic
              title={t('sla.within48')}
              value={s.acceptedWithin48Hours === null ? '—' : `${Math.round(s.acceptedWithin48Hours * 100)}%`}
            />
          </Col>
          <Col span={4}>
            <Statistic
              title={t('sla.rating')}
              value={s.averageRating === null ? '—' : `${s.averageRating} / 5（${s.ratings}）`}
            />
          </Col>
        </Row>
      ) : null}
    </Card>
  );
}
