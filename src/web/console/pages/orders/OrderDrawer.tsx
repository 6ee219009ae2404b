import { Alert, App, Button, Descriptions, Drawer, Flex, Image, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import type { OrderStep } from '../../../../core/orders/workflow';
import { audienceName } from '../../components/AudienceSelect';
import { formatDateTime } from '../../lib/format-time';
import { type Order, ordersApi } from '../../lib/order-api';
import { datesText, labelColon, primaryStep, stateColour, timelineDetails } from '../../lib/order-view';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { CheckupReportCard } from './CheckupReportCard';
import { useOrdersTranslation } from './orders-ns';
import { StepModal } from './StepModal';

/** One order: what was asked, where it stands, the steps the viewer may take, and the timeline both sides see. */
export function OrderDrawer({
  id,
  onClose,
  onChanged,
}: {
  id: string;
  onClose: () => void;
  onChanged: () => void;
}) {
  const { t, i18n } = useOrdersTranslation();
  const { message } = App.useApp();
  const session = useCurrentSession();
  const zone = session.tenant.timeZone;
  const lang = i18n.language.startsWith('zh') ? 'zh-CN' : 'en';
  const loaded = useLoad(() => ordersApi.get(id), `order-${id}`);
  const [step, setStep] = useState<OrderStep | null>(null);
  const o = loaded.data;
  const when = (iso: string | null | undefined) => formatDateTime(iso, zone).slice(0, 16);
  const stepLabel = (s: OrderStep, order: Order) =>
    s === 'confirm'
      ? t(order.state === 'proposed' ? 'step.confirmProposal' : 'step.confirmSchedule')
      : t(`step.${s}`);

  return (
    <Drawer
      open
      width={720}
      onClose={onClose}
      title={o ? (lang === 'zh-CN' ? o.menuItem.title : o.menuItem.titleEn) : t('detail.title')}
      loading={!o}
    >
      {o ? (
        <>
          <Flex gap={8} align="center" wrap style={{ marginBottom: 16 }}>
            <Tag color={stateColour[o.state]} style={{ fontSize: 14, padding: '2px 10px' }}>
              {t(`state.${o.state}`)}
            </Tag>
            {o.steps.map((s) => (
              <Button
                key={s}
                type={primaryStep[s] ? 'primary' : 'default'}
                danger={s === 'decline' || s === 'cancel'}
                onClick={() => setStep(s)}
              >
                {stepLabel(s, o)}
              </Button>
            ))}
            {o.steps.length === 0 ? (
              <Typography.Text type="secondary">{t('detail.noSteps')}</Typography.Text>
            ) : null}
          </Flex>
          {o.proposal && o.state === 'proposed' ? (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 16 }}
              title={`${t('detail.proposal')}${labelColon(lang)}${datesText(o.proposal.dates, lang)}`}
              description={o.proposal.message}
            />
          ) : null}
          <Descriptions size="small" column={1} bordered>
            <Descriptions.Item label={t('columns.enterprise')}>{o.organisationName}</Descriptions.Item>
            <Descriptions.Item label={t('fields.preferredDates')}>
              {datesText(o.preferredDates, lang)}
            </Descriptions.Item>
            <Descriptions.Item label={t('columns.headcount')}>{o.headcount}</Descriptions.Item>
            <Descriptions.Item label={t('detail.site')}>
              {o.site.name}
              <br />
              <Typography.Text type="secondary">{o.site.address}</Typography.Text>
            </Descriptions.Item>
            {o.audiences.length ? (
              <Descriptions.Item label={t('detail.audiences')}>
                {o.audiences.map((a) => audienceName(a, lang)).join(lang === 'en' ? ', ' : '、')}
              </Descriptions.Item>
            ) : null}
            {o.note ? <Descriptions.Item label={t('detail.note')}>{o.note}</Descriptions.Item> : null}
            {o.schedule ? (
              <Descriptions.Item label={t('detail.schedule')}>
                {when(o.schedule.startsAt)} – {formatDateTime(o.schedule.endsAt, zone).slice(11, 16)}
              </Descriptions.Item>
            ) : null}
            {o.declineReason ? (
              <Descriptions.Item label={t('detail.declineReason')}>{o.declineReason}</Descriptions.Item>
            ) : null}
            {o.cancelReason ? (
              <Descriptions.Item label={t('detail.cancelReason')}>{o.cancelReason}</Descriptions.Item>
            ) : null}
            {o.attendance !== null ? (
              <Descriptions.Item label={t('detail.attendance')}>{o.attendance}</Descriptions.Item>
            ) : null}
            {o.deliverySummary ? (
              <Descriptions.Item label={t('detail.summary')}>{o.deliverySummary}</Descriptions.Item>
            ) : null}
            {o.rating !== null ? (
              <Descriptions.Item label={t('detail.rating')}>
                {'★'.repeat(o.rating)}
                {'☆'.repeat(5 - o.rating)} {o.ratingComment}
              </Descriptions.Item>
            ) : null}
          </Descriptions>
          {o.campaign ? (
            <>
              <Typography.Title level={5}>{t('detail.campaign')}</Typography.Title>
              <Flex gap={16} align="center">
                {o.campaign.qrSvg ? (
                  <Image
                    width={140}
                    preview={false}
                    alt={t('detail.campaign')}
                    src={`data:image/svg+xml;utf8,${encodeURIComponent(o.campaign.qrSvg)}`}
                  />
                ) : null}
                <div>
                  <Typography.Paragraph copyable={{ text: o.campaign.link }}>
                    {o.campaign.link}
                  </Typography.Paragraph>
                  <Typography.Text type="secondary">{t('detail.campaignHint')}</Typography.Text>
                </div>
              </Flex>
            </>
          ) : null}
          {o.menuItem.kind === 'checkup_campaign' ? <CheckupReportCard id={o.id} lang={lang} /> : null}
          <Typography.Title level={5} style={{ marginTop: 24 }}>
            {t('detail.timeline')}
          </Typography.Title>
          <Timeline
            items={(o.timeline ?? []).map((e) => ({
              key: e.id,
              color: e.side === 'federation' ? 'blue' : 'green',
              children: (
                <>
                  <Typography.Text strong>
                    {t(`side.${e.side}`)} ·{' '}
                    {e.step === 'confirm'
                      ? t(e.fromState === 'proposed' ? 'step.confirmProposal' : 'step.confirmSchedule')
                      : t(`step.${e.step}`)}
                  </Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {when(e.at)}
                    {e.actorName ? ` · ${e.actorName}` : ''}
                  </Typography.Text>
                  {timelineDetails(e, lang).map(([k, v]) => (
                    <div key={k}>
                      <Typography.Text type="secondary">
                        {t(`fields.${k}`)}
                        {labelColon(lang)}
                      </Typography.Text>
                      {v}
                    </div>
                  ))}
                </>
              ),
            }))}
          />
          {step ? (
            <StepModal
              order={o}
              step={step}
              label={stepLabel(step, o)}
              onClose={() => setStep(null)}
              onDone={() => {
                void message.success(t('dialog.done', { step: stepLabel(step, o) }));
                setStep(null);
                loaded.reload();
                onChanged();
              }}
            />
          ) : null}
        </>
      ) : null}
    </Drawer>
  );
}
