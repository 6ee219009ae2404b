import { ReloadOutlined } from '@ant-design/icons';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Form,
  Input,
  Radio,
  Segmented,
  Skeleton,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { FormModal } from '../../components/FormModal';
import { LoadError } from '../../components/LoadError';
import { useCasesTranslation } from '../../i18n/cases-ns';
import type { PartnerReferral } from '../../lib/case-types';
import { answerReferral, loadReferrals, type ReferralFilter } from '../../lib/cases-api';
import { formatDateTime } from '../../lib/format-time';
import { useLoad } from '../../lib/use-load';
import { useCurrentSession } from '../../session/context';
import { referralColour } from '../cases/ReferralsCard';
import { useCaseSubmit } from '../cases/use-case-submit';

const filters: ReferralFilter[] = ['open', 'answered', 'all'];

/**
 * For a partner institution's staff: the workers referred to them, with exactly what each worker agreed to
 * pass on (every opening is recorded on the case), and the answer: taken on or declined, with a response.
 */
export function ReferralsPage() {
  const { t } = useCasesTranslation();
  const [params, setParams] = useSearchParams();
  const status = (filters as string[]).includes(params.get('status') ?? '')
    ? (params.get('status') as ReferralFilter)
    : 'open';
  const list = useLoad(() => loadReferrals(status), status);
  const [answering, setAnswering] = useState<PartnerReferral | null>(null);
  if (list.error && !list.data)
    return <LoadError error={list.error} retry={list.reload} action="referral.receive" />;
  return (
    <>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('partner.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ maxWidth: 960 }}>
        {t('partner.intro')}
      </Typography.Paragraph>
      <Flex gap={12} align="center" style={{ marginBottom: 16 }}>
        <Segmented<ReferralFilter>
          value={status}
          onChange={(v) => setParams(v === 'open' ? {} : { status: v })}
          options={filters.map((f) => ({ value: f, label: t(`partner.filter.${f}`) }))}
        />
        <span style={{ flex: 1 }} />
        <Button icon={<ReloadOutlined />} loading={list.loading && Boolean(list.data)} onClick={list.reload}>
          {t('common.refresh')}
        </Button>
      </Flex>
      {!list.data ? <Skeleton active /> : null}
      {list.data && !list.data.length ? (
        <Card>
          <Empty description={t('partner.empty')} />
        </Card>
      ) : null}
      <Flex vertical gap={12}>
        {(list.data ?? []).map((r) => (
          <ReferralCard key={r.id} r={r} onAnswer={() => setAnswering(r)} />
        ))}
      </Flex>
      {answering ? (
        <AnswerModal
          r={answering}
          onClose={() => setAnswering(null)}
          onDone={() => {
            setAnswering(null);
            list.reload();
          }}
        />
      ) : null}
    </>
  );
}

function ReferralCard({ r, onAnswer }: { r: PartnerReferral; onAnswer: () => void }) {
  const { t } = useCasesTranslation();
  const zone = useCurrentSession().tenant.timeZone;
  const time = (iso: string) => formatDateTime(iso, zone).slice(0, 16);
  const shared = r.shared;
  const items = shared
    ? [
        ...(shared.contact
          ? [
              {
                key: 'contact',
                label: t('referrals.items.contact'),
                children: (
                  <Flex vertical>
                    {shared.contact.name ? <span>{shared.contact.name}</span> : null}
                    {shared.contact.phone ? (
                      <Typography.Text
                        strong
                        className="console-mono"
                        copyable={{ text: shared.contact.phone }}
                      >
                        {shared.contact.phone}
                      </Typography.Text>
                    ) : null}
                    {shared.contact.preferredTime ? (
                      <Typography.Text type="secondary">
                        {t('partner.preferredTime', { time: shared.contact.preferredTime })}
                      </Typography.Text>
                    ) : null}
                  </Flex>
                ),
              },
            ]
          : []),
        ...(shared.summary
          ? [
              {
                key: 'summary',
                label: t('referrals.items.summary'),
                children: <span style={{ whiteSpace: 'pre-wrap' }}>{shared.summary}</span>,
              },
            ]
          : []),
        ...(shared.measures
          ? [
              {
                key: 'measures',
                label: t('referrals.items.measures'),
                children: shared.measures.length ? (
                  <Flex vertical>
                    {shared.measures.map((m) => (
                      <span key={`${m.instrumentId}-${m.at}`}>
                        <span className="console-mono">{time(m.at).slice(0, 10)}</span>{' '}
                        {m.instrumentId.toUpperCase()} {t('partner.score', { score: m.score })}
                      </span>
                    ))}
                  </Flex>
                ) : (
                  t('partner.noMeasures')
                ),
              },
            ]
          : []),
      ]
    : [];
  return (
    <Card
      size="small"
      data-testid="partner-referral"
      title={
        <Flex gap={8} align="center" wrap style={{ fontWeight: 'normal' }}>
          <Typography.Text strong>{r.institution.name}</Typography.Text>
          <Tag color={referralColour[r.status]}>{t(`referrals.statuses.${r.status}`)}</Tag>
          <Typography.Text type="secondary">
            {t('referrals.sentLine', { time: time(r.sentAt), name: r.sentBy.name })}
          </Typography.Text>
        </Flex>
      }
      extra={
        r.status === 'sent' ? (
          <Button type="primary" onClick={onAnswer}>
            {t('partner.answer')}
          </Button>
        ) : null
      }
    >
      {shared ? (
        <Descriptions size="small" column={1} items={items} styles={{ label: { width: 120 } }} />
      ) : (
        <Alert type="info" showIcon title={t('partner.withdrawn')} />
      )}
      {r.acknowledgedAt ? (
        <Typography.Paragraph style={{ marginTop: 8, marginBottom: 0 }}>
          {t('referrals.answerLine', { time: time(r.acknowledgedAt), name: r.acknowledgedBy ?? '' })}
          {r.response ? (
            <span style={{ display: 'block', whiteSpace: 'pre-wrap' }}>
              {t('referrals.responseLine', { text: r.response })}
            </span>
          ) : null}
        </Typography.Paragraph>
      ) : null}
    </Card>
  );
}

interface AnswerValues {
  decision: 'acknowledged' | 'declined';
  response?: string;
}

function AnswerModal({
  r,
  onClose,
  onDone,
}: {
  r: PartnerReferral;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useCasesTranslation();
  const [form] = Form.useForm<AnswerValues>();
  const decision = Form.useWatch('decision', form);
  const s = useCaseSubmit(
    (v: AnswerValues) => answerReferral(r.id, v.decision, v.response?.trim() || undefined),
    onDone,
  );
  return (
    <FormModal<AnswerValues>
      title={t('partner.answerTitle')}
      okText={t('partner.send')}
      busy={s.busy}
      error={s.error}
      onClose={onClose}
      form={form}
      initialValues={{ decision: 'acknowledged' }}
      onFinish={(v) => void s.submit(v)}
      intro={<Typography.Paragraph type="secondary">{t('partner.answerIntro')}</Typography.Paragraph>}
    >
      <Form.Item name="decision" label={t('partner.decision')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'acknowledged', label: t('partner.acknowledge') },
            { value: 'declined', label: t('partner.decline') },
          ]}
        />
      </Form.Item>
      <Form.Item
        name="response"
        label={
          decision === 'declined'
            ? t('partner.responseDeclined')
            : t('common.optional', { label: t('partner.response') })
        }
        rules={
          decision === 'declined'
            ? [{ required: true, whitespace: true, message: t('partner.responseRequired') }]
            : []
        }
      >
        <Input.TextArea rows={4} maxLength={5000} placeholder={t('partner.responseHint')} />
      </Form.Item>
    </FormModal>
  );
}
